/** The benchmark corpus: real listing text from the committed fixtures (tests/fixtures/skills). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'skills');

export interface CorpusDoc {
  title: string;
  description: string;
}

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(join(fixtures, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function loadCorpus(): CorpusDoc[] {
  return [
    'freelancer-jobs-2020.jsonl',
    'upwork-feed-2024.jsonl',
    'upwork-search-2026-02.jsonl',
    'fiverr-gig-titles-2023.jsonl',
    'peopleperhour-titles-2020.jsonl',
  ].flatMap((f) => readJsonl(f).map((r) => ({ title: str(r.title), description: str(r.description) })));
}
