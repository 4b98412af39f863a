/**
 * The extension's IndexedDB database. Each schema version has one migration step
 * (design example 7: `if (oldVersion < N)`), so a user who skipped releases is brought
 * up step by step and nothing stored is dropped. Add a step; never edit an old one.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Listing, PageKind, Platform, ScanProblem } from '../model';

export const DB_NAME = 'skillscout';
export const DB_VERSION = 1;

/** The latest view of a listing, and when it was first and last seen. */
export interface StoredListing {
  id: string;
  platform: Platform;
  listing: Listing;
  firstSeenAt: number;
  lastSeenAt: number;
}

/** Per-platform report counters: what makes "this site's layout was not recognised" visible. */
export interface PlatformScanStats {
  platform: Platform;
  reports: number;
  reportsWithProblem: number;
  lastScanAt: number;
  lastPageKind: PageKind;
  lastProblem?: ScanProblem;
}

export interface SkillScoutDB extends DBSchema {
  listings: {
    key: string;
    value: StoredListing;
    indexes: { 'by-lastSeen': number; 'by-platform': string };
  };
  scans: { key: string; value: PlatformScanStats };
}

export type Database = IDBPDatabase<SkillScoutDB>;

export interface OpenOptions {
  name?: string;
  /** Called when this connection was closed for another one (an upgrade, a delete): open again. */
  onClosed?: () => void;
}

export function openDatabase({ name = DB_NAME, onClosed }: OpenOptions = {}): Promise<Database> {
  const opening: Promise<Database> = openDB<SkillScoutDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const listings = db.createObjectStore('listings', { keyPath: 'id' });
        listings.createIndex('by-lastSeen', 'lastSeenAt');
        listings.createIndex('by-platform', 'platform');
        db.createObjectStore('scans', { keyPath: 'platform' });
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
