/**
 * What every family of background handlers is given: the database, the taggers and the clock
 * (the service worker passes the real ones, tests fake-indexeddb and a fixed time), and the
 * write guard that remembers a full disk for the popup.
 */
import { StorageFullError } from '../core/errors';
import type { Listing, Tags } from '../core/model';
import type { Handlers } from '../messages/router';
import type { Database, TagListing } from '../store/db';

export interface HandlerDeps {
  db: () => Promise<Database>;
  /** What the store keeps of a listing's tags. */
  tag: TagListing;
  /** The full tags shown on the page. */
  describe: (listing: Listing) => Tags;
  now: () => number;
  /** The toolbar badge and the side panel; absent where there is no browser (tests, scripts). */
  ui?: BrowserUi;
}

/** What the background shows in the browser's own UI. */
export interface BrowserUi {
  showFitCount(tabId: number, fitting: number): Promise<void>;
  /** Must be called before anything is awaited in a handler: it needs the user's gesture. */
  openPanel(tabId: number): Promise<boolean>;
  pointPanelAt(tabId: number, listingId: string, now: number): Promise<void>;
}

/** Handlers for some of the message types. */
export type HandlersOf<T extends keyof Handlers> = Pick<Handlers, T>;

export interface WriteGuard {
  /** Runs a write; a StorageFullError is remembered until a later write succeeds. */
  write<T>(work: () => Promise<T>): Promise<T>;
  /** The last write refused for lack of space, if no write has succeeded since. */
  problem(): string | undefined;
}

export function createWriteGuard(): WriteGuard {
  let storageProblem: string | undefined;
  return {
    async write(work) {
      try {
        const result = await work();
        storageProblem = undefined;
        return result;
      } catch (error) {
        if (error instanceof StorageFullError) storageProblem = error.message;
        throw error;
      }
    },
    problem: () => storageProblem,
  };
}
