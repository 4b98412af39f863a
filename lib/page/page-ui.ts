/**
 * Everything the content script adds to a marketplace page, wired together: the card UI (with
 * Save and "Show in panel"), and the link the side panel, the badge and the keyboard commands
 * go through. The messaging is injected: the entrypoint hands in the background's messenger and
 * listens with the returned router.
 */
import type { Listing, Platform } from '../core/model';
import type { Profile } from '../core/profile';
import type { Request } from '../messages/client';
import type { contentMessageSchemas, PageScan } from '../messages/content';
import { createTabRouter } from '../messages/tab';
import { createDecorator } from './decorate';
import { describeVia } from './describe';
import { createPageLink } from './panel-link';
import type { Scanner } from './scanner';

export interface PageUiDeps {
  platform: Platform;
  profile: Profile;
  request: Request<typeof contentMessageSchemas>;
  signal: AbortSignal;
  /** Our own id: the tab answers messages from its own extension only. */
  extensionId: string;
}

export function createPageUi(doc: Document, { platform, profile, request, signal, extensionId }: PageUiDeps) {
  const describe = describeVia(request);
  const decorate = createDecorator({
    profile,
    save: (listing) => request('cs-bg-queue-save', { listing }),
    describe,
    showInPanel: async ({ id }) => (await request('cs-bg-show-in-panel', { listingId: id })).opened,
    changed: () => link.changed(),
  });
  const link = createPageLink({
    doc,
    platform,
    cards: () => decorate.cards(),
    reportFit: (fit) => request('cs-bg-page-fit', fit),
    signal,
  });
  return {
    decorate,
    /** What the scanner hands its cards to: the first screen's tags are asked for before the rest. */
    scan: {
      decorate,
      // The first screen's answers, those asked while the page was parsed among them.
      onFirstScreen: () => {
        void describe.flush();
        return describe.settled();
      },
      restore: decorate.restore,
      // The store's report waits for the cards' own questions: sent beside them, it reached the
      // worker first and their answers waited 17–31 ms behind its 70–96 ms of recording (a
      // measure in the worker, 50-tile page).
      report: (scan: PageScan) => describe.settled().then(() => request('cs-bg-page-scanned', scan)),
    },
    /** A card read while the page is still parsed (./prefetch.ts): shown as soon as its answer comes. */
    readEarly: (card: Element, listing: Listing) => decorate(card, listing),
    link,
    route: createTabRouter(link.handlers, extensionId),
    /** In-page navigation: the page is read again, and the badge and the panel follow its new cards. */
    navigated(scanner: Pick<Scanner, 'rescan'>) {
      scanner.rescan();
      link.changed();
    },
  };
}
