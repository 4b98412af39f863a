/**
 * Ranking the gigs the popup's Matches tab shows. The fit (`assessFit`) leads: a gig that
 * practises one new skill beside known ones is what SkillScout is for. Difficulty, pay and
 * freshness break ties between gigs that fit about as well, so they weigh less.
 */

import { MATCH_WINDOW_DAYS } from '../core/limits';
import type { Budget, DifficultyLevel } from '../core/model';
import { DAY_MS } from '../core/time';
import { payOf } from '../demand/tallies';
import type { Fit } from './fit';

export interface RankInput {
  fit: Pick<Fit, 'score'>;
  level: DifficultyLevel;
  /** The level is a guess from too little text. */
  uncertain?: boolean;
  budget: Budget | undefined;
  lastSeenAt: number;
  now: number;
}

/** Pay as a small bonus: $15/h or a $150 fixed price earn half a point, more pay at most one. */
function payBonus(budget: Budget | undefined): number {
  const amount = payOf(budget);
  if (amount === undefined || !budget) return 0;
  const reference = budget.kind === 'hourly' ? 30 : 300;
  return Math.min(amount / reference, 1);
}

export function matchRank({ fit, level, uncertain, budget, lastSeenAt, now }: RankInput): number {
  const ageDays = Math.max(0, (now - lastSeenAt) / DAY_MS);
  return (
    fit.score +
    // A beginner level guessed from a title counts half: a sure one is the better bet.
    (level === 'beginner' ? (uncertain ? 0.5 : 1) : 0) +
    payBonus(budget) -
    // A gig seen a month ago has probably been filled: up to one point off.
    Math.min(ageDays / MATCH_WINDOW_DAYS, 1)
  );
}
