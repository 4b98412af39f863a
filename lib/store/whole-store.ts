/**
 * Export, import and delete-all. Import replaces everything in one transaction: if any
 * part fails, the transaction is aborted and the data that was there stays as it was.
 */

import { t } from '../core/i18n';
import type { ProgressEntry } from '../core/model';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../exchange/backup';
import type { Database, StoreName } from './db';
import { guardQuota } from './quota';
import { commit } from './tx';

/** The stores a backup holds, in the order they are written back. */
const BACKED_UP = ['listings', 'sightings', 'tallies', 'scans', 'queue', 'checklists', 'progress'] as const;
type BackedUp = (typeof BACKED_UP)[number];
const ALL_STORES: StoreName[] = [...BACKED_UP, 'meta'];

export async function exportBackup(db: Database, now: number): Promise<Backup> {
  const tx = db.transaction([...BACKED_UP], 'readonly');
  const [listings, sightings, tallies, scans, queue, checklists, progress] = await Promise.all(
    BACKED_UP.map((name) => tx.objectStore(name).getAll()),
  );
  await tx.done;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    listings: listings as Backup['listings'],
    sightings: sightings as Backup['sightings'],
    tallies: tallies as Backup['tallies'],
    scans: scans as Backup['scans'],
    queue: queue as Backup['queue'],
    checklists: checklists as Backup['checklists'],
    progress: progress as Backup['progress'],
  };
}

export type BackupCounts = Record<BackedUp, number>;

export function countsOf(backup: Backup): BackupCounts {
  return Object.fromEntries(BACKED_UP.map((name) => [name, backup[name].length])) as BackupCounts;
}

/** Replaces all data with the backup's, all or nothing. */
export function importBackup(db: Database, backup: Backup): Promise<BackupCounts> {
  return guardQuota(
    () => t('savingBackup'),
    async () => {
      const tx = db.transaction(ALL_STORES, 'readwrite');
      await commit(tx, async () => {
        for (const name of ALL_STORES) await tx.objectStore(name).clear();
        for (const name of BACKED_UP) {
          const store = tx.objectStore(name);
          // The element type of each array matches its store; TypeScript cannot pair them in a loop.
          for (const row of backup[name] as unknown[]) await store.put(row as never);
        }
      });
      return countsOf(backup);
    },
  );
}

/** Adds or replaces progress entries by id (a CSV re-import), all or nothing. */
export function importProgress(db: Database, entries: readonly ProgressEntry[]): Promise<number> {
  return guardQuota(
    () => t('savingProgressLog'),
    async () => {
      const tx = db.transaction('progress', 'readwrite');
      await commit(tx, async () => {
        for (const entry of entries) await tx.store.put(entry);
      });
      return entries.length;
    },
  );
}

export async function deleteAll(db: Database): Promise<void> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  await commit(tx, async () => {
    for (const name of ALL_STORES) await tx.objectStore(name).clear();
  });
}
