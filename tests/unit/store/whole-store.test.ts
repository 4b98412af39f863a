import { describe, expect, it } from 'vitest';
import { ImportError } from '@/lib/core/errors';
import { parseBackup } from '@/lib/exchange/backup';
import { setTick } from '@/lib/store/checklists';
import type { Database } from '@/lib/store/db';
import { recordPageScan } from '@/lib/store/listings';
import { saveToQueue, updateQueueItem } from '@/lib/store/queue';
import { deleteAll, exportBackup, importBackup } from '@/lib/store/whole-store';
import { realListings, scanOf, tagListing, useTestDatabase } from './helpers';

const store = useTestDatabase();
const NOW = Date.parse('2026-02-20T12:00:00Z');

async function fill(db: Database) {
  await recordPageScan(db, scanOf(realListings), NOW, tagListing);
  await saveToQueue(db, realListings[7]!, NOW + 1);
  await updateQueueItem(
    db,
    realListings[7]!.id,
    { status: 'hired', notes: 'not allowed yet' },
    NOW + 2,
  ).catch(() => {});
  await updateQueueItem(
    db,
    realListings[7]!.id,
    { status: 'applied', notes: 'sent with 2 samples' },
    NOW + 3,
  );
  await setTick(db, realListings[7]!.id, 'read-twice', true, NOW + 4);
  await db.put('progress', {
    id: 'gig-1',
    listingId: realListings[7]!.id,
    title: 'Build shopify website b2b',
    platform: 'upwork',
    skills: ['shopify'],
    hours: 12.5,
    earnings: 350,
    currency: 'USD',
    finishedAt: '2026-03-01',
    rating: 5,
  });
}

const snapshot = async (db: Database) => {
  const { exportedAt: _, ...rest } = await exportBackup(db, NOW);
  return rest;
};

describe('export and import', () => {
  it('round-trips everything through the JSON file without loss', async () => {
    const db = store.current();
    await fill(db);
    const before = await snapshot(db);
    const text = JSON.stringify(await exportBackup(db, NOW));
    await deleteAll(db);
    expect(await db.count('listings')).toBe(0);
    await importBackup(db, parseBackup(text));
    expect(await snapshot(db)).toEqual(before);
    expect(before.listings).toHaveLength(10);
    expect(before.queue[0]?.notes).toBe('sent with 2 samples');
  });

  it('imports a version-1 backup (before on-time and repeat clients), marking repeat clients as the migration does', async () => {
    const db = store.current();
    await fill(db);
    const backup = await exportBackup(db, NOW);
    const second = {
      ...backup.progress[0]!,
      id: 'gig-2',
      client: 'Sydney wholesaler',
      finishedAt: '2026-04-01',
    };
    const v1 = {
      ...backup,
      version: 1,
      progress: [{ ...backup.progress[0]!, client: 'Sydney wholesaler' }, second],
    };
    const parsed = parseBackup(JSON.stringify(v1));
    await deleteAll(db);
    await importBackup(db, parsed);
    const progress = await db.getAll('progress');
    expect(progress.map((e) => [e.id, e.repeatClient])).toEqual([
      ['gig-1', undefined],
      ['gig-2', true],
    ]);
    expect(await db.count('listings')).toBe(10);
    expect(backup.version).toBe(2);
  });

  it.each([
    ['a file that is not JSON', '{"format": "skillscout-backup", "version": 1,', /not JSON/],
    ['another program’s JSON', '{"bookmarks": []}', /no "format": "skillscout-backup"/],
    ['a backup from a newer version', '{"format": "skillscout-backup", "version": 9}', /newer SkillScout/],
  ])('rejects %s with a clear message', (_, text, message) => {
    expect(() => parseBackup(text)).toThrow(ImportError);
    expect(() => parseBackup(text)).toThrow(message);
  });

  it('rejects a damaged backup, naming what is wrong, and leaves the data untouched', async () => {
    const db = store.current();
    await fill(db);
    const before = await snapshot(db);
    const backup = await exportBackup(db, NOW);
    const damaged = JSON.parse(JSON.stringify(backup));
    damaged.queue[0].status = 'won';
    expect(() => parseBackup(JSON.stringify(damaged))).toThrow(/damaged[\s\S]*queue\[0\]\.status/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('is all or nothing: a write that fails half-way leaves the old data in place', async () => {
    const db = store.current();
    await fill(db);
    const before = await snapshot(db);
    const backup = parseBackup(JSON.stringify(await exportBackup(db, NOW)));
    // A row the store refuses (no key) after the stores were cleared and half refilled.
    (backup.progress as unknown[]).push({ title: 'no id' });
    await expect(importBackup(db, backup)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes everything on request', async () => {
    const db = store.current();
    await fill(db);
    await deleteAll(db);
    const after = await snapshot(db);
    for (const rows of Object.values(after)) if (Array.isArray(rows)) expect(rows).toEqual([]);
  });
});
