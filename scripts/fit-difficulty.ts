/**
 * `npm run fit:difficulty [-- DATA_DIR] [--fixture]`: fits the difficulty model and writes
 * lib/difficulty/model.json (weights, cut-points, level cut-offs, the data and settings used).
 *
 * Reads ../shared/data/labelled: upwork-jobs-2025-03.csv, upwork-tiles-2025-01.csv and
 * upwork-feed-2024.jsonl, leaving out every row a careful reader labelled (careful/), so the
 * check against the readers stays honest. Deterministic: same files, same settings, same file.
 * Takes about a minute (eight cross-validation fits and the final one).
 *
 * `--fixture` also rewrites tests/fixtures/difficulty/fit-sample.jsonl, the small sample of these
 * rows the unit test refits to prove this code made the committed weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledRow } from './difficulty/data';
import { readDataset } from './difficulty/data';
import { digestOf, exampleOf, fitAll, SETTINGS, sha256 } from './difficulty/fit';
import { FIXTURE_PATH, fixtureSample, readFixture } from './difficulty/fixture';
import { fitModel } from './difficulty/train';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dataDir = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'data', 'labelled');
const started = Date.now();

const data = readDataset(dataDir);
const kept: LabelledRow[] = data.rows.filter((r) => !r.careful);
const examples = kept.map(exampleOf);

const fixtureFile = join(root, FIXTURE_PATH);
if (args.includes('--fixture')) {
  writeFileSync(
    fixtureFile,
    `${fixtureSample(kept)
      .map((r) => JSON.stringify(r))
      .join('\n')}\n`,
  );
  console.log(`wrote ${FIXTURE_PATH}`);
}
const fixtureText = readFileSync(fixtureFile, 'utf8');
const fixtureDigest = digestOf(fitModel(readFixture(fixtureText).map(exampleOf), SETTINGS));

const { model, cutoffs, iterations } = fitAll(examples);
const count = (level: string) => kept.filter((r) => r.label === level).length;
const out = {
  about:
    'Difficulty model written by `npm run fit:difficulty` (scripts/fit-difficulty.ts); do not edit by hand. ' +
    'An ordinal logistic model: linear score = sum of weight × feature (lib/difficulty/features.ts), ' +
    'P(expert) = sigmoid(score − cuts[1]). Levels: cut-offs on the linear score, chosen on held-out rows.',
  fittedOn: {
    files: data.files,
    rows: { entry: count('entry'), intermediate: count('intermediate'), expert: count('expert') },
    leftOut: {
      reason: 'same title or text as a careful/ listing: kept for the check against careful readers',
      rows: data.rows.length - kept.length,
    },
    crossValidation: 'leave one group out: each job-page search (track), each third of the tiles, the feed',
  },
  settings: SETTINGS,
  beginnerRule: cutoffs.beginnerRule,
  ...model,
  fixtureCheck: { file: FIXTURE_PATH, sha256: sha256(fixtureText), modelSha256: fixtureDigest },
};
const target = join(root, 'lib', 'difficulty', 'model.json');
writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(
  `wrote ${relative(root, target)}: ${Object.keys(model.signals).length} signals, ` +
    `${Object.keys(model.phrases).length} phrases, ${iterations} iterations; ` +
    `beginner ≤ ${cutoffs.beginnerUpTo} (${cutoffs.beginnerRule}), expert ≥ ${cutoffs.expertFrom}; ` +
    `fitted on ${kept.length} rows (${data.rows.length - kept.length} careful rows left out) in ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s`,
);
