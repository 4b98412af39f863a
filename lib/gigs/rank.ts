/**
 * Ranking the gigs the popup's Matches tab shows. The fit (`assessFit`) leads: a gig that
 * practises one new skill beside known ones is what SkillScout is for. Difficulty, pay and
 * freshness break ties between gigs that fit about as well, so they weigh less.
 */

import { MATCH_WINDOW_DAYS } from '../core/limits';
import type { Budget, DifficultyLevel, Listing, Tags } from '../core/model';
import { usdValue } from '../core/money';
import type { Profile } from '../core/profile';
import { DAY_MS } from '../core/time';
import { payOf } from '../demand/tallies';
import { assessFit, type Fit } from './fit';

export interface RankInput {
  fit: Pick<Fit, 'score'>;
  level: DifficultyLevel;
  /** The level is a guess from too little text. */
  uncertain?: boolean;
  budget: Budget | undefined;
  lastSeenAt: number;
  now: number;
}

/**
 * Pay as a small bonus: $15/h or a $150 fixed price earn half a point, more pay at most one.
 * Compared in US dollars: ₹12,500 is a $140 job, not a $12,500 one.
 */
function payBonus(budget: Budget | undefined): number {
  const pay = payOf(budget);
  const amount = pay === undefined || !budget ? undefined : usdValue(pay, budget.currency);
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

/** A listing shown on the page the side panel follows, with what the background said of it. */
export interface PageListing {
  listing: Listing;
  tags: Tags;
  queued: boolean;
}

export interface RankedListing extends PageListing {
  have: string[];
  learn: string[];
  rank: number;
  /** It fits the profile (`Fit.match`): counted on the badge, listed first. */
  fits: boolean;
  lastSeenAt: number;
}

/**
 * The listings of one page in the Matches tab's order: the ones that fit first, then by
 * `matchRank` (fit, difficulty, pay; all are seen now, so freshness ties), then as the page
 * shows them. The same rules as the Matches tab, so the panel and the popup never disagree.
 */
export function rankPage(profile: Profile, listings: readonly PageListing[], now: number): RankedListing[] {
  return listings
    .map((item, order) => {
      const fit = assessFit(profile, item.tags);
      const { level, uncertain } = item.tags.difficulty;
      const rank = matchRank({
        fit,
        level,
        uncertain: uncertain === true,
        budget: item.listing.budget,
        lastSeenAt: now,
        now,
      });
      return { ...item, have: fit.have, learn: fit.learn, rank, fits: fit.match, lastSeenAt: now, order };
    })
    .sort((a, b) => Number(b.fits) - Number(a.fits) || b.rank - a.rank || a.order - b.order)
    .map(({ order: _order, ...ranked }) => ranked);
}
