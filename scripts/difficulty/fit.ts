/**
 * The whole fit, from labelled rows to the contents of lib/difficulty/model.json: examples read
 * once, held-out scores by cross-validation, cut-offs chosen on them, the final model on every
 * row, and the fixture check that lets a unit test prove this code made the committed file.
 */
import { createHash } from 'node:crypto';
import { heldBackFromBeginner } from '../../lib/difficulty/beyond-beginner';
import { factsOf } from '../../lib/difficulty/features';
import type { DifficultyModel } from '../../lib/difficulty/model';
import { confidentSkills, tagText } from '../../lib/skills';
import { type Cutoffs, chooseCutoffs, type Scored } from './cutoffs';
import type { LabelledRow } from './data';
import { crossValidate, type Example, type FitSettings, type FittedModel, fitModel } from './train';

/** Chosen by leave-one-group-out cross-validation on the labelled rows (the evaluation prints it). */
export const SETTINGS: FitSettings = {
  minRows: 5,
  minGroups: 2,
  l2Signals: 0.001,
  l2Phrases: 0.02,
  l2Shifts: 0.01,
  sourceWeights: {},
  levelWeights: { entry: 1, intermediate: 1, expert: 1 },
  maxIterations: 300,
  decimals: 3,
  minPhraseWeight: 0.02,
};

/** Fewer description words than this and the level is uncertain: a title, a bare gig, a one-liner. */
export const UNCERTAIN_UNDER_WORDS = 20;

/** A labelled row as the fit sees it: its skills tagged and its facts read, as the extension would. */
export function exampleOf(row: Pick<LabelledRow, 'id' | 'source' | 'group' | 'input' | 'label'>): Example {
  const { title, description, platformSkills } = row.input;
  // The skills the extension gives the estimate: those the job asks for, not every mention.
  const skills = confidentSkills(tagText({ title, description, platformSkills })).map((s) => s.id);
  return {
    id: row.id,
    source: row.source,
    group: row.group,
    label: row.label,
    facts: factsOf({ ...row.input, skills }),
  };
}

/** A held-out score as the cut-offs see it: with whether the listing could be a beginner call at all. */
export const scoredOf = (e: Example, score: number): Scored => ({
  score,
  label: e.label,
  ...(heldBackFromBeginner(e.facts) ? { heldBack: true } : {}),
});

/** The parts of model.json that come out of a fit. */
export function modelOf(
  fit: FittedModel,
  cutoffs: Pick<Cutoffs, 'beginnerUpTo' | 'expertFrom'>,
): DifficultyModel {
  const signals: Record<string, number> = {};
  const phrases: Record<string, number> = {};
  for (const [name, w] of fit.weights) {
    if (name.startsWith('w:')) phrases[name.slice(2)] = w;
    else signals[name] = w;
  }
  return {
    cuts: fit.cuts,
    signals,
    phrases,
    levels: {
      beginnerUpTo: cutoffs.beginnerUpTo,
      expertFrom: cutoffs.expertFrom,
      uncertainUnderWords: UNCERTAIN_UNDER_WORDS,
    },
  };
}

export interface FitResult {
  model: DifficultyModel;
  cutoffs: Cutoffs;
  /** Held-out score of every example, in order. */
  heldOut: number[];
  iterations: number;
}

export function fitAll(examples: readonly Example[], settings: FitSettings = SETTINGS): FitResult {
  const heldOut = crossValidate(examples, settings);
  const cutoffs = chooseCutoffs(examples.map((e, i) => scoredOf(e, heldOut[i] ?? 0)));
  const fit = fitModel(examples, settings);
  return { model: modelOf(fit, cutoffs), cutoffs, heldOut, iterations: fit.iterations };
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A digest of a fitted model's weights and cut-points: equal digests, equal models. */
export const digestOf = (fit: FittedModel): string =>
  sha256(JSON.stringify({ weights: fit.weights, cuts: fit.cuts }));
