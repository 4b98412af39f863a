/**
 * Insights from the progress log: earnings per hour per skill and per platform,
 * skills over time, and the user's own platform comparison. Pure and hand-checkable.
 *
 * Split rule: a gig that applied several skills gives each of them an equal share of its
 * hours and its earnings (3 skills, 6 h, $90 → 2 h and $30 each). The log does not say
 * which skill took how long, and an even split keeps every total equal to the log's.
 * Gigs with no skills are left out of the per-skill figures only.
 */
import type { Platform, ProgressEntry, QueueItem } from '../core/model';
import type { MonthRow, PlatformRow, RateRow } from './schemas';

export interface Share {
  skill: string;
  hours: number;
  earnings: number;
}

/** Each distinct skill of the entry with its even share of hours and earnings. */
export function skillShares(entry: ProgressEntry): Share[] {
  const skills = [...new Set(entry.skills)];
  return skills.map((skill) => ({
    skill,
    hours: entry.hours / skills.length,
    earnings: entry.earnings / skills.length,
  }));
}

const perHour = (earnings: number, hours: number) => (hours > 0 ? earnings / hours : null);

/** Adds rows up by key and currency; highest rate first, rows without a rate last. */
function rateRows(
  parts: Array<{ key: string; currency: string; hours: number; earnings: number }>,
): RateRow[] {
  const rows = new Map<string, RateRow>();
  for (const part of parts) {
    const id = `${part.currency} ${part.key}`;
    const row = rows.get(id) ?? {
      key: part.key,
      currency: part.currency,
      gigs: 0,
      hours: 0,
      earnings: 0,
      perHour: null,
    };
    row.gigs += 1;
    row.hours += part.hours;
    row.earnings += part.earnings;
    rows.set(id, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, perHour: perHour(row.earnings, row.hours) }))
    .sort(
      (a, b) =>
        (b.perHour ?? -1) - (a.perHour ?? -1) ||
        a.key.localeCompare(b.key) ||
        a.currency.localeCompare(b.currency),
    );
}

export function ratesBySkill(entries: readonly ProgressEntry[]): RateRow[] {
  return rateRows(
    entries.flatMap((entry) =>
      skillShares(entry).map((share) => ({ key: share.skill, currency: entry.currency, ...share })),
    ),
  );
}

export function ratesByPlatform(entries: readonly ProgressEntry[]): RateRow[] {
  return rateRows(
    entries.map((e) => ({ key: e.platform, currency: e.currency, hours: e.hours, earnings: e.earnings })),
  );
}

/** The month a gig counts in: when it finished, else when it started; undated gigs count in none. */
function monthOf(entry: ProgressEntry): string | undefined {
  return (entry.finishedAt ?? entry.startedAt)?.slice(0, 7);
}

/** Gigs, hours, earnings and skills per month, oldest first; months without gigs are left out. */
export function monthsOf(entries: readonly ProgressEntry[]): MonthRow[] {
  const months = new Map<string, MonthRow>();
  for (const entry of entries) {
    const month = monthOf(entry);
    if (!month) continue;
    const row = months.get(month) ?? { month, gigs: 0, hours: 0, earnings: {}, skills: {} };
    row.gigs += 1;
    row.hours += entry.hours;
    row.earnings[entry.currency] = (row.earnings[entry.currency] ?? 0) + entry.earnings;
    for (const skill of new Set(entry.skills)) row.skills[skill] = (row.skills[skill] ?? 0) + 1;
    months.set(month, row);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

const REACHED_APPLIED = new Set(['applied', 'hired', 'done']);

/**
 * Win rate from the queue's statuses: won = gigs now hired or done; applied = gigs now
 * applied, hired or done, plus dropped gigs whose history shows they had been applied to
 * (a lost bid). A gig taken back to "applying" is not counted as applied. Pending
 * applications count as applied and not (yet) won, so the rate is never flattered.
 */
export function winCounts(queue: readonly QueueItem[]): Map<Platform, { applied: number; won: number }> {
  const counts = new Map<Platform, { applied: number; won: number }>();
  for (const item of queue) {
    const won = item.status === 'hired' || item.status === 'done';
    const applied =
      REACHED_APPLIED.has(item.status) ||
      (item.status === 'dropped' && item.history.some((h) => REACHED_APPLIED.has(h.status)));
    if (!applied) continue;
    const row = counts.get(item.listing.platform) ?? { applied: 0, won: 0 };
    row.applied += 1;
    if (won) row.won += 1;
    counts.set(item.listing.platform, row);
  }
  return counts;
}

/** Listings the user saw per platform and how many of them were beginner level. */
export type SeenByPlatform = Partial<Record<Platform, { listings: number; beginner: number }>>;

/**
 * One row per platform the user logged a gig on, applied on, or saw listings on; platforms
 * with gigs first, then by listings seen.
 */
export function platformComparison(
  entries: readonly ProgressEntry[],
  queue: readonly QueueItem[],
  seen: SeenByPlatform,
): PlatformRow[] {
  const wins = winCounts(queue);
  const rates = ratesByPlatform(entries);
  const platforms = new Set<Platform>([
    ...entries.map((e) => e.platform),
    ...wins.keys(),
    ...(Object.keys(seen) as Platform[]),
  ]);
  return [...platforms]
    .map((platform) => {
      const win = wins.get(platform) ?? { applied: 0, won: 0 };
      const saw = seen[platform] ?? { listings: 0, beginner: 0 };
      return {
        platform,
        gigs: entries.filter((e) => e.platform === platform).length,
        rates: rates.filter((r) => r.key === platform),
        applied: win.applied,
        won: win.won,
        winRate: win.applied > 0 ? win.won / win.applied : null,
        listingsSeen: saw.listings,
        beginnerShare: saw.listings > 0 ? saw.beginner / saw.listings : null,
      };
    })
    .sort(
      (a, b) => b.gigs - a.gigs || b.listingsSeen - a.listingsSeen || a.platform.localeCompare(b.platform),
    );
}
