/**
 * Difficulty of a listing: beginner, intermediate or expert, a score in 0..1 (the chance a client
 * would mark it Expert) and the reasons, from the fitted model (model.json). The model reads the
 * text and terms only, never a level the marketplace prints; when there is one, it is the level
 * shown, and the model's reading is noted when the two disagree.
 */
import { levelName, platformLevelName } from '../core/format';
import { locale, t } from '../core/i18n';
import type { DifficultyLevel, PlatformLevel } from '../core/model';
import { MARKETPLACES } from '../core/platforms';
import { type HeldBack, heldBackFromBeginner, heldBackReason } from './beyond-beginner';
import { factsOf } from './features';
import { contributionsOf, type DifficultyModel, expertChance, MODEL, vocabularyOf } from './model';
import { reasonsOf, type Weighed } from './reasons';
import type { DifficultyEstimate, DifficultyInput } from './types';

/** How many reasons the user sees. */
export const MAX_REASONS = 4;
/** A reason must move the linear score at least this much to be worth saying. */
const MIN_REASON_WEIGHT = 0.05;

export const LEVEL_OF_PLATFORM: Record<PlatformLevel, DifficultyLevel> = {
  entry: 'beginner',
  intermediate: 'intermediate',
  expert: 'expert',
};

/** "Entry level", "Expert", "intermediate", "$$$ Expert" → the platform level, if it is one. */
export function readPlatformLevel(text: string): PlatformLevel | undefined {
  const t = text.toLowerCase();
  if (/\bentry\b/.test(t)) return 'entry';
  if (/\bintermediate\b/.test(t)) return 'intermediate';
  if (/\bexpert\b/.test(t)) return 'expert';
  return undefined;
}

/** The model's reading of a listing: its linear score, facts and worded contributions. */
export interface Reading {
  /** Linear score: higher is harder. */
  linear: number;
  reasons: Weighed[];
  uncertain: boolean;
  textLevel: DifficultyLevel;
  /** The score reads as beginner, but the client asks for more (./beyond-beginner.ts): intermediate. */
  heldBack?: HeldBack;
}

export function readListing(input: DifficultyInput, model: DifficultyModel = MODEL): Reading {
  const facts = factsOf(input, vocabularyOf(model));
  const contributions = contributionsOf(facts, model);
  const linear = contributions.reduce((sum, c) => sum + c.contribution, 0);
  const { beginnerUpTo, expertFrom, uncertainUnderWords } = model.levels;
  const scored: DifficultyLevel =
    linear >= expertFrom ? 'expert' : linear <= beginnerUpTo ? 'beginner' : 'intermediate';
  const heldBack = scored === 'beginner' ? heldBackFromBeginner(facts, input.platform) : undefined;
  return {
    linear,
    reasons: reasonsOf(contributions, facts, input),
    uncertain: facts.descriptionWords < uncertainUnderWords,
    textLevel: heldBack ? 'intermediate' : scored,
    ...(heldBack ? { heldBack } : {}),
  };
}

/** Every worded contribution behind an estimate, strongest first: the full "why" behind the top reasons. */
export function explainDifficulty(input: DifficultyInput, model: DifficultyModel = MODEL): Weighed[] {
  return readListing(input, model).reasons;
}

/** Reasons that agree with the level first (for beginner: what makes it easier), then the rest. */
function ordered(reasons: readonly Weighed[], level: DifficultyLevel): string[] {
  const shown = reasons.filter((r) => Math.abs(r.weight) >= MIN_REASON_WEIGHT);
  const agrees = (r: Weighed) =>
    level === 'beginner' ? r.weight < 0 : level === 'expert' ? r.weight > 0 : true;
  return [...shown.filter(agrees), ...shown.filter((r) => !agrees(r))].map((r) => r.reason);
}

export function estimateDifficulty(
  input: DifficultyInput,
  model: DifficultyModel = MODEL,
): DifficultyEstimate {
  const reading = readListing(input, model);
  const { textLevel, uncertain } = reading;
  const score = Math.round(expertChance(reading.linear, model) * 10_000) / 10_000;
  const first: string[] = [];
  const platformLevel = input.platformLevel;
  const level = platformLevel ? LEVEL_OF_PLATFORM[platformLevel] : textLevel;
  if (platformLevel && level !== textLevel)
    first.push(disagreement(input.platform, platformLevel, textLevel));
  // A guess from a title is said to be one, unless the marketplace's own level is shown.
  if (uncertain && !platformLevel) first.push(t('reasonLittleText'));
  if (reading.heldBack) first.push(heldBackReason(reading.heldBack));
  const reasons = [...first, ...ordered(reading.reasons, textLevel)].slice(0, MAX_REASONS);
  return {
    level,
    score,
    reasons,
    textLevel,
    uncertain: uncertain && !platformLevel,
    ...(platformLevel ? { platformLevel } : {}),
  };
}

function disagreement(
  platform: string | undefined,
  stated: PlatformLevel,
  textLevel: DifficultyLevel,
): string {
  const known = MARKETPLACES.find((m) => m.id === platform?.toLowerCase())?.label;
  const site = known ?? (platform || t('reasonTheMarketplace'));
  return t(
    'reasonPlatformSays',
    site,
    platformLevelName(stated),
    levelName(textLevel).toLocaleLowerCase(locale()),
  );
}
