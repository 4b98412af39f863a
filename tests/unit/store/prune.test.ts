import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@/lib/core/time';
import { getDemand } from '@/lib/store/demand-query';
import { recordPageScan } from '@/lib/store/listings';
import { pruneIfDue, pruneOlderThan } from '@/lib/store/prune';
import { saveToQueue } from '@/lib/store/queue';
import { realListings, scanOf, tagListing, useTestDatabase } from './helpers';

const store = useTestDatabase();
const T0 = Date.parse('2026-02-20T12:00:00Z');

describe('pruning', () => {
  it('drops sightings and listings older than the horizon and keeps the demand counts right', async () => {
    const db = store.current();
    await recordPageScan(db, scanOf(realListings.slice(0, 6)), T0, tagListing);
    await recordPageScan(db, scanOf(realListings.slice(6)), T0 + 60 * DAY_MS, tagListing);
    await saveToQueue(db, realListings[0]!, T0);
    const now = T0 + 80 * DAY_MS;
    const before = await getDemand(db, now);
    // Six first seen 80 days ago, four 20 days ago.
    expect(before.totals).toEqual({ d7: 0, d30: 4, d90: 10 });

    // A 30-day horizon: the first six listings were last seen 80 days ago.
    await expect(pruneOlderThan(db, now, 30)).resolves.toEqual({ sightings: 6, listings: 6, tallies: 0 });
    expect(await db.count('listings')).toBe(4);
    expect(await db.count('sightings')).toBe(4);
    expect(await getDemand(db, now)).toEqual(before);
    // The queue keeps its own copy of the listing.
    expect((await db.get('queue', realListings[0]!.id))?.listing).toEqual(realListings[0]);
  });

  it('drops tally rows older than twice the horizon', async () => {
    const db = store.current();
    await recordPageScan(db, scanOf(realListings.slice(0, 1)), T0, tagListing);
    const rows = await db.count('tallies');
    expect(rows).toBeGreaterThan(1);
    await expect(pruneOlderThan(db, T0 + 400 * DAY_MS, 180)).resolves.toMatchObject({ tallies: rows });
  });

  it('runs at most once a day', async () => {
    const db = store.current();
    expect(await pruneIfDue(db, T0)).toBeDefined();
    expect(await pruneIfDue(db, T0 + DAY_MS - 1)).toBeUndefined();
    expect(await pruneIfDue(db, T0 + DAY_MS)).toBeDefined();
  });
});
