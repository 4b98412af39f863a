/**
 * The labelled Upwork jobs the difficulty model is fitted on, read into the inputs the estimate
 * sees in the extension, with the client's level kept apart as the label:
 *
 * - upwork-jobs-2025-03.csv: job pages (title, full description, budget fields, skills, proposals,
 *   client spend, duration, hours). About 200 rows kept only a url and a level (the page did not
 *   load): they carry no text to learn from and are skipped.
 * - upwork-tiles-2025-01.csv: search tiles (title, pay, level, visible skills; no description).
 * - upwork-feed-2024.jsonl: text pasted from the Find Work feed (scripts/difficulty/rows.ts).
 *
 * Rows a careful reader labelled (careful/listings.jsonl, drawn from these files) are marked
 * `careful` so the fit can leave them out and the check against the reader stays honest.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Budget, PlatformLevel } from '../../lib/core/model';
import type { DifficultyInput } from '../../lib/difficulty';
import { parseMoney, parseProposals } from '../../lib/sites/text';
import { type CarefulRow, readCareful } from './careful';
import { inputOfRow, parseFeed } from './rows';

export const SOURCES = ['upwork-jobs-2025', 'upwork-tiles-2025', 'upwork-feed-2024'] as const;
export type Source = (typeof SOURCES)[number];

export const FILES: Record<Source, string> = {
  'upwork-jobs-2025': 'upwork-jobs-2025-03.csv',
  'upwork-tiles-2025': 'upwork-tiles-2025-01.csv',
  'upwork-feed-2024': 'upwork-feed-2024.jsonl',
};

export interface LabelledRow {
  /** `<source>:<line>`, stable across runs. */
  id: string;
  source: Source;
  /**
   * Cross-validation group: the search a job page came from (its `track`), a third of the tiles
   * by a hash of the title, or the feed as a whole. Used only to split, never as a feature.
   */
  group: string;
  input: DifficultyInput;
  label: PlatformLevel;
  /** A careful reader labelled this listing (or one with the same title or text). */
  careful: boolean;
}

const LEVELS: Record<string, PlatformLevel> = {
  entry: 'entry',
  'entry level': 'entry',
  intermediate: 'intermediate',
  expert: 'expert',
};

const levelOf = (text: string | undefined): PlatformLevel | undefined =>
  LEVELS[(text ?? '').trim().toLowerCase()];

const csv = (text: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

/** The same listing written by two scrapers: case, punctuation and spacing differ. */
export const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const hashOf = (text: string): number => createHash('sha256').update(text).digest().readUInt32BE(0);

/** "['Flutter', 'MySQL']" (a Python list as text) → names. */
function pythonList(text: string): string[] {
  return [...text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)]
    .map((m) => (m[1] ?? m[2] ?? '').trim())
    .filter(Boolean);
}

const amount = (text: string | undefined): number | undefined => parseMoney(text ?? '')[0]?.amount;

/** "$20K", "$1.4K", "0" → dollars; blank → unknown. */
function spentOf(text: string | undefined): number | undefined {
  const t = (text ?? '').trim();
  if (t === '') return undefined;
  if (/^0+(\.0+)?$/.test(t)) return 0;
  return amount(t);
}

/**
 * The page's budget fields. Some rows of this scrape kept only `avg_budget` (the middle of an
 * hourly range, or a fixed price): it is read as a range of one amount.
 */
function jobBudget(row: Record<string, string>): Budget | undefined {
  const kind = row.job_type === 'Hourly' ? 'hourly' : row.job_type === 'Fixed-price' ? 'fixed' : undefined;
  if (!kind) return undefined;
  const min = amount(row.min_budget);
  const max = amount(row.max_budget);
  const average = Number(row.avg_budget);
  const low = min ?? (average > 0 ? average : undefined);
  if (low === undefined) return { kind, currency: 'USD' };
  return { kind, min: low, max: max ?? low, currency: 'USD' };
}

/**
 * The page's duration ("1-3 months", "< 1 month", "6+ months") and hours, as Upwork prints them.
 * Rows of the other scrape format hold a bare digit there, whose meaning is not known: left out.
 */
