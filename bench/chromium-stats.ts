/** Sums over what the page's own observers recorded: medians, and layout shift as CLS counts it. */

export interface PageTimings {
  /** DOMContentLoaded's start, on the page clock. */
  dcl: number;
  /** The first paint, on the page clock. */
  firstPaint: number | undefined;
  firstRead: number | undefined;
  /** The page's clock's zero, as a time since the epoch (ms, high resolution). */
  origin: number;
  /** Each answer from the background as it reached the content script, with its card count. */
  answers: { start: number; cards: number }[];
  uis: { start: number; duration: number; cards: number }[];
  reads: { start: number; duration: number; cards: number }[];
  /** Reads while the page was parsed: their time is work, their cards are counted in `reads`. */
  earlyReads: { start: number; duration: number; cards: number }[];
  draws: { start: number; duration: number; cards: number }[];
  shifts: { start: number; value: number; input: boolean }[];
  longTasks: { start: number; duration: number }[];
}

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Cumulative layout shift as browsers define it: shifts not caused by input, grouped in session
 * windows (a gap under 1 s, at most 5 s long); the largest window's sum.
 */
export function clsOf(shifts: readonly { start: number; value: number; input: boolean }[]): number {
  let best = 0;
  let sum = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const shift of [...shifts].filter((s) => !s.input).sort((a, b) => a.start - b.start)) {
    if (shift.start - last >= 1_000 || shift.start - windowStart >= 5_000) {
      sum = 0;
      windowStart = shift.start;
    }
    sum += shift.value;
    last = shift.start;
    best = Math.max(best, sum);
  }
  return best;
}

/** A batch of cards the worker described: when it was done (ms since the epoch), how long it took. */
export interface WorkerBatch {
  endAt: number;
  durationMs: number;
  cards: number;
}

/**
 * How long each answer the page received waited between the worker finishing it and the content
 * script running it (ms), in the page's order. The k-th answer is the k-th batch of its size the
 * worker finished after the page's clock started: one page at a time asks, and a batch is
 * answered in the order it is asked.
 */
export function answerWaits(
  origin: number,
  answers: readonly { start: number; cards: number }[],
  batches: readonly WorkerBatch[],
): number[] {
  const pending = batches.filter((b) => b.endAt >= origin).sort((a, b) => a.endAt - b.endAt);
  const waits: number[] = [];
  for (const answer of answers) {
    const index = pending.findIndex((b) => b.cards === answer.cards);
    if (index < 0) continue;
    const [batch] = pending.splice(index, 1);
    if (batch) waits.push(origin + answer.start - batch.endAt);
  }
  return waits;
}

/**
 * Cards read while the page was parsed, before the page's first read (at `firstRead`, page
 * clock) took them over; 0 when the page was parsed before the content script could read early.
 * A load without a first read (NaN) counts none.
 */
export function cardsReadEarly(
  earlyReads: readonly { start: number; cards: number }[],
  firstRead: number | undefined,
): number {
  if (firstRead === undefined || !Number.isFinite(firstRead)) return 0;
  return earlyReads.filter((m) => m.start < firstRead).reduce((total, m) => total + m.cards, 0);
}
