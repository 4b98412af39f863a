/**
 * Demand tallies: which skills the market asks for, where, how often, and what it pays.
 *
 * A listing counts once, on the day SkillScout first saw it (a reload, another tab or a
 * second visit next week does not count it again). Counts are kept per skill and per
 * 7-day bucket (`SkillWeek`), so answering the popup reads a number of rows bounded by
 * skills × weeks, not by how many listings were ever seen.
 */
import * as z from 'zod/mini';
import { type Budget, Platform } from '../core/model';
import { dayOf } from '../core/time';

/**
 * Whether a listing is demand: a client asking for work. Fiverr lists gigs sellers offer,
 * which is supply (the competition), so it is stored and shown but not counted as demand.
 */
export function isDemand(platform: Platform): boolean {
  return platform !== 'fiverr';
}

/** The row that counts every listing, whatever its skills. */
export const ALL_SKILLS = '*';
export const WINDOWS = [7, 30, 90] as const;
export const WindowCounts = z.object({ d7: z.number(), d30: z.number(), d90: z.number() });
export type WindowCounts = z.infer<typeof WindowCounts>;

/** What a listing contributes to the tallies, read once when it is first seen. */
export interface ListingFacts {
  platform: Platform;
  skills: readonly string[];
  beginner: boolean;
  budget?: Budget;
  firstSeenAt: number;
}

/**
 * Pay samples by currency (mixing currencies in one median would mean nothing), each as
 * amount → how many listings paid it. Budgets cluster on round amounts, so a row stays
 * small however many listings it counts, and the median is still exact.
 */
const PaySamples = z.record(z.string(), z.record(z.string(), z.number().check(z.int(), z.positive())));
export type PaySamples = z.infer<typeof PaySamples>;
const PerDay = z.array(z.number().check(z.nonnegative())).check(z.length(7));

export const SkillWeek = z.object({
  skill: z.string().check(z.minLength(1)),
  week: z.number().check(z.int()),
  /** New listings on each day of the bucket (index 0 = day `week * 7`). */
  days: PerDay,
  beginner: PerDay,
  platforms: z.partialRecord(Platform, PerDay),
  hourly: PaySamples,
  fixed: PaySamples,
  /** How often each other skill appeared in the same listing. */
  with: z.record(z.string(), z.number()),
});
export type SkillWeek = z.infer<typeof SkillWeek>;

export function emptyWeek(skill: string, week: number): SkillWeek {
  const zeros = () => [0, 0, 0, 0, 0, 0, 0];
  return { skill, week, days: zeros(), beginner: zeros(), platforms: {}, hourly: {}, fixed: {}, with: {} };
}

/** The rows a listing adds to: one per distinct skill, plus the all-listings row. */
export function rowSkills(facts: ListingFacts): string[] {
  return [...new Set([ALL_SKILLS, ...facts.skills])];
}

/** The middle of a budget's range: "$20–$45/hr" pays about $32.50/hr. */
export function payOf(budget: Budget | undefined): number | undefined {
  // A salary ("$4,000/month") is neither a rate nor a price for one gig: it is no sample of either.
  if (!budget || budget.period) return undefined;
  const { min, max } = budget;
  if (min === undefined && max === undefined) return undefined;
  const value = ((min ?? max ?? 0) + (max ?? min ?? 0)) / 2;
  return value > 0 ? value : undefined;
}

/** Adds `by` to a count, dropping a key that reaches zero (a count never goes below it). */
function bump(counts: Record<string, number>, key: string, by: number): void {
  const next = Math.max(0, (counts[key] ?? 0) + by);
  if (next === 0) delete counts[key];
  else counts[key] = next;
}

/**
 * Adds one newly seen listing to a skill's row for the week it was first seen in; `by = -1`
 * takes it back out (when a listing is tagged again and counts under other skills or level).
 */
export function countListing(row: SkillWeek, facts: ListingFacts, by: 1 | -1 = 1): SkillWeek {
  const index = dayOf(facts.firstSeenAt) - row.week * 7;
  if (index < 0 || index > 6)
    throw new RangeError(`listing seen on day ${dayOf(facts.firstSeenAt)} is outside week ${row.week}`);
  const add = (days: number[]) => {
    days[index] = Math.max(0, (days[index] ?? 0) + by);
  };
  add(row.days);
  if (facts.beginner) add(row.beginner);
  const platform = row.platforms[facts.platform] ?? [0, 0, 0, 0, 0, 0, 0];
  add(platform);
  row.platforms[facts.platform] = platform;
  const pay = payOf(facts.budget);
  if (pay !== undefined && facts.budget) {
    const samples = facts.budget.kind === 'hourly' ? row.hourly : row.fixed;
    const counts = samples[facts.budget.currency] ?? {};
    bump(counts, String(Math.round(pay * 100) / 100), by);
    if (Object.keys(counts).length > 0) samples[facts.budget.currency] = counts;
    else delete samples[facts.budget.currency];
  }
  if (row.skill !== ALL_SKILLS) {
    for (const other of new Set(facts.skills)) if (other !== row.skill) bump(row.with, other, by);
  }
  return row;
}
