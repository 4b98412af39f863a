/**
 * The demand picture as the popup shows it: per skill, new listings over 7, 30 and 90 days, the
 * trend, the beginner share, median pay and the skills asked for beside it. Built from the weekly
 * rows (`SkillWeek`), so its cost is bounded by skills × weeks, never by listings seen.
 */
import * as z from 'zod/mini';
import { Platform } from '../core/model';
import { weekOf, weightedMedian } from '../core/time';
import { ALL_SKILLS, type PaySamples, type SkillWeek, WINDOWS, WindowCounts } from './tallies';

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

/** A skill to learn next, as the Demand tab shows it (computed in the background by `learnNext`). */
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

function summariseSkill(skill: string, rows: readonly SkillWeek[], today: number): SkillDemand {
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
