/**
 * An ordinal (proportional-odds) logistic model over sparse features, fitted by L-BFGS: one
 * weight per feature, a linear score η = Σ w·x, and two cut-points so that
 * P(level ≥ intermediate) = σ(η − cut₁) and P(expert) = σ(η − cut₂). Entry, Intermediate and
 * Expert are one scale, so the few Entry jobs and the many others all teach the same weights.
 *
 * Deterministic: full-batch, no random draw, features and rows in the order given, so the same
 * rows and settings give the same weights to the last bit.
 */

export type Level = 0 | 1 | 2;

export interface SparseRow {
  index: Int32Array;
  value: Float64Array;
  level: Level;
  /** How much the row counts in the loss. */
  weight: number;
  /** A nuisance shift learned per data source (its own mix of levels); not used to predict. */
  source: number;
}

export interface OrdinalFit {
  weights: Float64Array;
  cuts: [number, number];
  /** Per-source shifts (mean zero over the rows), kept only to report them. */
  shifts: Float64Array;
  iterations: number;
  loss: number;
}

export interface OrdinalOptions {
  features: number;
  sources: number;
  /** L2 penalty per feature (index-aligned), on the mean loss. */
  penalty: Float64Array;
  /** L2 penalty on the per-source shifts. */
  shiftPenalty: number;
  maxIterations: number;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function linearScore(weights: ArrayLike<number>, row: Pick<SparseRow, 'index' | 'value'>): number {
  let eta = 0;
  for (let k = 0; k < row.index.length; k++) eta += (weights[row.index[k] ?? 0] ?? 0) * (row.value[k] ?? 0);
  return eta;
}

/** Parameters in one vector: weights, then cut₁, cut₂, then the source shifts. */
function lossAndGradient(
  theta: Float64Array,
  rows: readonly SparseRow[],
  options: OrdinalOptions,
  gradient: Float64Array,
): number {
  const { features, sources, penalty, shiftPenalty } = options;
  gradient.fill(0);
  const cut1 = theta[features] ?? 0;
  const cut2 = theta[features + 1] ?? 0;
  let total = 0;
  let mass = 0;
  for (const row of rows) {
    const eta = linearScore(theta, row) + (theta[features + 2 + row.source] ?? 0);
    const a = sigmoid(eta - cut1);
    const b = sigmoid(eta - cut2);
    let dEta: number;
    let dCut1 = 0;
    let dCut2 = 0;
    if (row.level === 0) {
      total -= row.weight * Math.log(Math.max(1 - a, 1e-300));
      dEta = a;
      dCut1 = -a;
    } else if (row.level === 2) {
      total -= row.weight * Math.log(Math.max(b, 1e-300));
      dEta = -(1 - b);
      dCut2 = 1 - b;
    } else {
      const p = Math.max(a - b, 1e-300);
      total -= row.weight * Math.log(p);
      const da = a * (1 - a);
      const db = b * (1 - b);
      dEta = -(da - db) / p;
      dCut1 = da / p;
      dCut2 = -db / p;
    }
    mass += row.weight;
    const g = row.weight * dEta;
    for (let k = 0; k < row.index.length; k++) {
      const i = row.index[k] ?? 0;
      gradient[i] = (gradient[i] ?? 0) + g * (row.value[k] ?? 0);
    }
    gradient[features] = (gradient[features] ?? 0) + row.weight * dCut1;
    gradient[features + 1] = (gradient[features + 1] ?? 0) + row.weight * dCut2;
    const s = features + 2 + row.source;
    gradient[s] = (gradient[s] ?? 0) + g;
  }
  let loss = total / mass;
  for (let i = 0; i < gradient.length; i++) gradient[i] = (gradient[i] ?? 0) / mass;
  for (let i = 0; i < features; i++) {
    const w = theta[i] ?? 0;
    const l2 = penalty[i] ?? 0;
    loss += 0.5 * l2 * w * w;
    gradient[i] = (gradient[i] ?? 0) + l2 * w;
  }
  for (let s = 0; s < sources; s++) {
    const i = features + 2 + s;
    const w = theta[i] ?? 0;
    loss += 0.5 * shiftPenalty * w * w;
    gradient[i] = (gradient[i] ?? 0) + shiftPenalty * w;
  }
  return loss;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
};

/** Limited-memory BFGS (10 pairs) with a backtracking line search: a convex problem of a few thousand weights. */
export function fitOrdinal(rows: readonly SparseRow[], options: OrdinalOptions): OrdinalFit {
  const size = options.features + 2 + options.sources;
  const theta = new Float64Array(size);
  // Start the cuts apart, in the order the levels go.
  theta[options.features] = -1;
  theta[options.features + 1] = 1;
  const gradient = new Float64Array(size);
  let loss = lossAndGradient(theta, rows, options, gradient);
  const memory: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  const direction = new Float64Array(size);
  const nextTheta = new Float64Array(size);
  const nextGradient = new Float64Array(size);
  let iterations = 0;
  for (; iterations < options.maxIterations; iterations++) {
    // Two-loop recursion: direction = −H·g.
    direction.set(gradient);
    const alphas: number[] = [];
    for (let m = memory.length - 1; m >= 0; m--) {
      const pair = memory[m];
      if (!pair) continue;
      const alpha = pair.rho * dot(pair.s, direction);
      alphas[m] = alpha;
      for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) - alpha * (pair.y[i] ?? 0);
    }
    const last = memory.at(-1);
    const scale = last
      ? dot(last.s, last.y) / dot(last.y, last.y)
      : 1 / Math.max(1, Math.sqrt(dot(gradient, gradient)));
    for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) * scale;
    for (let m = 0; m < memory.length; m++) {
      const pair = memory[m];
      if (!pair) continue;
      const beta = pair.rho * dot(pair.y, direction);
      for (let i = 0; i < size; i++)
        direction[i] = (direction[i] ?? 0) + (pair.s[i] ?? 0) * ((alphas[m] ?? 0) - beta);
    }
    for (let i = 0; i < size; i++) direction[i] = -(direction[i] ?? 0);
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction (curvature went wrong): fall back to steepest descent.
      memory.length = 0;
      for (let i = 0; i < size; i++) direction[i] = -(gradient[i] ?? 0);
      slope = dot(direction, gradient);
    }
    let step = 1;
    let nextLoss = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < size; i++) nextTheta[i] = (theta[i] ?? 0) + step * (direction[i] ?? 0);
      nextLoss = lossAndGradient(nextTheta, rows, options, nextGradient);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      s[i] = (nextTheta[i] ?? 0) - (theta[i] ?? 0);
      y[i] = (nextGradient[i] ?? 0) - (gradient[i] ?? 0);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      memory.push({ s, y, rho: 1 / sy });
      if (memory.length > 10) memory.shift();
    }
    const improvement = loss - nextLoss;
    theta.set(nextTheta);
    gradient.set(nextGradient);
    loss = nextLoss;
    if (improvement < 1e-10 || Math.sqrt(dot(gradient, gradient)) < 1e-7) {
      iterations++;
      break;
    }
  }
  return {
    weights: theta.slice(0, options.features),
    cuts: [theta[options.features] ?? 0, theta[options.features + 1] ?? 0],
    shifts: theta.slice(options.features + 2),
    iterations,
    loss,
  };
}
