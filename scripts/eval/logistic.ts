/**
 * A small L2-regularised logistic regression for the skill tagger's confidence
 * (scripts/fit-skill-confidence.ts, whose weights ship in lib/skills/confidence-weights.ts). The
 * difficulty model has its own ordinal fit (scripts/difficulty/ordinal.ts).
 */

export interface Example {
  x: readonly number[];
  y: boolean;
}

export interface FitOptions {
  l2?: number;
  steps?: number;
  rate?: number;
  /** Keep every weight but the bias at 0 or above. */
  nonNegative?: boolean;
}

/** Weights: index 0 is the bias, then one per feature. */
export type Weights = number[];

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function linear(w: Weights, x: readonly number[]): number {
  let z = w[0] ?? 0;
  for (let i = 0; i < x.length; i++) z += (x[i] ?? 0) * (w[i + 1] ?? 0);
  return z;
}

export const probability = (w: Weights, x: readonly number[]): number => sigmoid(linear(w, x));

/** Plain gradient descent on the mean log-loss: a few dozen features need nothing cleverer. */
export function fitLogistic(examples: readonly Example[], options: FitOptions = {}): Weights {
  const { l2 = 0.1, steps = 3000, rate = 0.5, nonNegative = false } = options;
  const width = examples[0]?.x.length ?? 0;
  const w: Weights = new Array(width + 1).fill(0);
  const grad: number[] = new Array(width + 1).fill(0);
  for (let step = 0; step < steps; step++) {
    grad.fill(0);
    for (const e of examples) {
      const err = probability(w, e.x) - (e.y ? 1 : 0);
      grad[0] = (grad[0] ?? 0) + err;
      for (let i = 0; i < width; i++) grad[i + 1] = (grad[i + 1] ?? 0) + err * (e.x[i] ?? 0);
    }
    for (let i = 0; i <= width; i++) {
      const penalty = i === 0 ? 0 : l2 * (w[i] ?? 0);
      let next = (w[i] ?? 0) - rate * ((grad[i] ?? 0) / examples.length + penalty);
      // A cue may count for less than we thought, never the other way round.
      if (nonNegative && i > 0) next = Math.max(0, next);
      w[i] = next;
    }
  }
  return w;
}

/** Column-wise z-scores, so one regularisation strength suits features of any scale. */
export function standardise(rows: readonly (readonly number[])[]): number[][] {
  const width = rows[0]?.length ?? 0;
  const mean = new Array(width).fill(0);
  const sd = new Array(width).fill(0);
  for (const r of rows) for (let i = 0; i < width; i++) mean[i] += (r[i] ?? 0) / rows.length;
  for (const r of rows) for (let i = 0; i < width; i++) sd[i] += ((r[i] ?? 0) - mean[i]) ** 2 / rows.length;
  return rows.map((r) => r.map((v, i) => (sd[i] > 0 ? (v - mean[i]) / Math.sqrt(sd[i]) : 0)));
}
