import { describe, expect, it } from 'vitest';
import { getSummary, recordPageScan } from '@/lib/store/listings';
import { peoplePerHourListing } from '../difficulty/fixtures';
import { realListings as listings, scanOf, tagListing, useTestDatabase } from './helpers';

const store = useTestDatabase();

describe('recording page scans', () => {
  it('stores each listing once, however often it is seen', async () => {
    const db = store.current();
    expect(listings).toHaveLength(10);
    await expect(recordPageScan(db, scanOf(listings.slice(0, 6)), 1_000, tagListing)).resolves.toEqual({
      stored: 6,
      added: 6,
    });
    await expect(recordPageScan(db, scanOf(listings), 2_000, tagListing)).resolves.toEqual({
      stored: 10,
      added: 4,
    });
    await expect(recordPageScan(db, scanOf(listings), 3_000, tagListing)).resolves.toEqual({
      stored: 10,
      added: 0,
    });
    expect(await db.count('listings')).toBe(10);
    const first = await db.get('listings', listings[0]!.id);
    expect(first).toMatchObject({ firstSeenAt: 1_000, lastSeenAt: 3_000, platform: 'upwork' });
    expect(first?.listing).toEqual(listings[0]);
  });

  it('stores and counts a listing a report names twice once, as its last copy says', async () => {
    const db = store.current();
    const [listing] = listings;
    const edited = { ...listing!, title: 'Digital Product Specialist (budget raised)' };
    await expect(
      recordPageScan(db, scanOf([listing!, listings[1]!, edited]), 1_000, tagListing),
    ).resolves.toEqual({ stored: 2, added: 2 });
    expect((await db.get('listings', listing!.id))?.listing.title).toBe(edited.title);
    expect(await db.count('sightings')).toBe(2);
    const counts = async () =>
      (await db.getAll('tallies')).map((t) => [`${t.skill}|${t.week}`, t.days.reduce((a, b) => a + b, 0)]);
    const twice = await counts();
    // The same tallies as a report that names each listing once.
    for (const name of ['listings', 'sightings', 'tallies', 'scans'] as const) await db.clear(name);
    await recordPageScan(db, scanOf([edited, listings[1]!]), 1_000, tagListing);
    expect(twice.length).toBeGreaterThan(0);
    expect(twice).toEqual(await counts());
  });

  it('counts a beginner level guessed from a title as a listing, not as beginner demand', async () => {
    const db = store.current();
    const title = peoplePerHourListing(178);
    expect(tagListing(title)).toMatchObject({ level: 'beginner', uncertain: true });
    await recordPageScan(
      db,
      { ...scanOf([title]), platform: 'peopleperhour', url: title.url },
      1_000,
      tagListing,
    );
    const [all] = await db.getAll('tallies');
    expect(all?.days.reduce((a, b) => a + b, 0)).toBe(1);
    expect(all?.beginner.reduce((a, b) => a + b, 0)).toBe(0);
    expect((await db.get('listings', title.id))?.counted).toMatchObject({
      beginner: false,
      skills: ['on-page-seo', 'seo'],
    });
  });

  it('keeps the latest view of a listing', async () => {
    const db = store.current();
    await recordPageScan(db, scanOf([listings[0]!]), 1_000, tagListing);
    const edited = { ...listings[0]!, title: 'Digital Product Specialist (budget raised)' };
    await recordPageScan(db, scanOf([edited]), 2_000, tagListing);
    expect((await db.get('listings', edited.id))?.listing.title).toBe(
      'Digital Product Specialist (budget raised)',
    );
  });

  it('counts reports per platform and remembers the last problem until a good report', async () => {
    const db = store.current();
    await recordPageScan(db, scanOf([], 'layout-not-recognised'), 1_000, tagListing);
    let summary = await getSummary(db);
    expect(summary.platforms).toEqual([
      {
        platform: 'upwork',
        listings: 0,
        reports: 1,
        lastScanAt: 1_000,
        lastProblem: 'layout-not-recognised',
      },
    ]);
    await recordPageScan(db, scanOf(listings.slice(0, 2)), 2_000, tagListing);
    summary = await getSummary(db);
    expect(summary.platforms).toEqual([{ platform: 'upwork', listings: 2, reports: 2, lastScanAt: 2_000 }]);
  });
});

describe('the summary', () => {
  it('is empty on a new database', async () => {
    const db = store.current();
    await expect(getSummary(db)).resolves.toEqual({ listings: 0, platforms: [], recent: [] });
  });

  it('lists the most recently seen listings first, up to the limit', async () => {
    const db = store.current();
    for (const [index, listing] of listings.entries())
      await recordPageScan(db, scanOf([listing]), 1_000 + index, tagListing);
    const summary = await getSummary(db, 3);
    expect(summary.listings).toBe(10);
    expect(summary.recent.map((r) => r.id)).toEqual([listings[9]!.id, listings[8]!.id, listings[7]!.id]);
    expect(summary.recent[0]).toEqual({
      id: listings[9]!.id,
      platform: 'upwork',
      title: listings[9]!.title,
      url: listings[9]!.url,
      platformLevel: 'expert',
      lastSeenAt: 1_009,
    });
  });
});

describe('the database', () => {
  it('keeps what was stored when it is opened again (a service worker restart)', async () => {
    const db = store.current();
    await recordPageScan(db, scanOf(listings), 1_000, tagListing);
    const reopened = await store.reopen();
    expect(await reopened.count('listings')).toBe(10);
  });
});