function jobTerms(row: Record<string, string>): string | undefined {
  const parts = [row.duration, row.work_hours]
    .map((p) => (p ?? '').trim())
    .filter((p) => p !== '' && !/^\d+$/.test(p))
    .map((p) => p.replace(/^<\s*1 month$/, 'Less than 1 month'));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function readJobs(text: string): Omit<LabelledRow, 'careful'>[] {
  return csv(text).flatMap((row, i) => {
    const label = levelOf(row.experience_level);
    const title = (row.title ?? '').trim();
    if (!label || title === '') return [];
    const budget = jobBudget(row);
    const budgetText = jobTerms(row);
    const proposals = parseProposals(row.proposals ?? '');
    const spent = spentOf(row.client_total_spent);
    const input: DifficultyInput = {
      title,
      description: row.description ?? '',
      platformSkills: pythonList(row.skills ?? ''),
      platform: 'upwork',
      ...(budget ? { budget } : {}),
      ...(budgetText ? { budgetText } : {}),
      ...(proposals ? { proposals } : {}),
      ...(spent !== undefined ? { client: { spent } } : {}),
    };
    return [
      {
        id: `upwork-jobs-2025:${i + 2}`,
        source: 'upwork-jobs-2025',
        group: `jobs/${row.track}`,
        input,
        label,
      },
    ];
  });
}

/** "Hourly: $15.00 - $30.00", "Hourly", "Fixed price" with "Est. budget:\n$100.00" or "N/A". */
function tileBudget(pay: string, budget: string): Budget | undefined {
  if (/^hourly/i.test(pay)) {
    const [low, high] = parseMoney(pay);
    return low
      ? { kind: 'hourly', min: low.amount, max: high?.amount ?? low.amount, currency: 'USD' }
      : { kind: 'hourly', currency: 'USD' };
  }
  if (!/fixed/i.test(pay)) return undefined;
  const fixed = amount(budget);
  return fixed === undefined
    ? { kind: 'fixed', currency: 'USD' }
    : { kind: 'fixed', min: fixed, max: fixed, currency: 'USD' };
}

const TILE_GROUPS = 3;

function readTiles(text: string): Omit<LabelledRow, 'careful'>[] {
  return csv(text).flatMap((row, i) => {
    const label = levelOf(row.Level);
    const title = (row['Job Title'] ?? '').trim();
    if (!label || title === '') return [];
    const budget = tileBudget(row['Hourly/Fixed'] ?? '', row.Budget ?? '');
    // "… Web Design, +3": the count of hidden skills is not a skill.
    const platformSkills = (row.Skills ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '' && !/^\+\d+$/.test(s));
    const input: DifficultyInput = {
      title,
      platformSkills,
      platform: 'upwork',
      ...(budget ? { budget } : {}),
    };
    const group = `tiles/${hashOf(normalise(title)) % TILE_GROUPS}`;
    return [{ id: `upwork-tiles-2025:${i + 2}`, source: 'upwork-tiles-2025', group, input, label }];
  });
}

function readFeed(text: string): Omit<LabelledRow, 'careful'>[] {
  return parseFeed(text).flatMap((row, i) => {
    const { input, label } = inputOfRow(row, () => []);
    return label
      ? [{ id: `upwork-feed-2024:${i + 1}`, source: 'upwork-feed-2024', group: 'feed', input, label }]
      : [];
  });
}

/** The first 200 letters of a text, normalised: enough to know a listing, short enough to survive a cut. */
const opening = (text: string | undefined): string => normalise(text ?? '').slice(0, 200);

/**
 * Marks rows that are a careful listing: same title, or the same opening of the description.
 * Titles alone are a wide net (two different jobs may share "Node.js Developer"): wider is the
 * honest side here, since a row left out of the fit costs little.
 */
function markCareful(rows: Omit<LabelledRow, 'careful'>[], careful: readonly CarefulRow[]): LabelledRow[] {
  const titles = new Set(careful.map((c) => normalise(c.listing.title)));
  const openings = new Set(careful.map((c) => opening(c.listing.description)).filter((o) => o.length >= 40));
  return rows.map((row) => ({
    ...row,
    careful: titles.has(normalise(row.input.title)) || openings.has(opening(row.input.description)),
  }));
}

export interface Dataset {
  rows: LabelledRow[];
  careful: CarefulRow[];
  /** Each file read, with its size and SHA-256, for the weights file's record. */
  files: { file: string; rows: number; sha256: string }[];
}

export function readDataset(dataDir: string): Dataset {
  const careful = readCareful(dataDir);
  const files: Dataset['files'] = [];
  const rows: Omit<LabelledRow, 'careful'>[] = [];
  const readers: Record<Source, (text: string) => Omit<LabelledRow, 'careful'>[]> = {
    'upwork-jobs-2025': readJobs,
    'upwork-tiles-2025': readTiles,
    'upwork-feed-2024': readFeed,
  };
  for (const source of SOURCES) {
    const text = readFileSync(join(dataDir, FILES[source]), 'utf8');
    const read = readers[source](text);
    rows.push(...read);
    files.push({
      file: FILES[source],
      rows: read.length,
      sha256: createHash('sha256').update(text).digest('hex'),
    });
  }
  return { rows: markCareful(rows, careful), careful, files };
}
