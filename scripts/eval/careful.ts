/**
 * The careful readers' labels (../shared/data/labelled/careful): listings and the skills a
 * reader says each one asks for, `required` and `optional`. Reader names are resolved to
 * taxonomy ids with `resolveLabel`; a name that resolves to nothing stays a miss.
 *
 * Scoring, micro-averaged over listings:
 * - precision: of the skills predicted, the share the reader named (required or optional);
 * - recall: of the reader's required skills, the share predicted (unresolved names count as missed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from './split';

export interface CarefulListing {
  id: string;
  src: string;
  title: string;
  description: string;
  budget?: string;
  category_in_url?: string;
  kind?: string;
}

export interface CarefulLabel {
  id: string;
  required: string[];
  optional: string[];
}

export interface CarefulRow {
  listing: CarefulListing;
  label: CarefulLabel;
  /** The fold (0..4) of the listing, from a hash of its title so that reposts share one fold. */
  fold: number;
}

const jsonLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export const FOLDS = 5;
/** Folds 0 and 1 (about two listings in five) are held out: nothing is tuned or fitted on them. */
export const isHeldOutFold = (fold: number): boolean => fold < 2;

export function readCareful(labelledDir: string): CarefulRow[] {
  const dir = join(labelledDir, 'careful');
  const labels = new Map(jsonLines<CarefulLabel>(join(dir, 'labels.jsonl')).map((l) => [l.id, l]));
  return jsonLines<CarefulListing>(join(dir, 'listings.jsonl')).flatMap((listing) => {
    const label = labels.get(listing.id);
    if (!label) return [];
    return [{ listing, label, fold: fnv1a(listing.title.toLowerCase().trim()) % FOLDS }];
  });
}

export interface Gold {
  required: Set<string>;
  named: Set<string>;
  /** Reader names that resolve to no skill: required ones count as missed. */
  unresolvedRequired: string[];
  unresolvedOptional: string[];
}

export function goldOf(label: CarefulLabel, resolve: (name: string) => string | undefined): Gold {
  const gold: Gold = {
    required: new Set(),
    named: new Set(),
    unresolvedRequired: [],
    unresolvedOptional: [],
  };
  for (const name of label.required) {
    const id = resolve(name);
    if (id) {
      gold.required.add(id);
      gold.named.add(id);
    } else gold.unresolvedRequired.push(name);
  }
  for (const name of label.optional) {
    const id = resolve(name);
    if (id) gold.named.add(id);
    else gold.unresolvedOptional.push(name);
  }
  return gold;
}

export interface Tally {
  rows: number;
  predicted: number;
  correct: number;
  required: number;
  found: number;
  falsePositives: Map<string, number>;
  misses: Map<string, number>;
  unresolved: Map<string, number>;
}

export const emptyTally = (): Tally => ({
  rows: 0,
  predicted: 0,
  correct: 0,
  required: 0,
  found: 0,
  falsePositives: new Map(),
  misses: new Map(),
  unresolved: new Map(),
});

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

export function score(t: Tally, gold: Gold, predicted: ReadonlySet<string>): void {
  t.rows++;
  for (const id of predicted) {
    t.predicted++;
    if (gold.named.has(id)) t.correct++;
    else bump(t.falsePositives, id);
  }
  t.required += gold.required.size + gold.unresolvedRequired.length;
  for (const id of gold.required) {
    if (predicted.has(id)) t.found++;
    else bump(t.misses, id);
  }
  for (const name of gold.unresolvedRequired) {
    bump(t.misses, `"${name}"`);
    bump(t.unresolved, name);
  }
  for (const name of gold.unresolvedOptional) bump(t.unresolved, name);
}

export const precision = (t: Tally): number => (t.predicted ? t.correct / t.predicted : 0);
export const recall = (t: Tally): number => (t.required ? t.found / t.required : 0);
