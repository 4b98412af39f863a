/**
 * The career report: what the progress log proves, on one page, for an employer or a client —
 * skills with hours, gigs and average rating, on-time delivery and repeat clients where the log
 * says, earnings per hour over time, and the case studies. Only finished gigs count: a running
 * gig has no result yet. Built as data for the page and as Markdown to copy or download; every
 * piece of user or listing text in the Markdown is escaped (`escapeMarkdown`).
 */
import { formatMoney, formatPercent, formatRate } from '../core/format';
import { formatNumber, plural, t } from '../core/i18n';
import type { ProgressEntry } from '../core/model';
import { escapeMarkdown } from './case-study';
import { skillShares } from './insights';
import type { Answered, CareerReport } from './schemas';

export interface CareerInput {
  entries: readonly ProgressEntry[];
  skillName: (id: string) => string;
  /** Entry id → its case-study Markdown (`caseStudyMarkdown`). */
  caseStudies: Readonly<Record<string, string>>;
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

const answered = (
  entries: readonly ProgressEntry[],
  pick: (e: ProgressEntry) => boolean | undefined,
): Answered => {
  const given = entries.map(pick).filter((v): v is boolean => v !== undefined);
  return { yes: given.filter(Boolean).length, answered: given.length };
};

function skillRows(entries: readonly ProgressEntry[]): CareerReport['skills'] {
  const rows = new Map<string, { gigs: number; hours: number; ratings: number[] }>();
  for (const entry of entries) {
    for (const share of skillShares(entry)) {
      const row = rows.get(share.skill) ?? { gigs: 0, hours: 0, ratings: [] };
      row.gigs += 1;
      row.hours += share.hours;
      if (entry.rating !== undefined) row.ratings.push(entry.rating);
      rows.set(share.skill, row);
    }
  }
  return [...rows]
    .map(([skill, r]) => ({ skill, gigs: r.gigs, hours: r.hours, rating: mean(r.ratings) }))
    .sort((a, b) => b.hours - a.hours || b.gigs - a.gigs || a.skill.localeCompare(b.skill));
}

function perHourRows(entries: readonly ProgressEntry[]): CareerReport['perHour'] {
  const rows = new Map<string, { month: string; currency: string; hours: number; earnings: number }>();
  for (const entry of entries) {
    const month = entry.finishedAt?.slice(0, 7);
    if (!month || entry.hours <= 0) continue;
    const key = `${month} ${entry.currency}`;
    const row = rows.get(key) ?? { month, currency: entry.currency, hours: 0, earnings: 0 };
    row.hours += entry.hours;
    row.earnings += entry.earnings;
    rows.set(key, row);
  }
  return [...rows.values()]
    .sort((a, b) => a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency))
    .map((r) => ({ month: r.month, currency: r.currency, perHour: r.earnings / r.hours }));
}

/** "4 of 5 gigs (80%)", or undefined when no gig answered. */
export function shareText(a: Answered): string | undefined {
  if (a.answered === 0) return undefined;
  return plural('careerShare', a.answered, formatNumber(a.yes), formatPercent(a.yes / a.answered));
}

/** A table row of escaped cells. */
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** Case-study headings one level down, so they sit under the report's own. */
const nested = (markdown: string) => markdown.replace(/^(#+) /gm, '$1## ').trim();

export function careerReport({ entries, skillName, caseStudies }: CareerInput): CareerReport {
  const finished = entries.filter((e) => e.finishedAt !== undefined);
  const earnings = new Map<string, number>();
  for (const e of finished) earnings.set(e.currency, (earnings.get(e.currency) ?? 0) + e.earnings);
  const ratings = finished.map((e) => e.rating).filter((r): r is number => r !== undefined);
  const report: Omit<CareerReport, 'markdown'> = {
    gigs: finished.length,
    hours: finished.reduce((sum, e) => sum + e.hours, 0),
    earnings: [...earnings]
      .map(([currency, amount]) => ({ currency, amount }))
      .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency)),
    rating: mean(ratings),
    rated: ratings.length,
    skills: skillRows(finished),
    onTime: answered(finished, (e) => e.onTime),
    repeatClients: answered(finished, (e) => e.repeatClient),
    perHour: perHourRows(finished),
    caseStudies: [...finished]
      .sort((a, b) => (b.finishedAt ?? '').localeCompare(a.finishedAt ?? '') || a.id.localeCompare(b.id))
      .filter((e) => caseStudies[e.id])
      .map((e) => ({ id: e.id, title: e.title })),
  };
  return { ...report, markdown: careerMarkdown(report, skillName, caseStudies) };
}

/** Hours and ratings to one decimal, as a person reads them. */
export const oneDecimal = (x: number): string => formatNumber(Math.round(x * 10) / 10);

/** The report's headline figures in words, as the page and the Markdown both show them. */
export function summaryLines(r: Omit<CareerReport, 'markdown'>): string[] {
  const hours = oneDecimal;
  return [
    plural('careerGigs', r.gigs, hours(r.hours)),
    r.earnings.length > 0
      ? t('careerEarned', r.earnings.map((e) => formatMoney(e.amount, e.currency)).join(', '))
      : undefined,
    r.rating !== null
      ? plural('careerRating', r.rated, formatNumber(Math.round(r.rating * 10) / 10))
      : undefined,
    shareText(r.onTime) && t('careerOnTime', shareText(r.onTime) ?? ''),
    shareText(r.repeatClients) && t('careerRepeat', shareText(r.repeatClients) ?? ''),
  ].filter((line): line is string => Boolean(line));
}

function careerMarkdown(
  r: Omit<CareerReport, 'markdown'>,
  skillName: (id: string) => string,
  caseStudies: Readonly<Record<string, string>>,
): string {
  const hours = oneDecimal;
  const summary = summaryLines(r);
  const parts = [`# ${t('careerHeading')}`, summary.map((s) => `- ${escapeMarkdown(s)}`).join('\n')];
  if (r.skills.length > 0) {
    parts.push(
      `## ${t('careerSkills')}`,
      [
        row([t('careerSkill'), t('careerHours'), t('careerGigsColumn'), t('careerRatingColumn')]),
        row(['---', '---:', '---:', '---:']),
        ...r.skills.map((s) =>
          row([
            escapeMarkdown(skillName(s.skill)),
            hours(s.hours),
            formatNumber(s.gigs),
            s.rating === null ? '—' : oneDecimal(s.rating),
          ]),
        ),
      ].join('\n'),
    );
  }
  if (r.perHour.length > 0) {
    parts.push(
      `## ${t('careerPerHour')}`,
      [
        row([t('careerMonth'), t('careerRate')]),
        row(['---', '---:']),
        ...r.perHour.map((p) => row([p.month, escapeMarkdown(formatRate(p.perHour, p.currency))])),
      ].join('\n'),
    );
  }
  if (r.caseStudies.length > 0) {
    parts.push(`## ${t('careerCaseStudies')}`, ...r.caseStudies.map((c) => nested(caseStudies[c.id] ?? '')));
  }
  if (r.gigs === 0) parts.push(`_${t('careerEmpty')}_`);
  return `${parts.join('\n\n')}\n`;
}
