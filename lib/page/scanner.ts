/**
 * Finds listing cards on a page and reports the new ones: observe, then batch, so
 * a page that adds hundreds of cards costs one pass, not hundreds. The MutationObserver callback only queues nodes; the work runs once per
 * animation frame; cards already read carry a mark and are skipped; a flood of mutations
 * means one full rescan; everything stops when `signal` aborts. It takes the document
 * it works on, so it runs under happy-dom in tests as it does on the page.
 */

import { LISTINGS_PER_MESSAGE } from '../core/limits';
import type { Listing, Platform } from '../core/model';
import type { PageScan } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { UI_CLASS } from './card-ui';
import { isMarked, markCard } from './marks';
import { now as clockNow, mark, measureSince, TIMING } from './timing';

export interface ScannerOptions {
  doc: Document;
  platform: Platform;
  /** Undefined on a marketplace with no adapter yet: the page is reported, not touched. */
  adapter: SiteAdapter | undefined;
  signal: AbortSignal;
  /** Sends a report to the background; a rejection means those listings will be sent again. */
  report: (scan: PageScan) => Promise<unknown>;
  decorate?: (card: Element, listing: Listing) => void;
  /**
   * Tried once when the adapter found nothing by `settleMs` (a redesign is the usual cause):
   * the generic detector, which reads repeated card-like blocks.
   */
  fallback?: (doc: Document, url: URL) => { cards: Element[]; listings: Listing[] };
  /**
   * Called once the page's first cards are read (FIRST_SCREEN of them): their tags can be asked
   * for at once. The rest of the first read waits for the promise it returns (their answers in
   * and drawn), at most FIRST_SCREEN_WAIT_MS, so the first screen's answer is not queued behind it.
   */
  onFirstScreen?: () => Promise<void> | void;
  /**
   * Cards already read while the page was parsed (./prefetch.ts), their tags asked: the page's
   * first read takes all of those at once, however many, since reading them again costs nothing.
   */
  readEarly?: (card: Element) => boolean;
  /**
   * A card read before lost its SkillScout UI to the page (a framework hydrating or re-rendering
   * the card's children keeps the card, marked, and drops what it did not make): draw it again.
   */
  restore?: (card: Element) => void;
  /** How long a page may stay empty before it is reported as a layout we do not recognise. */
  settleMs?: number;
  /** First delay before a refused report is sent again; doubled, tripled… up to MAX_RETRIES. */
  retryMs?: number;
  now?: () => number;
}

export interface Scanner {
  /** A full rescan on the next frame, e.g. after in-page navigation. */
  rescan(): void;
  /** Runs any queued work now; for tests and for the first scan. */
  flush(): void;
}

/** More queued nodes than this in one frame: cheaper to rescan the page once. */
const FLOOD = 200;
/** Cards read first on a page's first read (listings are in reading order): about a screenful. */
export const FIRST_SCREEN = 10;
/**
 * The longest the rest of a page's first read waits for the first screen's answers: a worker
 * that was stopped takes about this long to build its index, and the rest is read anyway.
 */
export const FIRST_SCREEN_WAIT_MS = 500;
/** Consecutive failed reports before the page stops retrying (the next scan tries again). */
const MAX_RETRIES = 3;

