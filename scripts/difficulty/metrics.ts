/** The figures the difficulty evaluation prints. */
import type { DifficultyLevel, PlatformLevel } from '../../lib/core/model';

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties ½). */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  let pairs = 0;
  let wins = 0;
  scores.forEach((p, i) => {
    if (!positive[i]) return;
    scores.forEach((n, j) => {
      if (positive[j]) return;
      pairs++;
      wins += p > n ? 1 : p === n ? 0.5 : 0;
    });
  });
  return pairs === 0 ? Number.NaN : wins / pairs;
}

const ACTUAL: readonly PlatformLevel[] = ['entry', 'intermediate', 'expert'];
const PREDICTED: readonly DifficultyLevel[] = ['beginner', 'intermediate', 'expert'];
const SAME: Record<PlatformLevel, DifficultyLevel> = {
  entry: 'beginner',
  intermediate: 'intermediate',
  expert: 'expert',
};

export interface Outcome {
  actual: PlatformLevel;
  predicted: DifficultyLevel;
}

export function accuracy(outcomes: readonly Outcome[]): number {
  return outcomes.filter((o) => SAME[o.actual] === o.predicted).length / outcomes.length;
}

/** "beginner" said n times, right k times: k/n (NaN when never said). */
export function beginnerPrecision(outcomes: readonly Outcome[]): { said: number; right: number } {
  const said = outcomes.filter((o) => o.predicted === 'beginner');
  return { said: said.length, right: said.filter((o) => o.actual === 'entry').length };
}

export function confusionTable(outcomes: readonly Outcome[]): string {
  const head = `${'platform \\ text'.padEnd(16)}${PREDICTED.map((p) => p.padStart(14)).join('')}`;
  const lines = ACTUAL.map((a) => {
    const cells = PREDICTED.map((p) =>
      String(outcomes.filter((o) => o.actual === a && o.predicted === p).length).padStart(14),
    );
    return `${a.padEnd(16)}${cells.join('')}`;
  });
  return [head, ...lines].join('\n');
}

/** Small seeded generator (mulberry32), so the interval printed is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 95% bootstrap interval of the AUC (rows drawn with replacement): with 40 rows the AUC moves
 * by ±0.15 from chance alone, and the figures should say so.
 */
export function aucInterval(
  scores: readonly number[],
  positive: readonly boolean[],
  draws = 2000,
): [number, number] {
  const random = seeded(4);
  const aucs: number[] = [];
  for (let d = 0; d < draws; d++) {
    const picks = scores.map(() => Math.floor(random() * scores.length));
    const auc = rocAuc(
      picks.map((i) => scores[i] ?? 0),
      picks.map((i) => positive[i] ?? false),
    );
    if (!Number.isNaN(auc)) aucs.push(auc);
  }
  aucs.sort((a, b) => a - b);
  return [
    aucs[Math.floor(aucs.length * 0.025)] ?? Number.NaN,
    aucs[Math.floor(aucs.length * 0.975)] ?? Number.NaN,
  ];
}
