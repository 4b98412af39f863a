import { describe, expect, it, vi } from 'vitest';
import { WARM_UP_MEASURE, warmUp } from '@/lib/background/warm';
import { tagsFor } from '@/lib/gigs/tagging';
import type { Database } from '@/lib/store/db';

describe('warming up for a marketplace page', () => {
  it('tags one listing (building the tagger) and opens the database', async () => {
    const describe = vi.fn(tagsFor);
    const db = vi.fn(async () => ({}) as Database);
    warmUp({ db, describe });
    expect(describe).toHaveBeenCalledTimes(1);
    expect(describe.mock.results[0]?.value.skills.map((s: { id: string }) => s.id)).toContain('shopify');
    expect(db).toHaveBeenCalledTimes(1);
  });

  it('does not fail when the database cannot open (the next message reports it)', async () => {
    const failing = vi.fn(async (): Promise<Database> => {
      throw new Error('blocked');
    });
    expect(() => warmUp({ db: failing, describe: tagsFor })).not.toThrow();
    await Promise.resolve();
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it('puts each warm-up on the timeline, so the benchmark can read what a cold worker costs', () => {
    performance.clearMeasures(WARM_UP_MEASURE);
    warmUp({ db: async () => ({}) as Database, describe: tagsFor });
    warmUp({ db: async () => ({}) as Database, describe: tagsFor });
    const measures = performance.getEntriesByName(WARM_UP_MEASURE);
    expect(measures).toHaveLength(2);
    expect(measures.every((m) => m.duration >= 0)).toBe(true);
  });

  it('still warms up when the timeline refuses the entry', () => {
    const refuse = vi.spyOn(performance, 'measure').mockImplementation(() => {
      throw new Error('buffer full');
    });
    const describe = vi.fn(tagsFor);
    expect(() => warmUp({ db: async () => ({}) as Database, describe })).not.toThrow();
    expect(describe).toHaveBeenCalledTimes(1);
    refuse.mockRestore();
  });
});