export function startScanner(options: ScannerOptions): Scanner {
  const { doc, adapter, signal } = options;
  const win = doc.defaultView;
  const now = options.now ?? Date.now;
  const pending = new Set<Node>();
  /** How much each listing sent said: the same job read again with more (a details slider) goes again. */
  const sent = new Map<string, number>();
  let fullRescan = true;
  let frame: number | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let foundAny = false;
  let problemReported = false;

  const pageUrl = () => new URL(doc.location?.href ?? 'about:blank');

  /** Listings read but not yet accepted by the background; kept until it answers. */
  const outbox = new Map<string, Listing>();
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const sendOutbox = () => {
    retryTimer = undefined;
    if (outbox.size === 0 || signal.aborted || !adapter) return;
    const url = pageUrl();
    const listings = [...outbox.values()];
    outbox.clear();
    for (let start = 0; start < listings.length; start += LISTINGS_PER_MESSAGE) {
      const batch = listings.slice(start, start + LISTINGS_PER_MESSAGE);
      options
        .report({
          url: url.href,
          platform: options.platform,
          pageKind: adapter.pageKind(url),
          listings: batch,
        })
        .then(
          () => {
            failures = 0;
          },
          () => {
            // Not lost: a service worker restarting mid-message refuses it, so try again a little later.
            for (const listing of batch) outbox.set(listing.id, listing);
            failures++;
            if (failures <= MAX_RETRIES && retryTimer === undefined && !signal.aborted) {
              retryTimer = setTimeout(sendOutbox, (options.retryMs ?? 2_000) * failures);
            }
          },
        );
    }
  };

  const reportProblem = (problem: NonNullable<PageScan['problem']>) => {
    if (problemReported || foundAny || signal.aborted) return;
    problemReported = true;
    const url = pageUrl();
    const scan = {
      url: url.href,
      platform: options.platform,
      pageKind: adapter?.pageKind(url) ?? 'other',
      listings: [],
      problem,
    };
    options.report(scan).catch(() => {
      // A diagnostic only: the page itself is left as it was either way.
    });
  };

  const cardsToRead = (): Element[] => {
    if (!adapter) return [];
    if (fullRescan) {
      fullRescan = false;
      pending.clear();
      return adapter.findCards(doc);
    }
    const cardSelector = adapter.selectors.cards.join(',');
    const cards = new Set<Element>();
    for (const node of pending) {
      if (!node.isConnected) continue;
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!element) continue;
      // A node inside a card (lazy-filled text) means that card; a node holding cards means those.
      const around = element.closest(cardSelector);
      if (around) cards.add(around);
      for (const card of adapter.findCards(element)) cards.add(card);
    }
    pending.clear();
    return [...cards];
  };

  const accept = (card: Element, listing: Listing) => {
    markCard(card, 'read');
    options.decorate?.(card, listing);
    // Each listing is sent once per page, even if the site re-renders its card, unless it is
    // read again with more to say (the full description in Upwork's details slider).
    const says = listing.description.length + listing.platformSkills.length;
    if ((sent.get(listing.id) ?? -1) < says) {
      sent.set(listing.id, says);
      outbox.set(listing.id, listing);
    }
  };

  /** The generic detector's one try on a page the adapter could not read. */
  const readWithFallback = () => {
    if (!options.fallback || foundAny || signal.aborted) return;
    try {
      const { cards, listings } = options.fallback(doc, pageUrl());
      cards.forEach((card, i) => {
        const listing = listings[i];
        if (listing && !isMarked(card)) accept(card, listing);
      });
      if (listings.length === 0) return;
      reportProblem('read-by-generic-detector');
      foundAny = true;
      sendOutbox();
    } catch {
      // The detector failing is the same as it finding nothing: the page is reported as unrecognised.
    }
  };

  /** Cards whose UI the page removed since the last frame. */
  const lostUi = new Set<Element>();

  const flush = () => {
    frame = undefined;
    if (signal.aborted || !adapter) return;
    for (const card of lostUi) if (card.isConnected) options.restore?.(card);
    lostUi.clear();
    try {
      read(adapter);
    } catch {
      // A content script never breaks the page: an adapter that throws is reported, not rethrown.
      reportProblem('adapter-error');
    }
  };

  /**
   * The rest of the page's first read, past its first screen: read in a task of its own once the
   * first screen's answers are drawn (a trace showed that answer waiting 35 ms behind this read
   * and a frame), or after FIRST_SCREEN_WAIT_MS, or in the next task when nothing was asked.
   */
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  const readRestAfter = (answers: Promise<void> | void, adapter: SiteAdapter, rest: Element[]) => {
    let started = false;
    const readRest = () => {
      if (started || signal.aborted) return;
      started = true;
      if (restTimer !== undefined) clearTimeout(restTimer);
      // A task of its own: the first screen's draw (a microtask after its answers) goes first.
      restTimer = setTimeout(() => {
        restTimer = undefined;
        if (signal.aborted) return;
        try {
          read(adapter, rest);
        } catch {
          reportProblem('adapter-error');
        }
      }, 0);
    };
    if (!answers) return readRest();
    restTimer = setTimeout(readRest, FIRST_SCREEN_WAIT_MS);
    void answers.then(readRest, readRest);
  };

  /** How many of the cards, from the first, were read while the page was parsed. */
  const readEarly = (cards: readonly Element[]): number => {
    const early = options.readEarly;
    if (!early) return 0;
    let count = 0;
    while (count < cards.length && early(cards[count] as Element)) count++;
    return count;
  };

  const read = (adapter: SiteAdapter, given?: Element[]) => {
    const url = pageUrl();
    let cards = (given ?? cardsToRead()).filter((card) => !isMarked(card));
    if (cards.length === 0) return;
    // The page's first read takes the cards read while the page was parsed and a first screen
    // more, and leaves the rest for later: the first screen's tags are asked for at once, and the
    // page's own first paint is not held up by cards below the fold.
    const readBefore = foundAny ? 0 : readEarly(cards);
    let firstCount = foundAny ? cards.length : readBefore + FIRST_SCREEN;
    // Cards read early are drawn as their answers come; what is left is the parser's last chunks.
    // Less than a screen of them costs a few ms read now, and one more round trip (100 ms behind
    // the page's first frames, in a trace of the 50-tile page) read after the first screen's answers.
    if (readBefore > 0 && cards.length - firstCount <= FIRST_SCREEN) firstCount = cards.length;
    const firstScreen = cards.length > firstCount;
    const rest = firstScreen ? cards.slice(firstCount) : [];
    if (firstScreen) cards = cards.slice(0, firstCount);
    const started = clockNow();
    const { found, failed } = adapter.parseCards(cards, url, now());
    for (const { card, listing } of found) accept(card, listing);
    measureSince(TIMING.read, started, found.length);
    const first = found.length > 0 && !foundAny;
    if (first) {
      foundAny = true;
      mark(TIMING.firstCardRead);
    }
    const firstAnswers = first ? options.onFirstScreen?.() : undefined;
    if (firstScreen) readRestAfter(firstAnswers, adapter, rest);
    // The page is reported once, when the rest of its first read is in.
    if (firstScreen) return;
    if (outbox.size > 0 && retryTimer === undefined) sendOutbox();
    else if (failed > 0 && !foundAny) reportProblem('adapter-error');
  };

  const schedule = () => {
    if (frame !== undefined || signal.aborted) return;
    frame = win ? win.requestAnimationFrame(flush) : undefined;
  };

  const armSettleTimer = () => {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      // Tiles may be queued for the next frame: read them before calling the page unrecognised.
      if (frame !== undefined) {
        win?.cancelAnimationFrame(frame);
        flush();
      }
      readWithFallback();
      reportProblem('layout-not-recognised');
    }, options.settleMs ?? 3_000);
  };

  const MutationObserverCtor = win?.MutationObserver;
  const observer = MutationObserverCtor
    ? new MutationObserverCtor((records) => {
        for (const record of records) {
          for (const node of Array.from(record.removedNodes)) {
            if (node.nodeType === 1 && (node as Element).classList.contains(UI_CLASS))
              lostUi.add(record.target as Element);
          }
          if (fullRescan) break;
          // Our own card UI lands inside cards already marked, so it costs one cheap skip.
          for (const node of Array.from(record.addedNodes)) pending.add(node);
          if (pending.size > FLOOD) {
            // A flood (a whole list re-rendered): one rescan beats thousands of small ones.
            fullRescan = true;
            pending.clear();
          }
        }
        if (fullRescan || pending.size > 0 || lostUi.size > 0) schedule();
      })
    : undefined;
  if (adapter) observer?.observe(doc.documentElement, { childList: true, subtree: true });

  signal.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
      if (frame !== undefined) win?.cancelAnimationFrame(frame);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      if (restTimer !== undefined) clearTimeout(restTimer);
      pending.clear();
    },
    { once: true },
  );

  flush();
  if (adapter) armSettleTimer();
  else reportProblem('no-adapter');

  return {
    rescan() {
      fullRescan = true;
      if (adapter) armSettleTimer();
      schedule();
    },
    flush,
  };
}
