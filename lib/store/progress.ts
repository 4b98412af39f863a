/**
 * The progress log in IndexedDB: one entry per gig, validated before it is
 * stored, listed through the `by-finished` index.
 */
import * as z from 'zod/mini';
import { UserError } from '../core/errors';
import { statusName } from '../core/format';
import { t } from '../core/i18n';
import { type Listing, ProgressEntry, type QueueItem } from '../core/model';
import { isDemand } from '../demand/tallies';
import type { SeenByPlatform } from '../progress/insights';
import type { Database } from './db';
import { guardQuota } from './quota';
import { commit } from './tx';

/** Adds or replaces an entry by id; an invalid one is refused with what is wrong, and nothing changes. */
export async function saveEntry(db: Database, candidate: unknown): Promise<ProgressEntry> {
  const checked = ProgressEntry.safeParse(candidate);
  if (!checked.success) {
    throw new UserError(t('errorEntryNotSaved', z.prettifyError(checked.error).replace(/\n/g, ' ')));
  }
  const entry = checked.data;
  return guardQuota(
    () => t('quoted', entry.title),
    async () => {
      await db.put('progress', entry);
      return entry;
    },
  );
}

export async function deleteEntry(db: Database, id: string): Promise<boolean> {
  const tx = db.transaction('progress', 'readwrite');
  return commit(tx, async () => {
    const existed = (await tx.store.getKey(id)) !== undefined;
    await tx.store.delete(id);
    return existed;
  });
}

/**
 * Running gigs (no finish date; the index leaves them out) first, then finished gigs,
 * most recently finished first.
 */
export async function listEntries(db: Database): Promise<ProgressEntry[]> {
  const tx = db.transaction('progress');
  const [finished, total] = await Promise.all([tx.store.index('by-finished').getAll(), tx.store.count()]);
  const running = finished.length < total ? (await tx.store.getAll()).filter((e) => !e.finishedAt) : [];
  await tx.done;
  running.sort((a, b) => (b.startedAt ?? '').localeCompare(a.startedAt ?? '') || a.id.localeCompare(b.id));
  return [...running, ...finished.reverse()];
}

const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The id of the entry made from a queue item: one entry per gig, so a second click finds it. */
export const entryIdFor = (listingId: string) => `gig-${listingId}`;

/**
 * A log entry for a queue item the user was hired for: title, platform, skills (the tags
 * stored with the listing), and the dates from its history. Hours and earnings start at
 * zero for the user to fill in. An entry made before is returned as it is.
 */
export async function entryFromQueue(
  db: Database,
  listingId: string,
): Promise<{ entry: ProgressEntry; created: boolean }> {
  const item = await db.get('queue', listingId);
  if (!item) throw new UserError(t('errorNotQueued', listingId));
  if (item.status !== 'hired' && item.status !== 'done') {
    throw new UserError(t('errorNotDoneYet', item.listing.title, statusName(item.status)));
  }
  const existing = await db.get('progress', entryIdFor(listingId));
  if (existing) return { entry: existing, created: false };
  const stored = await db.get('listings', listingId);
  const at = (status: QueueItem['status']) => item.history.findLast((h) => h.status === status)?.at;
  const hired = at('hired');
  const done = item.status === 'done' ? at('done') : undefined;
  const entry = await saveEntry(db, {
    id: entryIdFor(listingId),
    listingId,
    title: item.listing.title,
    platform: item.listing.platform,
    skills: stored?.skills ?? [],
    hours: 0,
    earnings: 0,
    currency: item.listing.budget?.currency ?? 'USD',
    ...(hired !== undefined ? { startedAt: dateOf(hired) } : {}),
    ...(done !== undefined ? { finishedAt: dateOf(done) } : {}),
  });
  return { entry, created: true };
}

/** The listing an entry came from: the queue's snapshot, else the stored listing. */
export async function listingsFor(
  db: Database,
  entries: readonly ProgressEntry[],
): Promise<Map<string, Listing>> {
  const found = new Map<string, Listing>();
  const tx = db.transaction(['queue', 'listings']);
  for (const entry of entries) {
    if (!entry.listingId) continue;
    const listing =
      (await tx.objectStore('queue').get(entry.listingId))?.listing ??
      (await tx.objectStore('listings').get(entry.listingId))?.listing;
    if (listing) found.set(entry.id, listing);
  }
  await tx.done;
  return found;
}

/**
 * Listings the user saw on each platform and how many were beginner level. Fiverr lists
 * what sellers offer, not demand (`isDemand`), so it is left out.
 */
export async function seenByPlatform(db: Database): Promise<SeenByPlatform> {
  const seen: SeenByPlatform = {};
  let cursor = await db.transaction('listings').store.openCursor();
  while (cursor) {
    const { platform, level } = cursor.value;
    if (isDemand(platform)) {
      const row = seen[platform] ?? { listings: 0, beginner: 0 };
      row.listings += 1;
      if (level === 'beginner') row.beginner += 1;
      seen[platform] = row;
    }
    cursor = await cursor.continue();
  }
  return seen;
}
