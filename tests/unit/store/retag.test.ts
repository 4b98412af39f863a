/**
 * Stored listings are tagged again when the tags' version changes, from a database filled by an
 * older tagger: the listings get the new tags and the demand tallies end as if the new tagger had
 * counted them, batch by batch, resuming after a stop without counting anything twice.
 */
import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/core/model';
import { DAY_MS } from '@/lib/core/time';
import { TAGS_VERSION } from '@/lib/gigs/tagging';
import type { Database, ListingTags, TagListing } from '@/lib/store/db';
import { recordPageScan } from '@/lib/store/listings';
import { RETAG_BATCH, retagStored, TAGS_VERSION_KEY } from '@/lib/store/retag';
import { realListings, scanOf, tagListing, useTestDatabase } from './helpers';

const store = useTestDatabase();
const FIRST_DAY = Date.parse('2026-02-16T09:00:00Z');

/** What an older tagger said of every listing: one skill, and beginner for all. */
const oldTagger: TagListing = () => ({ skills: ['wordpress'], level: 'beginner' });

/** Fills a database as the older version did: its tags, its tallies, no record of what was counted. */
async function fillAsOldVersion(db: Database, listings: Listing[]): Promise<void> {
  for (const [day, batch] of [listings.slice(0, 6), listings.slice(4)].entries())
    await recordPageScan(db, scanOf(batch), FIRST_DAY + day * DAY_MS, oldTagger);
  const tx = db.transaction('listings', 'readwrite');
  for (const { counted: _none, ...row } of await tx.store.getAll()) await tx.store.put(row);
  await tx.done;
}

async function tallies(db: Database) {
  return (await db.getAll('tallies')).sort((a, b) =>
    `${a.skill}${a.week}`.localeCompare(`${b.skill}${b.week}`),
  );
}

const tagsOf = (db: Database) =>
  db
    .getAll('listings')
    .then((rows) => rows.map(({ skills, level, uncertain }) => ({ skills, level, uncertain })));

/** The same scans recorded by the new tagger from the start. */
async function reference(listings: Listing[]) {
  const name = `reference-${crypto.randomUUID()}`;
  const { openDatabase } = await import('@/lib/store/db');
  const db = await openDatabase({ name });
  for (const [day, batch] of [listings.slice(0, 6), listings.slice(4)].entries())
    await recordPageScan(db, scanOf(batch), FIRST_DAY + day * DAY_MS, tagListing);
  const out = { tallies: await tallies(db), tags: await tagsOf(db) };
  db.close();
  indexedDB.deleteDatabase(name);
  return out;
}

/** Real listings, each under a few ids, to fill more than one batch. */
const many = (copies: number): Listing[] =>
  Array.from({ length: copies }, (_, copy) =>
    realListings.map((l) => ({ ...l, id: `${l.id}${String(copy).padStart(3, '0')}` })),
  ).flat();

describe('tagging stored listings again', () => {
  it('gives every listing the new tags and moves the tallies to match, once', async () => {
    const db = store.current();
    await fillAsOldVersion(db, realListings);
    expect((await tagsOf(db)).every((t) => t.level === 'beginner')).toBe(true);

    const outcome = await retagStored(db, TAGS_VERSION, tagListing);
    expect(outcome.ran).toBe(true);
    expect(outcome.changed).toBe(realListings.length);
    const expected = await reference(realListings);
    expect(await tagsOf(db)).toEqual(expected.tags);
    expect(await tallies(db)).toEqual(expected.tallies);
    expect((await db.get('meta', TAGS_VERSION_KEY))?.value).toBe(TAGS_VERSION);
    for (const row of await db.getAll('listings')) expect(row.counted?.skills).toEqual(row.skills);

    expect(await retagStored(db, TAGS_VERSION, tagListing)).toEqual({ changed: 0, ran: false });
    expect(await tallies(db)).toEqual(expected.tallies);
  });

  it('takes out what a listing was counted with, even when a later sighting changed its tags', async () => {
    const db = store.current();
    const [first] = realListings;
    if (!first) throw new Error('no listing');
    // First seen with one skill, seen again later with another: the tallies hold the first.
    await recordPageScan(db, scanOf([first]), FIRST_DAY, () => ({
      skills: ['wordpress'],
      level: 'beginner',
    }));
    await recordPageScan(db, scanOf([first]), FIRST_DAY + DAY_MS, () => ({
      skills: ['shopify'],
      level: 'expert',
    }));
    await retagStored(db, TAGS_VERSION, tagListing);
    const rows = await tallies(db);
    expect(rows.find((r) => r.skill === 'wordpress')?.days.reduce((a, b) => a + b, 0) ?? 0).toBe(0);
    expect(rows.find((r) => r.skill === 'shopify')).toBeUndefined();
    const all = rows.find((r) => r.skill === '*');
    expect(all?.days.reduce((a, b) => a + b, 0)).toBe(1);
    const { level, uncertain } = tagListing(first);
    expect(all?.beginner.reduce((a, b) => a + b, 0)).toBe(level === 'beginner' && !uncertain ? 1 : 0);
  });

  // Five hundred listings through the fake IndexedDB three times over: slow on a busy machine, not stuck.
  it('resumes after a stop between batches and counts nothing twice', async () => {
    const db = store.current();
    const listings = many(Math.ceil((RETAG_BATCH * 2.5) / realListings.length));
    await fillAsOldVersion(db, listings);
    // The worker stops after the first batch: the database goes away as the second one starts.
    const transaction = db.transaction.bind(db);
    let writes = 0;
    const stopping = Object.assign(Object.create(db), {
      transaction: (...args: Parameters<Database['transaction']>) => {
        if (args[1] === 'readwrite' && ++writes === 2) db.close();
        return transaction(...args);
      },
    }) as Database;
    await expect(retagStored(stopping, TAGS_VERSION, tagListing)).rejects.toThrow();
    const reopened = await store.reopen();
    expect((await reopened.get('meta', TAGS_VERSION_KEY))?.value).toBeUndefined();
    const halfway = await tagsOf(reopened);
    expect(
      halfway.filter((t) => t.level !== 'beginner' || t.skills[0] !== 'wordpress').length,
    ).toBeGreaterThan(0);

    await expect(retagStored(reopened, TAGS_VERSION, tagListing)).resolves.toMatchObject({ ran: true });
    const expected = await reference(listings);
    expect(await tallies(reopened)).toEqual(expected.tallies);
    expect(await tagsOf(reopened)).toEqual(expected.tags);
  }, 30_000);

  it('a listing the tagger fails on keeps its tags; the others are tagged', async () => {
    const db = store.current();
    await fillAsOldVersion(db, realListings);
    const [odd] = realListings;
    const failing: TagListing = (l): ListingTags => {
      if (l.id === odd?.id) throw new Error('cannot read this one');
      return tagListing(l);
    };
    await retagStored(db, TAGS_VERSION, failing);
    expect((await db.get('listings', odd?.id ?? ''))?.skills).toEqual(['wordpress']);
    expect((await db.get('meta', TAGS_VERSION_KEY))?.value).toBe(TAGS_VERSION);
  });
});
