/**
 * Difficulty of a listing (issue 4): beginner, intermediate or expert, a score in 0..1 and the
 * strongest reasons. Small and explainable on purpose: every signal adds a weight (weights.ts),
 * and the reasons shown are the weights that counted most.
 */
import type { DifficultyLevel, PlatformLevel } from '../core/model';
import { clientHistory, competition } from './signals/market';
import { duration, payRate } from './signals/pay';
import { deliverableSize, yearsAsked } from './signals/scope';
import { skillCount, skillKind } from './signals/skills';
import { wording } from './signals/wording';
import { readTerms } from './terms';
import type { Context, Contribution, DifficultyEstimate, DifficultyInput, Signal } from './types';
import { BEGINNER_UP_TO, BLOCKS_BEGINNER, EASY_WORK_UP_TO, EXPERT_FROM, MAX_REASONS } from './weights';

/**
 * What each signal is about: the work itself (its words and skills), the money and time terms,
 * or the market around it (client, competition). Only the work can show a job is beginner-friendly:
 * a low budget says the client is thrifty, not that the task is easy.
 */
type Kind = 'work' | 'terms' | 'market';

const SIGNALS: readonly (readonly [Kind, Signal])[] = [
  ['terms', payRate],
  ['terms', duration],
  ['work', wording],
  ['work', yearsAsked],
  ['work', deliverableSize],
  ['work', skillKind],
  ['work', skillCount],
  ['market', clientHistory],
  ['market', competition],
];

/** One signal's contribution, with what it was about. */
export type Weighed = Contribution & { kind: Kind };

export const LEVEL_OF_PLATFORM: Record<PlatformLevel, DifficultyLevel> = {
  entry: 'beginner',
  intermediate: 'intermediate',
  expert: 'expert',
};

const PLATFORM_WORD: Record<PlatformLevel, string> = {
  entry: 'Entry level',
  intermediate: 'Intermediate',
  expert: 'Expert',
};

const PLATFORM_NAMES: Record<string, string> = {
  upwork: 'Upwork',
  freelancer: 'Freelancer.com',
  fiverr: 'Fiverr',
  toptal: 'Toptal',
  peopleperhour: 'PeoplePerHour',
  guru: 'Guru',
};

/** "Entry level", "Expert", "intermediate", "$$$ Expert" → the platform level, if it is one. */
export function readPlatformLevel(text: string): PlatformLevel | undefined {
  const t = text.toLowerCase();
  if (/\bentry\b/.test(t)) return 'entry';
  if (/\bintermediate\b/.test(t)) return 'intermediate';
  if (/\bexpert\b/.test(t)) return 'expert';
  return undefined;
}

function contextOf(input: DifficultyInput): Context {
  const text = `${input.title}\n${input.description ?? ''}`.replace(/\s+/g, ' ').trim();
  return { input, text, terms: readTerms(input.budget, input.budgetText) };
}

/** A signal that throws on odd input must not take the whole estimate down with it. */
function collect(context: Context): Weighed[] {
  const out: Weighed[] = [];
  for (const [kind, signal] of SIGNALS) {
    try {
      for (const c of signal(context))
        if (Number.isFinite(c.weight) && c.weight !== 0) out.push({ ...c, kind });
    } catch {
      // Skipped: one signal fewer is better than no estimate.
    }
  }
  return out;
}

function levelFromText(score: number, contributions: readonly Weighed[]): DifficultyLevel {
  if (score >= EXPERT_FROM) return 'expert';
  // "Beginner must mean it": the score must be low, the work itself must look easy (a low price
  // or "one skill" alone is not enough), and nothing may ask for something hard.
  const easyWork = contributions.some((c) => c.kind === 'work' && c.weight <= EASY_WORK_UP_TO);
  const hardCue = contributions.some((c) => c.weight >= BLOCKS_BEGINNER);
  if (score <= BEGINNER_UP_TO && easyWork && !hardCue) return 'beginner';
  return 'intermediate';
}

/** Every contribution behind an estimate, strongest first: the full "why" behind the top reasons. */
export function explainDifficulty(input: DifficultyInput): Weighed[] {
  return collect(contextOf(input)).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

export function estimateDifficulty(input: DifficultyInput): DifficultyEstimate {
  const contributions = explainDifficulty(input);
  const logit = contributions.reduce((sum, c) => sum + c.weight, 0);
  const score = Math.round((1 / (1 + Math.exp(-logit))) * 1000) / 1000;
  const textLevel = levelFromText(score, contributions);
  const strongest = contributions.map((c) => c.reason).filter((reason, i, all) => all.indexOf(reason) === i);

  const platformLevel = input.platformLevel;
  if (!platformLevel) return { level: textLevel, score, reasons: strongest.slice(0, MAX_REASONS), textLevel };
  const level = LEVEL_OF_PLATFORM[platformLevel];
  const reasons =
    level === textLevel
      ? strongest.slice(0, MAX_REASONS)
      : [disagreement(input.platform, platformLevel, textLevel), ...strongest.slice(0, MAX_REASONS - 1)];
  return { level, score, reasons, textLevel, platformLevel };
}

function disagreement(
  platform: string | undefined,
  stated: PlatformLevel,
  textLevel: DifficultyLevel,
): string {
  const site = (platform && (PLATFORM_NAMES[platform.toLowerCase()] ?? platform)) || 'The marketplace';
  return `${site} says ${PLATFORM_WORD[stated]}; the text reads as ${textLevel}`;
}
