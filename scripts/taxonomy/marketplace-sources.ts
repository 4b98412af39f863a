/**
 * The marketplaces' own skill names, read at build time from the labelled data the team keeps
 * outside the repository (../shared/data/labelled): Upwork job pages' token lists, search tiles'
 * tokens, RSS items' skills and the feed export's glued names. Names are facts; the listing text
 * is only counted (how a word is written in listings), never copied.
 *
 * Job pages are split by a hash of their address: the eval builds the taxonomy again without the
 * held-out third to measure how many token occurrences on unseen pages resolve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { fnv1a } from '../eval/split';

export interface MarketplaceNames {
  /** Name as printed → occurrences across the sources. */
  counts: Map<string, number>;
  /** The names of each listing, for co-occurrence (category and related skills of new names). */
  lists: string[][];
}

const csv = (path: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

const jsonLines = (path: string): Record<string, string>[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>);

/** One job page in three is held out of the vocabulary when the eval measures resolution. */
export const isHeldOutJobPage = (url: string): boolean => fnv1a(url.trim()) % 3 === 0;

/** The tokens of a job page's `skills` column, a Python list literal: "['Flutter', 'MySQL']". */
export function pythonListItems(literal: string): string[] {
  const out: string[] = [];
  for (const m of literal.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
    const item = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1').trim();
    if (item) out.push(item);
  }
  return out;
}

export interface JobPage {
  url: string;
  tokens: string[];
}

export const UPWORK_JOB_PAGES = 'upwork-jobs-2025-03.csv';

export function readJobPages(labelledDir: string): JobPage[] {
  return csv(join(labelledDir, UPWORK_JOB_PAGES)).map((r) => ({
    url: r.url ?? r.title ?? '',
    tokens: pythonListItems(r.skills ?? ''),
  }));
}

/** Tiles end their visible tokens with "+3" when more were hidden: not a name. */
const isName = (s: string): boolean => s.length > 0 && !/^\+\d+$/.test(s);

/** Some exports keep HTML entities ("Engineering &amp; Architecture"); `|` and `;` are the packed format's. */
const cleanName = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[|;`$\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Every Upwork skill name in the labelled files with its count. `splitGlued` cuts the feed's
 * glued names ("SeleniumPythonAutomation") against the vocabulary known so far.
 */
export function readUpworkNames(
  labelledDir: string,
  splitGlued: (glued: string) => string[],
  options: { withoutHeldOutPages?: boolean } = {},
): MarketplaceNames {
  const lists: string[][] = [];
  for (const page of readJobPages(labelledDir)) {
    if (options.withoutHeldOutPages && isHeldOutJobPage(page.url)) continue;
    lists.push(page.tokens);
  }
  // Tiles and RSS items print their skills as one comma-separated field.
  const commaList = (field: string | undefined): string[] => (field ?? '').split(',').map((s) => s.trim());
  for (const r of csv(join(labelledDir, 'upwork-tiles-2025-01.csv'))) lists.push(commaList(r.Skills));
  for (const r of csv(join(labelledDir, 'upwork-rss-2024-06.csv'))) lists.push(commaList(r.skills));
  for (const r of jsonLines(join(labelledDir, 'upwork-feed-2024.jsonl'))) {
    lists.push(splitGlued(r.skills_concatenated ?? ''));
  }
  const counts = new Map<string, number>();
  const clean = lists.map((list) => list.map(cleanName).filter(isName));
  for (const list of clean) for (const name of list) counts.set(name, (counts.get(name) ?? 0) + 1);
  return { counts, lists: clean };
}

/**
 * Descriptions only (no titles, which capitalise every word), for how running text writes a name:
 * the client-labelled files, not the careful readers' listings.
 */
export function readDescriptions(labelledDir: string): string[] {
  return [
    ...csv(join(labelledDir, UPWORK_JOB_PAGES)).map((r) => r.description ?? ''),
    ...csv(join(labelledDir, 'upwork-rss-2024-06.csv')).map((r) => r.description ?? ''),
    ...csv(join(labelledDir, 'freelancer-jobs-2020.csv')).map((r) => r.desc ?? ''),
    ...jsonLines(join(labelledDir, 'upwork-feed-2024.jsonl')).map((r) => r.description ?? ''),
  ].filter(Boolean);
}

/**
 * Listing text the build may count words in (never copies): titles and descriptions of the
 * client-labelled files. The careful readers' listings are left out: they are the evaluation.
 */
export function readCorpus(labelledDir: string): string[] {
  const texts: string[] = [];
  const add = (...parts: (string | undefined)[]): void => {
    texts.push(parts.filter(Boolean).join('\n'));
  };
  for (const r of csv(join(labelledDir, UPWORK_JOB_PAGES))) add(r.title, r.description);
  for (const r of csv(join(labelledDir, 'upwork-rss-2024-06.csv'))) add(r.title, r.description);
  for (const r of csv(join(labelledDir, 'upwork-tiles-2025-01.csv'))) add(r['Job Title']);
  for (const r of csv(join(labelledDir, 'freelancer-jobs-2020.csv'))) add(r.title, r.desc);
  for (const r of csv(join(labelledDir, 'peopleperhour-jobs-2020.csv'))) add(r.title);
  for (const r of jsonLines(join(labelledDir, 'upwork-feed-2024.jsonl'))) add(r.title, r.description);
  return texts;
}
