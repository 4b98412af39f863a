/**
 * Demand tallies: which skills the market asks for, where, how often, and what it pays.
 *
 * A listing counts once, on the day SkillScout first saw it (a reload, another tab or a
 * second visit next week does not count it again). Counts are kept per skill and per
 * 7-day bucket (`SkillWeek`), so answering the popup reads a number of rows bounded by
 * skills × weeks, not by how many listings were ever seen.
 */
import * as z from 'zod/mini';
import { type Budget, Platform } from './model';
import { dayOf, weekOf, weightedMedian } from './time';

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
  if (!budget) return undefined;
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

export const PayFigure = z.object({ currency: z.string(), median: z.number(), samples: z.number() });
export type PayFigure = z.infer<typeof PayFigure>;

export const SkillDemand = z.object({
  skill: z.string(),
  counts: WindowCounts,
  byPlatform: z.partialRecord(Platform, WindowCounts),
  /** New listings in the last 7 days against the weekly average of the 3 weeks before. */
  trend: z.object({ thisWeek: z.number(), weeklyBefore: z.number(), change: z.nullable(z.number()) }),
  /** Share of the last 90 days' listings that are beginner level; null when there were none. */
  beginnerShare: z.nullable(z.number()),
  /** Medians over the weeks the 90-day window touches, per currency, most samples first. */
  pay: z.object({ hourly: z.array(PayFigure), fixed: z.array(PayFigure) }),
  coSkills: z.array(z.object({ skill: z.string(), count: z.number() })),
});
export type SkillDemand = z.infer<typeof SkillDemand>;

/** A skill to learn next, as the Demand tab shows it (computed in the background, lib/learn-next.ts). */
export const LearnNext = z.object({
  skill: z.string(),
  name: z.string(),
  /** The user's skills that lead to it. */
  via: z.array(z.string()),
  /** Beginner-level listings in the last 90 days that asked for it. */
  beginnerGigs: z.number(),
  /** All listings in the last 30 days that asked for it. */
  recent: z.number(),
});
export type LearnNext = z.infer<typeof LearnNext>;

export const DemandReport = z.object({
  today: z.number(),
  totals: WindowCounts,
  /** All listings per platform (the popup's platform breakdown). */
  byPlatform: SkillDemand.shape.byPlatform,
  skills: z.array(SkillDemand),
});
export type DemandReport = z.infer<typeof DemandReport>;

const zeroCounts = (): WindowCounts => ({ d7: 0, d30: 0, d90: 0 });

/** Adds a row's per-day numbers into window counts as of `today`. */
function addWindows(target: WindowCounts, week: number, perDay: readonly number[], today: number): void {
  perDay.forEach((n, i) => {
    const age = today - (week * 7 + i);
    if (n === 0 || age < 0) return;
    for (const w of WINDOWS) if (age < w) target[`d${w}`] += n;
  });
}

function sumDays(week: number, perDay: readonly number[], from: number, to: number): number {
  let total = 0;
  perDay.forEach((n, i) => {
    const day = week * 7 + i;
    if (day >= from && day <= to) total += n;
  });
  return total;
}

function payFigures(rows: readonly SkillWeek[], pick: (row: SkillWeek) => PaySamples): PayFigure[] {
  const byCurrency = new Map<string, Map<number, number>>();
  for (const row of rows) {
    for (const [currency, counts] of Object.entries(pick(row))) {
      const merged = byCurrency.get(currency) ?? new Map<number, number>();
      for (const [amount, n] of Object.entries(counts))
        merged.set(Number(amount), (merged.get(Number(amount)) ?? 0) + n);
      byCurrency.set(currency, merged);
    }
  }
  return [...byCurrency]
    .map(([currency, counts]) => {
      const samples = [...counts.values()].reduce((a, b) => a + b, 0);
      return { currency, median: weightedMedian(counts) ?? 0, samples };
    })
    .sort((a, b) => b.samples - a.samples || a.currency.localeCompare(b.currency));
}

export function summariseSkill(skill: string, rows: readonly SkillWeek[], today: number): SkillDemand {
  const counts = zeroCounts();
  const byPlatform: SkillDemand['byPlatform'] = {};
  let thisWeek = 0;
  let before = 0;
  let beginner90 = 0;
  const recent = rows.filter((row) => row.week >= weekOf(today - 89));
  const co = new Map<string, number>();
  for (const row of rows) {
    addWindows(counts, row.week, row.days, today);
    for (const [platform, perDay] of Object.entries(row.platforms) as Array<[Platform, number[]]>) {
      const counted = byPlatform[platform] ?? zeroCounts();
      addWindows(counted, row.week, perDay, today);
      byPlatform[platform] = counted;
    }
    thisWeek += sumDays(row.week, row.days, today - 6, today);
    before += sumDays(row.week, row.days, today - 27, today - 7);
    beginner90 += sumDays(row.week, row.beginner, today - 89, today);
  }
  for (const row of recent)
    for (const [other, n] of Object.entries(row.with)) co.set(other, (co.get(other) ?? 0) + n);
  const weeklyBefore = before / 3;
  return {
    skill,
    counts,
    byPlatform,
    trend: {
      thisWeek,
      weeklyBefore,
      change: weeklyBefore > 0 ? (thisWeek - weeklyBefore) / weeklyBefore : null,
    },
    beginnerShare: counts.d90 > 0 ? beginner90 / counts.d90 : null,
    pay: { hourly: payFigures(recent, (r) => r.hourly), fixed: payFigures(recent, (r) => r.fixed) },
    coSkills: [...co]
      .map(([other, count]) => ({ skill: other, count }))
      .sort((a, b) => b.count - a.count || a.skill.localeCompare(b.skill))
      .slice(0, 5),
  };
}

/** The demand picture as of `today` from the weekly rows of the last 90 days (older rows are ignored). */
export function demandReport(rows: readonly SkillWeek[], today: number, limit = 50): DemandReport {
  const bySkill = new Map<string, SkillWeek[]>();
  for (const row of rows) {
    if (row.week < weekOf(today - 89) || row.week > weekOf(today)) continue;
    const list = bySkill.get(row.skill) ?? [];
    list.push(row);
    bySkill.set(row.skill, list);
  }
  const all = bySkill.get(ALL_SKILLS);
  bySkill.delete(ALL_SKILLS);
  const skills = [...bySkill]
    .map(([skill, skillRows]) => summariseSkill(skill, skillRows, today))
    .filter((s) => s.counts.d90 > 0)
    .sort(
      (a, b) => b.counts.d30 - a.counts.d30 || b.counts.d90 - a.counts.d90 || a.skill.localeCompare(b.skill),
    )
    .slice(0, limit);
  const overall = all ? summariseSkill(ALL_SKILLS, all, today) : undefined;
  return { today, totals: overall?.counts ?? zeroCounts(), byPlatform: overall?.byPlatform ?? {}, skills };
}
