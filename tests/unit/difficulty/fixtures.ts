/** Real listings for the difficulty tests (tests/fixtures/difficulty, see SOURCE.md there). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Listing } from '../../../lib/core/model';
import type { DifficultyInput } from '../../../lib/difficulty';
import type { DifficultyModel } from '../../../lib/difficulty/model';
import upwork from '../../../lib/sites/upwork';
import { type FeedRow, inputOfRow, type LabelledInput, parseFeed } from '../../../scripts/difficulty/rows';

// Path arithmetic rather than `new URL(…)`: the unit project runs in happy-dom, whose URL differs.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const read = (name: string): string => readFileSync(join(fixtures, 'difficulty', name), 'utf8');

/** A JSON Lines fixture of tests/fixtures/difficulty, one object per line. */
const readLines = <T>(name: string): T[] =>
  read(name)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** A saved marketplace page from tests/fixtures (e.g. `upwork/search-2026-02.html`). */
export const readPage = (path: string): string => readFileSync(join(fixtures, path), 'utf8');

type NumberedFeedRow = FeedRow & { line: number };

const feed = parseFeed(read('upwork-feed-2024-rows.jsonl')) as NumberedFeedRow[];

/**
 * A line of upwork-feed-2024.jsonl as the estimate sees it, Upwork's level kept apart. Skills are
 * left to the skills tests: the skill signal is tested with ids given explicitly.
 */
export function upworkLine(line: number): LabelledInput {
  const row = feed.find((r) => r.line === line);
  if (!row) throw new Error(`line ${line} is not in the fixture`);
  return inputOfRow(row, () => []);
}

interface FreelancerRow {
  csvLine: number;
  title: string;
  rate: string;
  desc: string;
  tags: string;
}

const freelancer = readLines<FreelancerRow>('freelancer-jobs-2020-rows.jsonl');

/** A Freelancer.com card of freelancer-jobs-2020.csv; its `rate` is the printed budget text. */
export function freelancerLine(csvLine: number): DifficultyInput {
  const row = freelancer.find((r) => r.csvLine === csvLine);
  if (!row) throw new Error(`line ${csvLine} is not in the fixture`);
  return {
    title: row.title,
    description: row.desc,
    budgetText: row.rate,
    platformSkills: row.tags.split(',').map((t) => t.trim()),
  };
}

interface ShortRow {
  file: string;
  csvLine: number;
  title: string;
  rate?: string;
  price?: string;
  proposals?: string;
  url?: string;
}

const short = readLines<ShortRow>('short-listings.jsonl');

/**
 * A PeoplePerHour list item (title, price, proposal count; no description) or a Fiverr gig
 * (title and "From" price in euros), as their adapters would hand them to the estimate.
 */
export function shortListing(
  file: 'peopleperhour-jobs-2020.csv' | 'fiverr-gigs-2023.csv',
  csvLine: number,
): DifficultyInput {
  const row = short.find((r) => r.file === file && r.csvLine === csvLine);
  if (!row) throw new Error(`${file} line ${csvLine} is not in the fixture`);
  if (file === 'fiverr-gigs-2023.csv')
    return { title: row.title, budgetText: `From €${row.price}`, platform: 'fiverr' };
  const proposals = Number(row.proposals);
  return {
    title: row.title,
    budgetText: row.rate,
    platform: 'peopleperhour',
    proposals: { min: proposals, max: proposals },
  };
}

/** A PeoplePerHour list item as its adapter reads it into a Listing ("$30" fixed, 11 proposals, no description). */
export function peoplePerHourListing(csvLine: number): Listing {
  const row = short.find((r) => r.file === 'peopleperhour-jobs-2020.csv' && r.csvLine === csvLine);
  const amount = Number(row?.rate?.match(/\d+/)?.[0]);
  if (!row?.url || !amount) throw new Error(`line ${csvLine} is not in the fixture with a url and price`);
  const kind = row.rate?.includes('/hr') ? 'hourly' : 'fixed';
  const proposals = Number(row.proposals);
  return {
    id: `peopleperhour:${row.url.match(/-(\d+)$/)?.[1]}`,
    platform: 'peopleperhour',
    url: row.url,
    title: row.title,
    description: '',
    budget: { kind, min: amount, max: amount, currency: 'USD' },
    platformSkills: [],
    proposals: { min: proposals, max: proposals },
  };
}

interface HeldBackRow {
  id: string;
  label: string;
  input: DifficultyInput;
}

const heldBack = readLines<HeldBackRow>('held-back-rows.jsonl');

/** A job page of upwork-jobs-2025-03.csv as the estimate sees it (`id` "upwork-jobs-2025:<line>"). */
export function heldBackRow(id: string): DifficultyInput {
  const row = heldBack.find((r) => r.id === id);
  if (!row) throw new Error(`${id} is not in the fixture`);
  return row.input;
}

/** A model with only the weights a test gives: what the mechanism does, whatever the fitted weights are. */
export function testModel(
  parts: Partial<DifficultyModel> & Pick<DifficultyModel, 'signals'>,
): DifficultyModel {
  return {
    cuts: [-2, 1],
    phrases: {},
    levels: { beginnerUpTo: -1, expertFrom: 1, uncertainUnderWords: 20 },
    ...parts,
  };
}

export const SEARCH_2026 = {
  file: 'upwork/search-2026-02.html',
  url: 'https://www.upwork.com/nx/search/jobs/?q=shopify',
};
export const FEED_2024 = {
  file: 'upwork/feed-most-recent-2024-09.html',
  url: 'https://www.upwork.com/nx/find-work/most-recent',
};

/** A listing as the Upwork adapter reads it from a saved page (the test environment has a DOM). */
export function savedTile(page: typeof SEARCH_2026, titleStart: string): Listing {
  const doc = new DOMParser().parseFromString(readPage(page.file), 'text/html');
  const listing = upwork.parse(doc, new URL(page.url)).find((l) => l.title.startsWith(titleStart));
  if (!listing) throw new Error(`no tile "${titleStart}" on ${page.file}`);
  return listing;
}
