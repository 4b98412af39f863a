/**
 * Cards read while the page is still being parsed: each card the parser has moved past (anything
 * follows it in the document) is read once and handed on at once, to be shown as soon as its
 * answer comes, while the rest of the page is still arriving. When the page is parsed, the
 * scanner takes those reads for every card that has not changed since (the returned adapter), so
 * the page's first read only reads what the parser's last chunk brought. The cards' own UI (the
 * room kept for it, the chips) does not count as a change.
 *
 * Measured in real Chromium on the saved 50-tile page (a trace of the build that read only the
 * first ten early): read at DOMContentLoaded, the 40 cards past the first screen took 33–50 ms
 * after a 60–86 ms wait for the page's first full layout, then 23–37 ms of round trip, and their
 * chips came 166–222 ms after the first card. Read early but drawn only once the page was parsed,
 * their answers (in the worker 1–8 ms after they were asked) were drawn in one 16–18 ms pass at
 * DOMContentLoaded, and the last chunk's answers waited behind that pass and the page's next
 * frame: 100–130 ms after the first card (a trace, and the worker's own clock).
 */
import type { Listing } from '../core/model';
import type { SiteAdapter } from '../sites/types';
import { isOwnChange } from './own-changes';
import { measureSince, now, TIMING } from './timing';

/** Cards read early at most: a search page shows 10 to 50; an endless list is left to the scanner. */
export const MOST_READ_EARLY = 100;

/**
 * The parser inserts in document order: once anything follows an element (its next sibling, or
 * one of an ancestor's), the element is closed and holds all it will be given.
 */
function closed(element: Element): boolean {
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/**
 * Reading time per parser chunk: the parser's own task, with this added, stays short of a long
 * task (reading every card a chunk brought made the 10-tile page's one chunk a 60–70 ms task in
 * Chromium). The rest is read in tasks of its own, between the parser's, each well short of one.
 */
const BUDGET_MS = 6;
const TASK_BUDGET_MS = 10;

export interface EarlyReadOptions {
  /** Cards read early at most. */
  most?: number;
  /** Reading time per parser chunk. */
  budgetMs?: number;
  /** Reading time per task of its own, after a chunk. */
  taskBudgetMs?: number;
  clock?: () => number;
  /** Runs a task of its own, between the parser's. */
  later?: (task: () => void) => void;
}

export interface EarlyReads {
  /** The adapter, taking a card's early read while nothing in the card has changed since. */
  adapter: SiteAdapter | undefined;
  /** Whether the card was read early and reads the same: the scanner reads those in one pass. */
  has(card: Element): boolean;
}

export function readWhileParsing(
  doc: Document,
  adapter: SiteAdapter | undefined,
  /** Each card read early, with what it read; called while the page is parsed. */
  show: (card: Element, listing: Listing) => void,
  signal: AbortSignal,
  {
    most = MOST_READ_EARLY,
    budgetMs = BUDGET_MS,
    taskBudgetMs = TASK_BUDGET_MS,
    clock = now,
    later = (task) => setTimeout(task, 0),
  }: EarlyReadOptions = {},
): EarlyReads {
  const Observer = doc.defaultView?.MutationObserver;
  if (!adapter || !Observer || doc.readyState !== 'loading') return { adapter, has: () => false };
  const kept = new Map<Element, Listing>();
  const tried = new WeakSet<Element>();
  let reads = 0;

  /**
   * A change inside a card read early (a script filling or re-rendering it): read it again later.
   * Only the cards read early are watched for it, each on its own: the parser's own records, by
   * the thousand per chunk, were most of this script's time while the page was parsed (a CPU
   * profile of the 50-tile page, when every record was looked at).
   */
  const forget = (records: readonly MutationRecord[]) => {
    for (const record of records) {
      if (isOwnChange(record)) continue;
      for (let node: Node | null = record.target; node; node = node.parentNode) {
        if (kept.delete(node as Element)) break;
      }
    }
  };
  const changes = new Observer(forget);
  const watch = (card: Element) =>
    changes.observe(card, { childList: true, subtree: true, attributes: true, characterData: true });
  const changesSoFar = () => forget(changes.takeRecords());

  /** Reads cards the parser is past, for `budget` ms; says whether some were left unread. */
  const readSome = (budget: number): boolean => {
    const cards = adapter.findCards(doc);
    const last = cards.at(-1);
    // The last card may still be being filled by the parser: only cards something follows.
    const complete = last && !closed(last) ? cards.slice(0, -1) : cards;
    const fresh = complete.filter((card) => !tried.has(card));
    if (fresh.length === 0) return false;
    const started = clock();
    const timed = now();
    const url = new URL(doc.location?.href ?? 'about:blank');
    let count = 0;
    for (const card of fresh) {
      if (reads >= most) break;
      if (clock() - started >= budget) {
        measureSince(TIMING.readEarly, timed, count);
        return true;
      }
      reads++;
      tried.add(card);
      for (const { listing } of adapter.parseCards([card], url).found) {
        kept.set(card, listing);
        watch(card);
        show(card, listing);
        count++;
      }
    }
    measureSince(TIMING.readEarly, timed, count);
    return false;
  };

  let stopped = false;
  let scheduled = false;
  /** Reads now, and goes on in tasks of its own while cards are left: the parser's tasks stay short. */
  const read = (budget: number) => {
    if (stopped || signal.aborted || reads >= most) return;
    try {
      if (!readSome(budget) || scheduled) return;
      scheduled = true;
      later(() => {
        scheduled = false;
        read(taskBudgetMs);
      });
    } catch {
      // Reading early is only a head start: the scanner reads these cards when the page is parsed.
    }
  };

  const stop = () => {
    stopped = true;
    parsing.disconnect();
    changes.disconnect();
    kept.clear();
  };
  // Each chunk the parser adds is a cue to read the cards it completed; the records themselves
  // are not looked at. The parser's last chunk is delivered once the document already reads as
  // parsed: read too. The observer costs the parser time (one that did nothing put
  // DOMContentLoaded 60–75 ms later on the 50-tile page in Chromium), but looking at the page on
  // a timer instead (every 16 ms, or every task) found the parser past one card before it was done,
  // and the last card's UI came 150–180 ms after the first read instead of 95–125 (12 loads each).
  const parsing = new Observer((records) => {
    if (signal.aborted) return stop();
    // Only our own chips drawn: nothing new from the parser to read.
    if (records.every(isOwnChange)) return;
    read(budgetMs);
  });
  parsing.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', stop, { once: true });

  let taken = false;
  const early: SiteAdapter = {
    ...adapter,
    parseCards(cards, url, now) {
      // Changes not yet delivered to the observer count too.
      changesSoFar();
      const reused = new Map<Element, Listing>();
      const unread: Element[] = [];
      for (const card of cards) {
        const listing = kept.get(card);
        if (listing) reused.set(card, listing);
        else unread.push(card);
      }
      const parsed = adapter.parseCards(unread, url, now);
      if (!taken && doc.readyState !== 'loading') {
        // The page's first read takes what was read early; from then on cards are read as they come.
        taken = true;
        stop();
      }
      if (reused.size === 0) return parsed;
      const fromParse = new Map(parsed.found.map((f) => [f.card, f.listing]));
      const found = cards.flatMap((card) => {
        const listing = reused.get(card) ?? fromParse.get(card);
        return listing ? [{ card, listing }] : [];
      });
      return { found, failed: parsed.failed };
    },
  };
  return {
    adapter: early,
    has(card) {
      changesSoFar();
      return kept.has(card);
    },
  };
}
