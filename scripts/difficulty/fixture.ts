/**
 * The fit sample: a few labelled rows copied from each training file into tests/fixtures, so a
 * unit test can refit them with the committed settings and compare with the digest that
 * `npm run fit:difficulty` recorded in model.json (tests never read ../shared).
 */
import type { LabelledRow } from './data';

export const FIXTURE_PATH = 'tests/fixtures/difficulty/fit-sample.jsonl';

/** Every 25th job page, every 100th tile and every 8th feed line (by line number in its file). */
const EVERY: Record<string, number> = {
  'upwork-jobs-2025': 25,
  'upwork-tiles-2025': 100,
  'upwork-feed-2024': 8,
};

export type FixtureRow = Pick<LabelledRow, 'id' | 'source' | 'group' | 'input' | 'label'>;

export function fixtureSample(rows: readonly LabelledRow[]): FixtureRow[] {
  return rows.flatMap(({ id, source, group, input, label, careful }) => {
    const line = Number(id.split(':')[1]);
    return !careful && line % (EVERY[source] ?? Number.POSITIVE_INFINITY) === 0
      ? [{ id, source, group, input, label }]
      : [];
  });
}

export function readFixture(text: string): FixtureRow[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FixtureRow);
}
