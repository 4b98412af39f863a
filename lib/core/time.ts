/**
 * Days and weeks as whole numbers since the Unix epoch, in UTC, so tallies need no
 * time-zone rules and a "day" key is the same in every part of the extension.
 */
export const DAY_MS = 86_400_000;

export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** 7-day buckets since the epoch; a window of N days reads at most ⌈N/7⌉ + 1 of them. */
export function weekOf(day: number): number {
  return Math.floor(day / 7);
}

/** The median of values given as value → count, without expanding them. */
export function weightedMedian(counts: ReadonlyMap<number, number>): number | undefined {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  const sorted = [...counts].sort(([a], [b]) => a - b);
  // The values at positions ⌊(total-1)/2⌋ and ⌊total/2⌋ (0-based) of the expanded list.
  const at = (position: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (position < seen) return value;
    }
    return sorted[sorted.length - 1]?.[0] ?? 0;
  };
  return (at(Math.floor((total - 1) / 2)) + at(Math.floor(total / 2))) / 2;
}
