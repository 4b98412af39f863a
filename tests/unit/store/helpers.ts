/** Shared set-up for store tests: a fresh fake-indexeddb database per test, and real listings. */
import { afterEach, beforeEach } from 'vitest';
import type { Listing } from '@/lib/core/model';
import { tagListing } from '@/lib/gigs/tagging';
import type { PageScan } from '@/lib/messages';
import upwork from '@/lib/sites/upwork';
import { type Database, openDatabase } from '@/lib/store/db';
import search2026 from '../../fixtures/upwork/search-2026-02.html?raw';

export const SEARCH_URL = 'https://www.upwork.com/nx/search/jobs/?q=automation';
export const realListings: Listing[] = upwork.parse(
  new DOMParser().parseFromString(search2026, 'text/html'),
  new URL(SEARCH_URL),
  Date.parse('2026-02-20T12:00:00Z'),
);

export const scanOf = (listings: Listing[], problem?: PageScan['problem']): PageScan => ({
  url: SEARCH_URL,
  platform: 'upwork',
  pageKind: 'search',
  listings,
  ...(problem ? { problem } : {}),
});

export { tagListing };

/** A new database for each test in the calling file; `current()` is the open one. */
export function useTestDatabase() {
  let db: Database;
  let name: string;
  beforeEach(async () => {
    name = `test-${crypto.randomUUID()}`;
    db = await openDatabase({ name });
  });
  afterEach(() => {
    db.close();
    indexedDB.deleteDatabase(name);
  });
  return {
    current: () => db,
    name: () => name,
    async reopen() {
      db.close();
      db = await openDatabase({ name });
      return db;
    },
  };
}
