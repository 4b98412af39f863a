/** Loads the committed listing fixtures (tests/fixtures/skills, see SOURCE.md there). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { confidentSkills, tagText } from '@/lib/skills';

// Path arithmetic rather than `new URL(…)`: the unit project runs in happy-dom, whose URL differs.
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'skills');

export interface FixtureListing {
  title: string;
  description: string;
  tags: string[];
  skills_concatenated: string;
  platformSkills: string[];
}

function read(file: string): FixtureListing[] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as Partial<FixtureListing>;
      return {
        title: r.title ?? '',
        description: r.description ?? '',
        tags: r.tags ?? [],
        skills_concatenated: r.skills_concatenated ?? '',
        platformSkills: r.platformSkills ?? [],
      };
    });
}

export const freelancerJobs = (): FixtureListing[] => read('freelancer-jobs-2020.jsonl');
export const upworkFeed = (): FixtureListing[] => read('upwork-feed-2024.jsonl');
export const upworkSearch = (): FixtureListing[] => read('upwork-search-2026-02.jsonl');
export const fiverrTitles = (): FixtureListing[] => read('fiverr-gig-titles-2023.jsonl');
export const peoplePerHourTitles = (): FixtureListing[] => read('peopleperhour-titles-2020.jsonl');
export const upworkJobPages = (): FixtureListing[] => read('upwork-jobs-2025-03.jsonl');
export const upworkTiles = (): FixtureListing[] => read('upwork-tiles-2025-01.jsonl');
export const upworkRss = (): FixtureListing[] => read('upwork-rss-2024-06.jsonl');
export const guruJobs = (): FixtureListing[] => read('guru-2020-03.jsonl');

/** The one listing whose title is `title` (throws if absent, so a test cannot pass on nothing). */
export function listing(rows: readonly FixtureListing[], title: string): FixtureListing {
  const found = rows.find((r) => r.title === title);
  if (!found) throw new Error(`fixture listing not found: ${title}`);
  return found;
}

/** The sentence of a fixture that contains `needle`, so tests quote real text, not paraphrase. */
export function sentenceWith(rows: readonly FixtureListing[], needle: string): string {
  for (const r of rows) {
    for (const text of [r.title, r.description]) {
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const start = Math.max(text.lastIndexOf('\n', at) + 1, 0);
      const endNl = text.indexOf('\n', at + needle.length);
      return text.slice(start, endNl < 0 ? undefined : endNl);
    }
  }
  throw new Error(`no fixture sentence contains: ${needle}`);
}

/** The ids the tagger finds in a title (and description), at any confidence. */
export const foundIds = (title: string, description?: string): string[] =>
  tagText({ title, ...(description ? { description } : {}) }).map((s) => s.id);

/** The ids it is confident about: what `npm run -s tag` prints. */
export const confidentIds = (title: string, description?: string): string[] =>
  confidentSkills(tagText({ title, ...(description ? { description } : {}) })).map((s) => s.id);
