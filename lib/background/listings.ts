/** Pages report what they read; pages and the popup ask for tags; the popup asks what was read. */
import type { Listing } from '../core/model';
import { getSummary, recordPageScan } from '../store/listings';
import { pruneIfDue } from '../store/prune';
import { queuedAmong } from '../store/queue';
import type { HandlerDeps, HandlersOf, WriteGuard } from './deps';
import { measureOnWorker } from './timeline';

type ListingMessages = 'cs-bg-page-scanned' | 'cs-bg-describe' | 'ui-bg-describe' | 'ui-bg-get-summary';

/**
 * A measure on the worker's timeline per batch of cards described, with how many: the benchmark
 * in real Chromium sets its end beside the page's mark of the answer arriving (lib/page/timing.ts)
 * to tell the worker's time from the time the answer waits for the page's busy main thread.
 */
export const DESCRIBE_MEASURE = 'skillscout:describe';

export function createListingHandlers(
  { db, tag, describe, now }: HandlerDeps,
  guard: WriteGuard,
): HandlersOf<ListingMessages> {
  /** Tags for the page or the popup, and whether each listing is already queued. */
  const describeAll = async (listings: Listing[]) => {
    const start = performance.now();
    const queued = new Set(
      await queuedAmong(
        await db(),
        listings.map((l) => l.id),
      ),
    );
    const items = listings.map((listing) => ({
      id: listing.id,
      tags: describe(listing),
      queued: queued.has(listing.id),
    }));
    measureOnWorker(DESCRIBE_MEASURE, start, { cards: listings.length });
    return { items };
  };
  return {
    'cs-bg-page-scanned': (scan) =>
      guard.write(async () => {
        const database = await db();
        const outcome = await recordPageScan(database, scan, now(), tag);
        await pruneIfDue(database, now());
        return outcome;
      }),
    'cs-bg-describe': ({ listings }) => describeAll(listings),
    'ui-bg-describe': ({ listings }) => describeAll(listings),
    'ui-bg-get-summary': async ({ recentLimit }) => {
      const storageProblem = guard.problem();
      return {
        ...(await getSummary(await db(), recentLimit)),
        ...(storageProblem ? { storageProblem } : {}),
      };
    },
  };
}
