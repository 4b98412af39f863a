/**
 * Listings and page scans: written in one transaction per page report, so a service
 * worker stopped mid-write leaves either the whole report or none of it.
 */
import type { PageScan, PlatformStats, RecentListing, Summary } from '../messages';
import type { Database, StoredListing } from './db';

export interface ScanOutcome {
  /** Listings written (new or refreshed). */
  stored: number;
  /** Listings never seen before. */
  added: number;
}

export async function recordPageScan(db: Database, scan: PageScan, now: number): Promise<ScanOutcome> {
  const tx = db.transaction(['listings', 'scans'], 'readwrite');
  const listings = tx.objectStore('listings');
  let added = 0;
  for (const listing of scan.listings) {
    const previous = await listings.get(listing.id);
    if (!previous) added++;
    const row: StoredListing = {
      id: listing.id,
      platform: listing.platform,
      listing,
      firstSeenAt: previous?.firstSeenAt ?? now,
      lastSeenAt: now,
    };
    await listings.put(row);
  }
  const scans = tx.objectStore('scans');
  const stats = await scans.get(scan.platform);
  await scans.put({
    platform: scan.platform,
    reports: (stats?.reports ?? 0) + 1,
    reportsWithProblem: (stats?.reportsWithProblem ?? 0) + (scan.problem ? 1 : 0),
    lastScanAt: now,
    lastPageKind: scan.pageKind,
    ...(scan.problem ? { lastProblem: scan.problem } : {}),
  });
  await tx.done;
  return { stored: scan.listings.length, added };
}

export async function getSummary(db: Database, recentLimit = 10): Promise<Summary> {
  const tx = db.transaction(['listings', 'scans'], 'readonly');
  const listingStore = tx.objectStore('listings');
  const byPlatform = listingStore.index('by-platform');

  const recent: RecentListing[] = [];
  // Newest first through the index: the popup never scans every listing.
  let cursor = await listingStore.index('by-lastSeen').openCursor(null, 'prev');
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

  const platforms: PlatformStats[] = [];
  for (const stats of await tx.objectStore('scans').getAll()) {
    platforms.push({
      platform: stats.platform,
      listings: await byPlatform.count(stats.platform),
      reports: stats.reports,
      lastScanAt: stats.lastScanAt,
      ...(stats.lastProblem ? { lastProblem: stats.lastProblem } : {}),
    });
  }
  const listings = await listingStore.count();
  await tx.done;
  return { listings, platforms, recent };
}
