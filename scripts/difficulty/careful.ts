/**
 * The careful readers' listings (careful/listings.jsonl: id, src, title, description, budget…)
 * joined with their labels (careful/labels.jsonl: level, confidence, reason), following
 * careful/GUIDE.md. The check that the model transfers beyond Upwork's own labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CarefulListing {
  id: string;
  src: string;
  title: string;
  description?: string;
  budget?: string;
  category?: string;
  category_in_url?: string;
  kind?: string;
}

export interface CarefulLabel {
  id: string;
  level: 'beginner' | 'intermediate' | 'expert';
  confidence: 'high' | 'low';
  reason: string;
}

export interface CarefulRow {
  listing: CarefulListing;
  label: CarefulLabel;
}

const jsonLines = <T>(text: string): T[] =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export function readCareful(dataDir: string): CarefulRow[] {
  const listings = jsonLines<CarefulListing>(
    readFileSync(join(dataDir, 'careful', 'listings.jsonl'), 'utf8'),
  );
  const labels = new Map(
    jsonLines<CarefulLabel>(readFileSync(join(dataDir, 'careful', 'labels.jsonl'), 'utf8')).map((l) => [
      l.id,
      l,
    ]),
  );
  return listings.flatMap((listing) => {
    const label = labels.get(listing.id);
    return label ? [{ listing, label }] : [];
  });
}
