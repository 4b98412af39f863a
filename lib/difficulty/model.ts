/**
 * The fitted difficulty model (model.json, written by `npm run fit:difficulty`): one weight per
 * feature, the ordinal cut-points, and the level cut-offs chosen on held-out rows. This module
 * only reads it; lib/difficulty/README.md says how it was made.
 */

import { type Facts, featuresOf, PHRASE } from './features';
import fitted from './model.json';

export interface LevelCutoffs {
  /** Linear score at or below which a listing reads as beginner… */
  beginnerUpTo: number;
  /** …at or above which it reads as expert. */
  expertFrom: number;
  /** Fewer description words than this: too little text to judge, the level is uncertain. */
  uncertainUnderWords: number;
}

export interface DifficultyModel {
  /** Linear-score cut-points: P(at least intermediate) = σ(η − cuts[0]), P(expert) = σ(η − cuts[1]). */
  cuts: [number, number];
  /** Weights of the named signals (`pay.hourlyRate`, `cue.senior`, …). */
  signals: Record<string, number>;
  /** Weights of the phrases of the vocabulary. */
  phrases: Record<string, number>;
  levels: LevelCutoffs;
}

// JSON imports widen tuples to arrays; the file's shape is checked by a unit test.
export const MODEL: DifficultyModel = fitted as unknown as DifficultyModel;

/** One feature's share of the linear score. */
export interface FeatureContribution {
  feature: string;
  value: number;
  contribution: number;
}

const vocabularies = new WeakMap<DifficultyModel, ReadonlySet<string>>();

/** The phrases a model weighs, as a set, made once per model. */
export function vocabularyOf(model: DifficultyModel): ReadonlySet<string> {
  let vocabulary = vocabularies.get(model);
  if (!vocabulary) {
    vocabulary = new Set(Object.keys(model.phrases));
    vocabularies.set(model, vocabulary);
  }
  return vocabulary;
}

const weightOf = (model: DifficultyModel, feature: string): number =>
  (feature.startsWith(PHRASE) ? model.phrases[feature.slice(PHRASE.length)] : model.signals[feature]) ?? 0;

/** Every feature the model weighs in this listing, with its contribution (weight × value). */
export function contributionsOf(facts: Facts, model: DifficultyModel = MODEL): FeatureContribution[] {
  const out: FeatureContribution[] = [];
  for (const [feature, value] of featuresOf(facts, { vocabulary: vocabularyOf(model) })) {
    const contribution = weightOf(model, feature) * value;
    if (contribution !== 0 && Number.isFinite(contribution)) out.push({ feature, value, contribution });
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The chance the client would mark a listing of this linear score Expert. */
export const expertChance = (eta: number, model: DifficultyModel = MODEL): number =>
  sigmoid(eta - model.cuts[1]);
