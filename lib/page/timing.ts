/**
 * Marks on the page's own performance timeline: when SkillScout read its first card, and when
 * it drew card UIs. A benchmark in a real browser reads them with the page's clock, and a person
 * sees them in DevTools' Performance panel. Measures name the content script's own work (reading
 * cards, drawing their UI) with the number of cards, so its cost per card can be told apart from
 * the page's. A timeline that refuses an entry (a full buffer, an old browser) changes nothing.
 */

export const TIMING = {
  /** Once per page: the first listing card read. */
  firstCardRead: 'skillscout:first-card-read',
  /** After each pass that drew card UIs; `detail.cards` is how many cards show one so far. */
  lastCardUi: 'skillscout:last-card-ui',
  /** A measure per pass of reading cards; `detail.cards` is how many were read. */
  read: 'skillscout:read',
  /**
   * A measure per pass of reading cards while the page is parsed (./prefetch.ts): work that the
   * page's first read then takes over, so its cards are counted there, its time here.
   */
  readEarly: 'skillscout:read-early',
  /**
   * When the background's answer about a batch of cards reached this script (checked), with how
   * many cards it covers: set beside the worker's own measure of the batch, the time it waited.
   */
  answered: 'skillscout:answered',
  /** A measure per pass of drawing card UIs; `detail.cards` is how many were drawn. */
  draw: 'skillscout:draw',
} as const;

type Clock = Pick<Performance, 'now' | 'mark' | 'measure'>;

const clock = (): Clock | undefined => (typeof performance === 'undefined' ? undefined : performance);

export function now(): number {
  return clock()?.now() ?? Date.now();
}

export function mark(name: string, detail?: { cards: number }): void {
  try {
    clock()?.mark(name, detail ? { detail } : undefined);
  } catch {
    // Timing is for people measuring; the page works the same without it.
  }
}

/** A measure from `start` (a `now()` reading) to now, with how many cards it covered. */
export function measureSince(name: string, start: number, cards: number): void {
  try {
    clock()?.measure(name, { start, end: now(), detail: { cards } });
  } catch {
    // As above: never worth breaking the page for.
  }
}
