/**
 * The rate-raise nudge: people who turn gigs into a career raise their rate after
 * a few successful gigs in a skill (a common rule: after three, by about 30%). The raise is
 * bounded by what the market pays for the skill, so the nudge never prices the user out.
 */

import type { ProgressEntry } from '../core/model';
import type { DemandReport } from '../demand/report';
import { skillShares } from './insights';
import type { RateNudge } from './schemas';

export interface NudgeOptions {
  /** Successful gigs in a skill before a raise is suggested. */
  minGigs: number;
  /** A gig counts as successful with at least this client rating. */
  minRating: number;
  /** The raise, as a fraction (0.3 = 30%). */
  raise: number;
}

export const DEFAULT_NUDGE: NudgeOptions = { minGigs: 3, minRating: 4.5, raise: 0.3 };

/**
 * The median hourly pay the demand shows for a skill in a currency. Only the same currency
 * is comparable with what the user earned; the report lists currencies most samples first
 * (USD, on these marketplaces), so the first match is the best-sampled figure.
 */
export function marketHourly(
  demand: DemandReport | undefined,
  skill: string,
  currency: string,
): number | undefined {
  const figure = demand?.skills
    .find((s) => s.skill === skill)
    ?.pay.hourly.find((p) => p.currency === currency);
  return figure && figure.samples > 0 ? figure.median : undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * One nudge per skill and currency with at least `minGigs` successful gigs (rated
 * `minRating` or more). The current rate is the one earned over those gigs (the split
 * rule of insights.ts: each skill's share of hours and earnings); the suggestion is that
 * rate raised by `raise`, lowered to the market median when the raise would pass it. A
 * user already at or above the median is told so (`capped`, suggestion = current rate).
 */
export function rateNudges(
  entries: readonly ProgressEntry[],
  demand: DemandReport | undefined,
  options: NudgeOptions = DEFAULT_NUDGE,
): RateNudge[] {
  const groups = new Map<
    string,
    { skill: string; currency: string; gigs: number; hours: number; earnings: number }
  >();
  for (const entry of entries) {
    if (entry.rating === undefined || entry.rating < options.minRating) continue;
    for (const share of skillShares(entry)) {
      const id = `${entry.currency} ${share.skill}`;
      const group = groups.get(id) ?? {
        skill: share.skill,
        currency: entry.currency,
        gigs: 0,
        hours: 0,
        earnings: 0,
      };
      group.gigs += 1;
      group.hours += share.hours;
      group.earnings += share.earnings;
      groups.set(id, group);
    }
  }
  const nudges: RateNudge[] = [];
  for (const group of groups.values()) {
    if (group.gigs < options.minGigs || group.hours <= 0) continue;
    const current = group.earnings / group.hours;
    const raised = current * (1 + options.raise);
    const median = marketHourly(demand, group.skill, group.currency);
    const capped = median !== undefined && raised > median;
    const suggested = capped ? Math.max(current, median) : raised;
    nudges.push({
      skill: group.skill,
      currency: group.currency,
      successfulGigs: group.gigs,
      currentRate: round2(current),
      suggestedRate: round2(suggested),
      ...(median !== undefined ? { marketMedian: median } : {}),
      capped,
    });
  }
  return nudges.sort((a, b) => b.successfulGigs - a.successfulGigs || a.skill.localeCompare(b.skill));
}
