/** The learning queue in IndexedDB: saved listings with their status, notes and history. */
import { UserError } from '../core/errors';
import { t } from '../core/i18n';
import type { Listing, QueueItem, QueueStatus } from '../core/model';
import { applyQueueChange, newQueueItem, type QueueChange } from '../gigs/queue-rules';
import type { Database } from './db';
import { guardQuota } from './quota';
import { commit } from './tx';

/** Saves a listing; saving it again refreshes the snapshot and keeps status, notes and history. */
export function saveToQueue(db: Database, listing: Listing, now: number): Promise<QueueItem> {
  return guardQuota(
    () => t('quoted', listing.title),
    async () => {
      const tx = db.transaction('queue', 'readwrite');
      return commit(tx, async () => {
        const existing = await tx.store.get(listing.id);
        const item = existing ? { ...existing, listing, updatedAt: now } : newQueueItem(listing, now);
        await tx.store.put(item);
        return item;
      });
    },
  );
}

/** Saves a listing SkillScout has stored, by id (from the popup, where only the id is at hand). */
export async function saveStoredToQueue(db: Database, listingId: string, now: number): Promise<QueueItem> {
  const stored = await db.get('listings', listingId);
  if (!stored) throw new UserError(t('errorNoStoredListing', listingId));
  return saveToQueue(db, stored.listing, now);
}

export function updateQueueItem(
  db: Database,
  listingId: string,
  change: QueueChange,
  now: number,
): Promise<QueueItem> {
  return guardQuota(
    () => t('savingQueueChange'),
    async () => {
      const tx = db.transaction('queue', 'readwrite');
      return commit(tx, async () => {
        const item = await tx.store.get(listingId);
        if (!item) throw new UserError(t('errorNotQueued', listingId));
        const next = applyQueueChange(item, change, now);
        await tx.store.put(next);
        return next;
      });
    },
  );
}

export async function removeFromQueue(db: Database, listingId: string): Promise<boolean> {
  const tx = db.transaction(['queue', 'checklists'], 'readwrite');
  return commit(tx, async () => {
    const existed = (await tx.objectStore('queue').getKey(listingId)) !== undefined;
    await tx.objectStore('queue').delete(listingId);
    await tx.objectStore('checklists').delete(listingId);
    return existed;
  });
}

/** Queue items, most recently changed first; by status through its index when asked. */
export async function listQueue(db: Database, status?: QueueStatus): Promise<QueueItem[]> {
  const items = status
    ? await db.getAllFromIndex('queue', 'by-status', status)
    : await db.getAllFromIndex('queue', 'by-updated');
  return items.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Which of these listings are in the queue (the page's Save buttons show it). */
export async function queuedAmong(db: Database, ids: readonly string[]): Promise<string[]> {
  const tx = db.transaction('queue');
  // All asked at once: awaited one by one, each id was a round trip to the database (40 ids took
  // most of a page's 10–30 ms answer in the worker).
  const keys = await Promise.all(ids.map((id) => tx.store.getKey(id)));
  await tx.done;
  return ids.filter((_, i) => keys[i] !== undefined);
}
