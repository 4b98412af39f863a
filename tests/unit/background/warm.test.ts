import { describe, expect, it, vi } from 'vitest';
import { warmUp } from '@/lib/background/warm';
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
});
