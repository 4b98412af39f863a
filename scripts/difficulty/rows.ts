/**
 * Rows of the labelled Upwork feed (upwork-feed-2024.jsonl: text pasted from the Find Work feed,
 * Feb 2024) turned into difficulty inputs, the way a content script would see those listings.
 * Shared by scripts/eval-difficulty.ts and the unit tests' fixtures.
 */

import type { Client, PlatformLevel } from '../../lib/core/model';
import type { DifficultyInput } from '../../lib/difficulty';
import { readPlatformLevel } from '../../lib/difficulty';
import { parseProposals } from '../../lib/sites/text';
import { splitGluedLabels } from '../eval/split-glued';

export interface FeedRow {
  title: string;
  pay: string;
  experience_level: string;
  est: string;
  description: string;
  skills_concatenated: string;
  client_line: string;
}

export interface LabelledInput {
  input: DifficultyInput;
  /** Upwork's level for the row; kept out of `input` so the estimate cannot see it. */
  label: PlatformLevel | undefined;
}

/** "Payment verified Rating is 4.9 out of 5. $10K+ spent   Canada Proposals: 10 to 15 …". */
export function readClientLine(line: string): Pick<DifficultyInput, 'client' | 'proposals'> {
  const client: Client = { paymentVerified: !/payment unverified/i.test(line) };
  const rating = Number(line.match(/rating is ([\d.]+) out of 5/i)?.[1]);
  // As the Upwork adapter does: "Rating is 0 out of 5" means not rated yet.
  if (rating > 0 && rating <= 5) client.rating = rating;
  const spent = line.match(/\$([\d.,]+)([KM])?\+? spent/i);
  if (spent?.[1]) {
    const unit = spent[2] === 'K' ? 1_000 : spent[2] === 'M' ? 1_000_000 : 1;
    const amount = Number(spent[1].replace(/,/g, '')) * unit;
    if (amount > 0) client.spent = amount;
  }
  const country = line.match(/spent\s+(.+?)\s+Proposals:/i)?.[1];
  if (country) client.country = country;
  const proposals = parseProposals(line.match(/Proposals:\s*(.+?)\s+Connects/i)?.[1] ?? '');
  return proposals ? { client, proposals } : { client };
}

export function inputOfRow(row: FeedRow, tag: (input: DifficultyInput) => string[]): LabelledInput {
  const input: DifficultyInput = {
    title: row.title,
    description: row.description,
    budgetText: `${row.pay}, ${row.est}`,
    // The paste lost the separators ("SeleniumPythonData Scraping"); split against the vocabulary.
    platformSkills: splitGluedLabels(row.skills_concatenated),
    platform: 'upwork',
    ...readClientLine(row.client_line),
  };
  input.skills = tag(input);
  return { input, label: readPlatformLevel(row.experience_level) };
}

export function parseFeed(jsonl: string): FeedRow[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FeedRow);
}
