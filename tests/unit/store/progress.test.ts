/** The progress log's store over fake-indexeddb, with real listings from a saved Upwork page. */
import { describe, expect, it } from 'vitest';
import { recordPageScan } from '@/lib/store/listings';
import {
  deleteEntry,
  entryFromQueue,
  entryIdFor,
  listEntries,
  listingsFor,
  saveEntry,
  seenByPlatform,
} from '@/lib/store/progress';
import { saveToQueue, updateQueueItem } from '@/lib/store/queue';
import { entry } from '../progress/fixtures';
import { realListings, scanOf, tagListing, useTestDatabase } from './helpers';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const DAY = 86_400_000;
const test = useTestDatabase();

describe('saving, listing and deleting log entries', () => {
  it('refuses an invalid entry, saying what is wrong, and stores nothing', async () => {
    await expect(saveEntry(test.current(), entry({ id: 'a', hours: -1 }))).rejects.toThrow(
      /^This log entry was not saved: .*hours/,
    );
    await expect(saveEntry(test.current(), { ...entry({ id: 'b' }), currency: 'dollars' })).rejects.toThrow(
      /ISO 4217/,
    );
    expect(await test.current().count('progress')).toBe(0);
  });

  it('lists running gigs first, then finished ones, most recent first; replaces by id; deletes', async () => {
    const db = test.current();
    await saveEntry(db, entry({ id: 'old', finishedAt: '2026-01-05' }));
    await saveEntry(db, entry({ id: 'new', finishedAt: '2026-02-05' }));
    await saveEntry(db, entry({ id: 'running', startedAt: '2026-02-10' }));
    await saveEntry(db, entry({ id: 'old', finishedAt: '2026-01-05', hours: 3 }));
    const listed = await listEntries(db);
    expect(listed.map((e) => e.id)).toEqual(['running', 'new', 'old']);
    expect(listed[2]?.hours).toBe(3);
    expect(await deleteEntry(db, 'new')).toBe(true);
    expect(await deleteEntry(db, 'new')).toBe(false);
    expect((await listEntries(db)).map((e) => e.id)).toEqual(['running', 'old']);
  });
});

describe('an entry from the learning queue', () => {
  const listing = realListings[5]!; // Shopify + Recharge, hourly $35–80

  it('is made for a gig marked hired or done, with its tags and dates, once', async () => {
    const db = test.current();
    await recordPageScan(db, scanOf(realListings), NOW, tagListing);
    await expect(entryFromQueue(db, listing.id)).rejects.toThrow(
      `${listing.id} is not in the learning queue`,
    );
    await saveToQueue(db, listing, NOW);
    await expect(entryFromQueue(db, listing.id)).rejects.toThrow(/is "Saved": mark it hired or done/);
    await updateQueueItem(db, listing.id, { status: 'applied' }, NOW + DAY);
    await updateQueueItem(db, listing.id, { status: 'hired' }, NOW + 2 * DAY);
    await updateQueueItem(db, listing.id, { status: 'done' }, NOW + 5 * DAY);
    const made = await entryFromQueue(db, listing.id);
    expect(made).toEqual({
      created: true,
      entry: {
        id: entryIdFor(listing.id),
        listingId: listing.id,
        title: listing.title,
        platform: 'upwork',
        // The tags the job asks for, most confident first: the listing's chips and what its text
        // names ("FinTech" and "Financial Consulting", chips the text does not bear out, are not).
        skills: ['shopify', 'api-integration', 'payment-gateway', 'ecommerce', 'stripe', 'web-development'],
        hours: 0,
        earnings: 0,
        currency: 'USD',
        startedAt: '2026-02-22',
        finishedAt: '2026-02-25',
      },
    });
    await saveEntry(db, { ...made.entry, hours: 7 });
    expect(await entryFromQueue(db, listing.id)).toEqual({
      created: false,
      entry: { ...made.entry, hours: 7 },
    });
    expect((await listingsFor(db, [made.entry, entry({ id: 'typed' })])).get(made.entry.id)?.title).toBe(
      listing.title,
    );
  });

  it('of a hired gig has a start date and no finish date', async () => {
    const db = test.current();
    await saveToQueue(db, listing, NOW);
    await updateQueueItem(db, listing.id, { status: 'applied' }, NOW);
    await updateQueueItem(db, listing.id, { status: 'hired' }, NOW + DAY);
    const { entry: made } = await entryFromQueue(db, listing.id);
    expect([made.startedAt, made.finishedAt, made.skills]).toEqual(['2026-02-21', undefined, []]);
  });
});

describe('the listings the user saw', () => {
  it('are counted per platform with their beginner share, Fiverr left out', async () => {
    const db = test.current();
    await recordPageScan(db, scanOf(realListings), NOW, tagListing);
    const fiverr = { ...realListings[0]!, id: 'fiverr:1', platform: 'fiverr' as const };
    await recordPageScan(db, { ...scanOf([fiverr]), platform: 'fiverr' }, NOW, tagListing);
    // One of the ten Upwork tiles is marked Entry level.
    expect(await seenByPlatform(db)).toEqual({ upwork: { listings: 10, beginner: 1 } });
  });
});
