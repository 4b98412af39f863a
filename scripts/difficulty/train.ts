/**
 * Fitting the difficulty model: the vocabulary of phrases, the feature matrix, the ordinal fit,
 * and cross-validation that scores every row with a model that never saw it. Shared by
 * `npm run fit:difficulty`, `npm run eval:difficulty` and the test that refits the fixture.
 */

import type { PlatformLevel } from '../../lib/core/model';
import { DENSE_FEATURES, type Facts, featuresOf, PHRASE } from '../../lib/difficulty/features';
import { fitOrdinal, type Level, type SparseRow } from './ordinal';

export interface FitSettings {
  /** A phrase becomes a feature when at least this many training rows hold it… */
  minRows: number;
  /** …in at least this many cross-validation groups (so no one search's jargon is learned alone). */
  minGroups: number;
  /** L2 penalty on the mean loss, for the named signals and for each phrase. */
  l2Signals: number;
  l2Phrases: number;
  l2Shifts: number;
  /** How much one row of each source counts (the tiles outnumber the pages three to one). */
  sourceWeights: Record<string, number>;
  /** How much one row of each level counts: Entry jobs are one in twenty, and beginner calls rest on them. */
  levelWeights: Record<PlatformLevel, number>;
  maxIterations: number;
  /** Weights are rounded to this many decimals, so the file stays small… */
  decimals: number;
  /** …and a phrase whose weight is smaller than this is dropped: it would change no call. */
  minPhraseWeight: number;
}

/** A row ready to fit: its facts read once. */
export interface Example {
  id: string;
  source: string;
  group: string;
  label: PlatformLevel;
  facts: Facts;
}

export interface FittedModel {
  /** Feature name → weight, in a fixed order: signals first, then phrases alphabetically. */
  weights: [string, number][];
  cuts: [number, number];
  iterations: number;
  shifts: Record<string, number>;
}

const LEVEL: Record<PlatformLevel, Level> = { entry: 0, intermediate: 1, expert: 2 };

/** Plain code-point order: the same on every machine and locale. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function vocabularyOf(examples: readonly Example[], settings: FitSettings): string[] {
  const rows = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const phrase of e.facts.phrases) {
      rows.set(phrase, (rows.get(phrase) ?? 0) + 1);
      const seen = groups.get(phrase) ?? new Set<string>();
      seen.add(e.group);
      groups.set(phrase, seen);
    }
  }
  return [...rows]
    .filter(([phrase, n]) => n >= settings.minRows && (groups.get(phrase)?.size ?? 0) >= settings.minGroups)
    .map(([phrase]) => phrase)
    .sort(byCodePoint);
}

function sparse(x: Map<string, number>, index: Map<string, number>): Pick<SparseRow, 'index' | 'value'> {
  const entries = [...x].flatMap(([name, v]) => {
    const i = index.get(name);
    return i === undefined ? [] : [[i, v] as const];
  });
  entries.sort((a, b) => a[0] - b[0]);
  return {
    index: Int32Array.from(entries.map((e) => e[0])),
    value: Float64Array.from(entries.map((e) => e[1])),
  };
}

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

export function fitModel(examples: readonly Example[], settings: FitSettings): FittedModel {
  const vocabulary = vocabularyOf(examples, settings);
  const names = [...DENSE_FEATURES, ...vocabulary.map((p) => PHRASE + p)];
  const index = new Map(names.map((n, i) => [n, i]));
  const sources = [...new Set(examples.map((e) => e.source))].sort(byCodePoint);
  const sourceIndex = new Map(sources.map((s, i) => [s, i]));
  const vocabularySet = new Set(vocabulary);
  const rows: SparseRow[] = examples.map((e) => ({
    ...sparse(featuresOf(e.facts, { vocabulary: vocabularySet }), index),
    level: LEVEL[e.label],
    weight: (settings.sourceWeights[e.source] ?? 1) * (settings.levelWeights[e.label] ?? 1),
    source: sourceIndex.get(e.source) ?? 0,
  }));
  const penalty = Float64Array.from(names, (n) =>
    n.startsWith(PHRASE) ? settings.l2Phrases : settings.l2Signals,
  );
  const fit = fitOrdinal(rows, {
    features: names.length,
    sources: sources.length,
    penalty,
    shiftPenalty: settings.l2Shifts,
    maxIterations: settings.maxIterations,
  });
  const weights: [string, number][] = names.flatMap((name, i) => {
    const w = round(fit.weights[i] ?? 0, settings.decimals);
    const tooSmall = name.startsWith(PHRASE) && Math.abs(w) < settings.minPhraseWeight;
    return w === 0 || tooSmall ? [] : [[name, w] as [string, number]];
  });
  return {
    weights,
    cuts: [round(fit.cuts[0], settings.decimals), round(fit.cuts[1], settings.decimals)],
    iterations: fit.iterations,
    shifts: Object.fromEntries(sources.map((s, i) => [s, round(fit.shifts[i] ?? 0, settings.decimals)])),
  };
}

/** The model's linear score for a listing's facts (higher = harder). */
export function scoreWith(model: Pick<FittedModel, 'weights'>): (facts: Facts) => number {
  const weights = new Map(model.weights);
  const vocabulary = new Set(
    model.weights.flatMap(([name]) => (name.startsWith(PHRASE) ? [name.slice(PHRASE.length)] : [])),
  );
  return (facts) => {
    let eta = 0;
    for (const [name, v] of featuresOf(facts, { vocabulary })) eta += (weights.get(name) ?? 0) * v;
    return eta;
  };
}

/**
 * Leave-one-group-out: each group (a job-page search, a third of the tiles, the feed) is scored
 * by a model fitted on all the others, vocabulary included. Returns the held-out score of every
 * example, in order.
 */
export function crossValidate(examples: readonly Example[], settings: FitSettings): number[] {
  const scores = new Array<number>(examples.length).fill(0);
  const groups = [...new Set(examples.map((e) => e.group))].sort(byCodePoint);
  for (const group of groups) {
    const model = fitModel(
      examples.filter((e) => e.group !== group),
      settings,
    );
    const score = scoreWith(model);
    examples.forEach((e, i) => {
      if (e.group === group) scores[i] = score(e.facts);
    });
  }
  return scores;
}
