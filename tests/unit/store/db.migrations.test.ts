/**
 * Each schema version's migration, run on a database filled at the version before it,
 * as a user who skipped releases would have it. Version 1 is built here exactly as the version-1 code built it.
 */
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/core/model';
import { dayOf, weekOf } from '@/lib/core/time';
import { ALL_SKILLS } from '@/lib/demand/tallies';
import { tagListing } from '@/lib/gigs/tagging';
import { type Database, DB_VERSION, openDatabase } from '@/lib/store/db';
import { realListings } from './helpers';

// "Build shopify website b2b" from the saved Upwork search page: Entry level, $350 fixed.
const listing: Listing = realListings[7]!;
const FIRST_SEEN = Date.parse('2026-02-18T09:00:00Z');

let db: Database | undefined;
const name = `migration-${crypto.randomUUID()}`;
afterEach(() => {
  db?.close();
  indexedDB.deleteDatabase(name);
});

async function fillVersion1() {
  const v1 = await openDB(name, 1, {
    upgrade(database) {
      const listings = database.createObjectStore('listings', { keyPath: 'id' });
      listings.createIndex('by-lastSeen', 'lastSeenAt');
      listings.createIndex('by-platform', 'platform');
      database.createObjectStore('scans', { keyPath: 'platform' });
    },
  });
  await v1.put('listings', {
    id: listing.id,
    platform: 'upwork',
    listing,
    firstSeenAt: FIRST_SEEN,
    lastSeenAt: FIRST_SEEN + 5_000,
  });
  await v1.put('scans', {
    platform: 'upwork',
    reports: 2,
    reportsWithProblem: 0,
    lastScanAt: FIRST_SEEN,
    lastPageKind: 'search',
  });
  v1.close();
}

describe('version 1 → 2', () => {
  it('adds the new stores and keeps every listing and report', async () => {
    await fillVersion1();
    db = await openDatabase({ name, tagListing });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'checklists',
      'listings',
      'meta',
      'progress',
      'queue',
      'scans',
      'sightings',
      'tallies',
    ]);
    const migrated = await db.get('listings', listing.id);
    expect(migrated).toMatchObject({
      id: listing.id,
      platform: 'upwork',
      listing,
      level: 'beginner', // Upwork: Entry level
      firstSeenAt: FIRST_SEEN,
      lastSeenAt: FIRST_SEEN + 5_000,
    });
    expect(migrated?.skills).toEqual(expect.arrayContaining(['shopify', 'web-design']));
    expect(await db.get('scans', 'upwork')).toMatchObject({ reports: 2, listings: 1 });
  });

  it('tags the old listings and counts them in the demand tallies on the day they were first seen', async () => {
    await fillVersion1();
    db = await openDatabase({ name, tagListing });
    const week = weekOf(dayOf(FIRST_SEEN));
    const index = dayOf(FIRST_SEEN) - week * 7;
    const all = await db.get('tallies', [ALL_SKILLS, week]);
    expect(all?.days[index]).toBe(1);
    expect(all?.beginner[index]).toBe(1);
    const shopify = await db.get('tallies', ['shopify', week]);
    expect(shopify?.fixed).toEqual({ USD: { '350': 1 } });
    expect(shopify?.with['web-design']).toBe(1);
    expect(await db.countFromIndex('listings', 'by-skill', 'shopify')).toBe(1);
  });

  it('opens a fresh database straight at the latest version', async () => {
    db = await openDatabase({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('listings')).toBe(0);
  });
});
