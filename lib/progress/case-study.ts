/**
 * A case-study draft in Markdown for a finished gig: the problem, what was done,
 * tools and skills, the result and the client's words, from the log entry and, when it is
 * known, the listing. The text comes from the user and from marketplace pages, so every
 * piece of it is escaped: pasted into a portfolio it reads as the words it was, never as
 * links, headings or HTML.
 */

import { formatMoney } from '../core/format';
import { plural, t } from '../core/i18n';
import type { Listing, ProgressEntry } from '../core/model';
import { platformLabel } from '../core/platforms';

/**
 * Backslash-escapes what CommonMark and GitHub read as markup: emphasis, code, links and
 * images, HTML and entities, headings, quotes, tables, strikethrough, list and rule markers
 * at a line's start, and bare `http://` / `www.` links. Plain punctuation elsewhere stays as
 * it is, so the draft still reads well as text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]<>#|~&!]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://')
    .replace(/\bwww\./gi, 'www\\.');
}

/** Escaped text as paragraphs: blank lines are kept, single newlines become hard breaks. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((p) => escapeMarkdown(p.trim()).split('\n').join('  \n'))
    .join('\n\n');
}

/** Escaped text as a block quote, every line marked. */
function quote(text: string): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

const platformName = (id: string) => (id === 'other' ? t('caseAnotherBoard') : platformLabel(id));
const money = (amount: number, currency: string) => formatMoney(amount, currency);
const PROBLEM_CHARS = 800;

export interface CaseStudyInput {
  entry: ProgressEntry;
  /** The listing the gig came from, when the queue or the store still has it. */
  listing?: Listing;
  skillName: (id: string) => string;
}

export function caseStudyMarkdown({ entry, listing, skillName }: CaseStudyInput): string {
  const meta = [
    platformName(entry.platform),
    entry.client ? t('caseClient', entry.client) : undefined,
    entry.startedAt && entry.finishedAt
      ? t('caseDates', entry.startedAt, entry.finishedAt)
      : entry.finishedAt,
  ].filter((part): part is string => Boolean(part));
  const description = listing?.description.trim();
  const problem = description
    ? paragraphs(
        description.length > PROBLEM_CHARS
          ? `${description.slice(0, PROBLEM_CHARS - 1).trimEnd()}…`
          : description,
      )
    : `_${t('caseProblemHint')}_`;
  const skills = [...new Set(entry.skills)].map((id) => `- ${escapeMarkdown(skillName(id))}`);
  const result = [
    entry.finishedAt
      ? plural('caseDeliveredFinished', entry.hours, entry.finishedAt)
      : plural('caseDelivered', entry.hours),
    entry.hours > 0
      ? t(
          'casePaidPerHour',
          money(entry.earnings, entry.currency),
          money(entry.earnings / entry.hours, entry.currency),
        )
      : t('casePaid', money(entry.earnings, entry.currency)),
    entry.rating !== undefined ? t('caseRated', entry.rating) : undefined,
  ].filter((line): line is string => Boolean(line));
  return [
    `# ${escapeMarkdown(entry.title)}`,
    `_${escapeMarkdown(meta.join(' · '))}_`,
    `## ${t('caseProblem')}`,
    problem,
    `## ${t('caseDid')}`,
    entry.learned?.trim() ? `${paragraphs(entry.learned)}` : `_${t('caseDidHint')}_`,
    `## ${t('caseSkills')}`,
    skills.length > 0 ? skills.join('\n') : `_${t('caseSkillsHint')}_`,
    `## ${t('caseResult')}`,
    result.join('  \n'),
    `## ${t('caseWords')}`,
    entry.feedback?.trim() ? quote(entry.feedback) : `_${t('caseWordsHint')}_`,
  ]
    .join('\n\n')
    .concat('\n');
}
