/**
 * Measures on the worker's own performance timeline, for the benchmark in real Chromium and for
 * a person reading DevTools. The timeline keeps every entry until it is cleared, and a worker kept
 * warm while marketplace tabs are open makes several per page: past KEPT_PER_NAME entries of one
 * name, that name's are cleared, so a day of browsing does not pile them up.
 */
export const KEPT_PER_NAME = 500;

const counts = new Map<string, number>();

export function measureOnWorker(name: string, start: number, detail?: { cards: number }): void {
  try {
    const count = (counts.get(name) ?? 0) + 1;
    if (count > KEPT_PER_NAME) performance.clearMeasures(name);
    counts.set(name, count > KEPT_PER_NAME ? 1 : count);
    performance.measure(name, { start, end: performance.now(), ...(detail ? { detail } : {}) });
  } catch {
    // Timing is for people measuring; a timeline that refuses the entry changes nothing.
  }
}
