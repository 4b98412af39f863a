/**
 * Listings, sightings and demand tallies, written in one transaction per page report:
 * a service worker stopped mid-write leaves either the whole report or none of it, and a
 * report sent again (retry, reload, another tab) changes no count. A listing counts in
 * the tallies once, when first seen; a sighting is kept once per listing per day.
 */

import { plural } from '../core/i18n';
import { dayOf } from '../core/time';
import { isDemand, type SkillWeek } from '../demand/tallies';
import type { PageScan, PlatformStats, RecentListing, Summary } from '../messages';
import type { Database, StoredListing, TagListing } from './db';
import { guardQuota } from './quota';
import { countListingInTx } from './tally';
import { commit } from './tx';

export interface ScanOutcome {
  /** Listings written (new or refreshed). */
  stored: number;
  /** Listings never seen before. */
  added: number;
}

export function recordPageScan(
  db: Database,
  scan: PageScan,
  now: number,
  tag: TagListing,
): Promise<ScanOutcome> {
  return guardQuota(
    () => plural('savingListings', scan.listings.length, new URL(scan.url).hostname),
    async () => {
      const tx = db.transaction(['listings', 'sightings', 'tallies', 'scans'], 'readwrite');
      return commit(tx, async () => {
        const listings = tx.objectStore('listings');
        const sightings = tx.objectStore('sightings');
        const tallies = tx.objectStore('tallies');
        const touched = new Map<string, SkillWeek>();
        const day = dayOf(now);
        let added = 0;
        // Each listing once (the last copy read, counted where it first stands), and every read
        // asked of the database at once: awaited one by one, a 50-card page took 54–94 ms of
        // the worker in round trips (a measure in Chromium), while the cards waited to be asked.
        const unique = [...new Map(scan.listings.map((l) => [l.id, l])).values()];
        const [previousRows, sighted] = await Promise.all([
          Promise.all(unique.map((listing) => listings.get(listing.id))),
          Promise.all(unique.map((listing) => sightings.getKey(`${listing.id}|${day}`))),
        ]);
        const writes: Promise<unknown>[] = [];
        // A write still pending when the batch fails (a listing that cannot be tagged, a tally
        // that cannot be read) is aborted with the transaction; that failure is the one
        // reported, so the write's own rejection is marked as handled rather than left loose.
        const write = (request: Promise<unknown>) => {
          request.catch(() => {});
          writes.push(request);
        };
        for (const [i, listing] of unique.entries()) {
          const previous = previousRows[i];
          const row: StoredListing = {
            id: listing.id,
            platform: listing.platform,
            listing,
            ...tag(listing),
            ...(previous?.counted ? { counted: previous.counted } : {}),
            firstSeenAt: previous?.firstSeenAt ?? now,
            lastSeenAt: now,
          };
          if (!previous) {
            added++;
            // The tallies are read and changed one listing after another: two listings can share a week.
            if (isDemand(row.platform)) row.counted = await countListingInTx(tallies, touched, row);
          }
          write(listings.put(row));
          if (sighted[i] === undefined) {
            write(
              sightings.put({
                key: `${listing.id}|${day}`,
                listingId: listing.id,
                day,
                at: now,
                platform: listing.platform,
                pageKind: scan.pageKind,
              }),
            );
          }
        }
        await Promise.all(writes);
        for (const row of touched.values()) await tallies.put(row);
        const scans = tx.objectStore('scans');
        const stats = await scans.get(scan.platform);
        await scans.put({
          platform: scan.platform,
          listings: (stats?.listings ?? 0) + added,
          reports: (stats?.reports ?? 0) + 1,
          reportsWithProblem: (stats?.reportsWithProblem ?? 0) + (scan.problem ? 1 : 0),
          lastScanAt: now,
          lastPageKind: scan.pageKind,
          ...(scan.problem ? { lastProblem: scan.problem } : {}),
        });
        return { stored: unique.length, added };
      });
    },
  );
}

export async function getSummary(db: Database, recentLimit = 10): Promise<Summary> {
  const tx = db.transaction(['listings', 'scans'], 'readonly');
  const recent: RecentListing[] = [];
  // Newest first through the index: the popup never scans every listing.
  let cursor = await tx.objectStore('listings').index('by-lastSeen').openCursor(null, 'prev');
  while (cursor && recent.length < recentLimit) {
    const { listing, lastSeenAt } = cursor.value;
    recent.push({
      id: listing.id,
      platform: listing.platform,
      title: listing.title,
      url: listing.url,
      ...(listing.platformLevel ? { platformLevel: listing.platformLevel } : {}),
      lastSeenAt,
    });
    cursor = await cursor.continue();
  }
  const platforms: PlatformStats[] = (await tx.objectStore('scans').getAll()).map((stats) => ({
    platform: stats.platform,
    listings: stats.listings,
    reports: stats.reports,
    lastScanAt: stats.lastScanAt,
    ...(stats.lastProblem ? { lastProblem: stats.lastProblem } : {}),
  }));
  await tx.done;
  return { listings: platforms.reduce((sum, p) => sum + p.listings, 0), platforms, recent };
}
