/**
 * The extension's IndexedDB database. Each schema version has one migration step
 * (`if (oldVersion < N)`), so a user who skipped releases is brought
 * up step by step and nothing stored is dropped. Add a step; never edit an old one.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { ChecklistTicks, Listing, ProgressEntry, QueueItem } from '../core/model';
import { isDemand, type SkillWeek } from '../demand/tallies';
import { markRepeatClients } from '../progress/repeat-clients';
import type { ListingTags, PlatformScanStats, Sighting, StoredListing } from './records';
import { countListingInTx } from './tally';

export const DB_NAME = 'skillscout';
export const DB_VERSION = 3;

export type { ListingTags, PlatformScanStats, Sighting, StoredListing } from './records';
export type TagListing = (listing: Listing) => ListingTags;

export interface SkillScoutDB extends DBSchema {
  listings: {
    key: string;
    value: StoredListing;
    indexes: { 'by-lastSeen': number; 'by-platform': string; 'by-skill': string };
  };
  scans: { key: string; value: PlatformScanStats };
  sightings: { key: string; value: Sighting; indexes: { 'by-day': number; 'by-listing': string } };
  tallies: { key: [string, number]; value: SkillWeek; indexes: { 'by-week': number } };
  queue: { key: string; value: QueueItem; indexes: { 'by-status': string; 'by-updated': number } };
  checklists: { key: string; value: ChecklistTicks };
  progress: { key: string; value: ProgressEntry; indexes: { 'by-finished': string } };
  meta: { key: string; value: { key: string; value: unknown } };
}

export type Database = IDBPDatabase<SkillScoutDB>;
export type StoreName = StoreNames<SkillScoutDB>;
export type UpgradeTx = IDBPTransaction<SkillScoutDB, StoreName[], 'versionchange'>;

export interface OpenOptions {
  name?: string;
  /** Tags listings stored by version 1, which kept no tags; without it they get none. */
  tagListing?: TagListing;
  /** Called when this connection was closed for another one (an upgrade, a delete): open again. */
  onClosed?: () => void;
}

export function openDatabase({ name = DB_NAME, tagListing, onClosed }: OpenOptions = {}): Promise<Database> {
  const opening: Promise<Database> = openDB<SkillScoutDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const listings = db.createObjectStore('listings', { keyPath: 'id' });
        listings.createIndex('by-lastSeen', 'lastSeenAt');
        listings.createIndex('by-platform', 'platform');
        db.createObjectStore('scans', { keyPath: 'platform' });
      }
      if (oldVersion < 2) {
        // Version 2: sightings, demand tallies, the learning queue, checklists, the progress log.
        tx.objectStore('listings').createIndex('by-skill', 'skills', { multiEntry: true });
        const sightings = db.createObjectStore('sightings', { keyPath: 'key' });
        sightings.createIndex('by-day', 'day');
        sightings.createIndex('by-listing', 'listingId');
        db.createObjectStore('tallies', { keyPath: ['skill', 'week'] }).createIndex('by-week', 'week');
        const queue = db.createObjectStore('queue', { keyPath: 'listingId' });
        queue.createIndex('by-status', 'status');
        queue.createIndex('by-updated', 'updatedAt');
        db.createObjectStore('checklists', { keyPath: 'listingId' });
        db.createObjectStore('progress', { keyPath: 'id' }).createIndex('by-finished', 'finishedAt');
        db.createObjectStore('meta', { keyPath: 'key' });
        if (oldVersion >= 1) await tagVersion1Listings(tx, tagListing);
      }
      if (oldVersion < 3) {
        // Version 3: log entries may say "delivered on time" and "repeat client" (both optional).
        if (oldVersion >= 2) await markVersion2RepeatClients(tx);
      }
    },
    blocking() {
      // Another connection wants to upgrade or delete the database: step aside rather than hang it.
      void opening.then((db) => {
        db.close();
        onClosed?.();
      });
    },
    terminated() {
      onClosed?.();
    },
  });
  return opening;
}

/**
 * Version 2 entries name their client but cannot say whether the client came back: a client
 * named on an earlier gig of the log did, so that gig is marked a repeat (`markRepeatClients`).
 * On-time delivery cannot be told from what was stored, so it stays unanswered.
 */
async function markVersion2RepeatClients(tx: UpgradeTx): Promise<void> {
  const store = tx.objectStore('progress');
  const entries = await store.getAll();
  const marked = markRepeatClients(entries);
  for (const [i, entry] of marked.entries()) if (entry !== entries[i]) await store.put(entry);
}

/** Version 1 stored listings without tags: tag them and count them as first seen, so demand includes them. */
async function tagVersion1Listings(tx: UpgradeTx, tagListing: TagListing | undefined): Promise<void> {
  const listings = tx.objectStore('listings');
  const tallies = new Map<string, SkillWeek>();
  let cursor = await listings.openCursor();
  while (cursor) {
    const old = cursor.value as Omit<StoredListing, keyof ListingTags> & Partial<ListingTags>;
    const tags = tagListing?.(old.listing) ?? { skills: [], level: 'intermediate' as const };
    const row: StoredListing = { ...old, ...tags };
    if (isDemand(row.platform)) row.counted = await countListingInTx(tx.objectStore('tallies'), tallies, row);
    await cursor.update(row);
    cursor = await cursor.continue();
  }
  for (const row of tallies.values()) await tx.objectStore('tallies').put(row);
  // Version 2 keeps each platform's listing count in its stats row; count them once here.
  const scans = tx.objectStore('scans');
  let stats = await scans.openCursor();
  while (stats) {
    await stats.update({
      ...stats.value,
      listings: await listings.index('by-platform').count(stats.value.platform),
    });
    stats = await stats.continue();
  }
}
