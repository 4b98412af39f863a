/**
 * What the background does for each message: one handler per type, each a few lines over
 * the store. The service worker gives it the database and the clock; tests give it
 * fake-indexeddb and a fixed time.
 */

import type { Listing, Tags } from '../core/model';
import { learnNext } from '../demand/learn-next';
import { parseBackup } from '../exchange/backup';
import { progressFromCsv, progressToCsv, queueToCsv } from '../exchange/csv';
import type { ExportFile } from '../messages';
import type { Handlers } from '../messages/router';
import { getSkill } from '../skills';
import { getTicks, setTick } from '../store/checklists';
import type { Database, TagListing } from '../store/db';
import { getDemand } from '../store/demand-query';
import { getSummary, recordPageScan } from '../store/listings';
import { findMatches } from '../store/match-query';
import { getHorizon, pruneIfDue, setHorizon } from '../store/prune';
import {
  listQueue,
  queuedAmong,
  removeFromQueue,
  saveStoredToQueue,
  saveToQueue,
  updateQueueItem,
} from '../store/queue';
import { StorageFullError } from '../store/quota';
import { countsOf, deleteAll, exportBackup, importBackup, importProgress } from '../store/whole-store';
import { createProgressHandlers } from './progress';

export interface HandlerDeps {
  db: () => Promise<Database>;
  /** What the store keeps of a listing's tags. */
  tag: TagListing;
  /** The full tags shown on the page. */
  describe: (listing: Listing) => Tags;
  now: () => number;
}

export function createHandlers({ db, tag, describe, now }: HandlerDeps): Handlers {
  // The last write refused for lack of space, shown in the popup until a write succeeds.
  let storageProblem: string | undefined;
  const write = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      const result = await work();
      storageProblem = undefined;
      return result;
    } catch (error) {
      if (error instanceof StorageFullError) storageProblem = error.message;
      throw error;
    }
  };
  /** Tags for the page or the popup, and whether each listing is already queued. */
  const describeAll = async (listings: Listing[]) => {
    const queued = new Set(
      await queuedAmong(
        await db(),
        listings.map((l) => l.id),
      ),
    );
    return {
      items: listings.map((listing) => ({
        id: listing.id,
        tags: describe(listing),
        queued: queued.has(listing.id),
      })),
    };
  };
  const stamp = () => new Date(now()).toISOString().slice(0, 10);

  return {
    ...createProgressHandlers({ db, now }),
    'cs-bg-page-scanned': (scan) =>
      write(async () => {
        const database = await db();
        const outcome = await recordPageScan(database, scan, now(), tag);
        await pruneIfDue(database, now());
        return outcome;
      }),
    'cs-bg-queue-save': ({ listing }) => write(async () => saveToQueue(await db(), listing, now())),
    'cs-bg-describe': ({ listings }) => describeAll(listings),
    'ui-bg-describe': ({ listings }) => describeAll(listings),
    'ui-bg-get-summary': async ({ recentLimit }) => ({
      ...(await getSummary(await db(), recentLimit)),
      ...(storageProblem ? { storageProblem } : {}),
    }),
    'ui-bg-get-demand': async ({ limit, profile }) => {
      const report = await getDemand(await db(), now(), limit);
      const ids = new Set(report.skills.flatMap((s) => [s.skill, ...s.coSkills.map((c) => c.skill)]));
      const names = Object.fromEntries([...ids].map((id) => [id, getSkill(id)?.name ?? id]));
      return { ...report, names, learnNext: profile ? learnNext(report, profile) : [] };
    },
    'ui-bg-get-matches': async (query) => findMatches(await db(), query, now(), describe),
    'ui-bg-queue-save': ({ listingId }) => write(async () => saveStoredToQueue(await db(), listingId, now())),
    'ui-bg-queue-list': async ({ status }) => ({ items: await listQueue(await db(), status) }),
    'ui-bg-queue-update': ({ listingId, ...change }) =>
      write(async () => updateQueueItem(await db(), listingId, change, now())),
    'ui-bg-queue-remove': async ({ listingId }) => ({
      removed: await removeFromQueue(await db(), listingId),
    }),
    'ui-bg-checklist-get': async ({ listingId }) => ({ ticked: await getTicks(await db(), listingId) }),
    'ui-bg-checklist-tick': ({ listingId, item, ticked }) =>
      write(async () => ({ ticked: await setTick(await db(), listingId, item, ticked, now()) })),
    'ui-bg-export': async ({ kind }): Promise<ExportFile> => {
      const database = await db();
      if (kind === 'backup') {
        const text = JSON.stringify(await exportBackup(database, now()));
        return { filename: `skillscout-backup-${stamp()}.json`, mimeType: 'application/json', text };
      }
      if (kind === 'queue-csv') {
        return {
          filename: `skillscout-queue-${stamp()}.csv`,
          mimeType: 'text/csv',
          text: queueToCsv(await listQueue(database)),
        };
      }
      const progress = await database.getAll('progress');
      return {
        filename: `skillscout-progress-${stamp()}.csv`,
        mimeType: 'text/csv',
        text: progressToCsv(progress),
      };
    },
    'ui-bg-import': ({ kind, text }) =>
      write(async () => {
        if (kind === 'backup') {
          const backup = parseBackup(text);
          await importBackup(await db(), backup);
          return { imported: countsOf(backup) };
        }
        return { imported: { progress: await importProgress(await db(), progressFromCsv(text)) } };
      }),
    'ui-bg-get-settings': async () => ({ horizonDays: await getHorizon(await db()) }),
    'ui-bg-set-horizon': async ({ horizonDays }) => {
      await setHorizon(await db(), horizonDays);
      return { horizonDays };
    },
    'ui-bg-delete-all': async () => {
      await deleteAll(await db());
      return { deleted: true as const };
    },
  };
}
