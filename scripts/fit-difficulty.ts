/**
 * `npx tsx scripts/fit-difficulty.ts [DATA_DIR]`: would fitting beat the hand-set weights?
 *
 * Fits a tiny logistic model on the tune half of upwork-feed-2024.jsonl (odd lines): one
 * multiplier per kind of signal (work, terms, market; each the sum of that kind's hand-set
 * weights) plus a bias, L2-regularised. Prints the multipliers and the AUC on the held-out half,
 * and a leave-one-out AUC over all 40 rows, beside the hand-set model's. The weights in
 * lib/difficulty/weights.ts are NOT taken from this fit (see the report it prints): with 20 rows
 * per half the fitted multipliers swing with each row, and a negative one would mean "asking for
 * a senior makes a job easier", which no newcomer should be told.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type DifficultyInput,
  estimateDifficulty,
  explainDifficulty,
  readTerms,
  type Terms,
} from '../lib/difficulty';
import { tagText } from '../lib/skills';
import { rocAuc } from './difficulty/metrics';
import { inputOfRow, parseFeed } from './difficulty/rows';
import { fitLogistic, linear, standardise } from './eval/logistic';

const KINDS = ['work', 'terms', 'market'] as const;
const L2 = 0.1;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ?? join(root, '..', 'shared', 'data', 'labelled');

const tag = (input: DifficultyInput): string[] => tagText(input).map((s) => s.id);

interface Example {
  x: number[];
  expert: boolean;
  handScore: number;
}

/** The original fit: penalty scaled by the number of examples, as the figures in the README were. */
const fitKinds = (examples: readonly Example[], nonNegative: boolean): number[] =>
  fitLogistic(
    examples.map((e) => ({ x: e.x, y: e.expert })),
    { l2: L2 / examples.length, rate: 0.1, steps: 5000, nonNegative },
  );

function featuresOf(input: DifficultyInput): number[] {
  const contributions = explainDifficulty(input);
  return KINDS.map((kind) =>
    contributions.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.weight, 0),
  );
}

const feed = parseFeed(readFileSync(join(dataDir, 'upwork-feed-2024.jsonl'), 'utf8'));
const examples: Example[] = feed.flatMap((row) => {
  const { input, label } = inputOfRow(row, tag);
  if (label !== 'expert' && label !== 'intermediate') return [];
  return [{ x: featuresOf(input), expert: label === 'expert', handScore: estimateDifficulty(input).score }];
});
const tune = examples.filter((_, i) => i % 2 === 0);
const heldOut = examples.filter((_, i) => i % 2 === 1);

const auc = (scores: number[], of: readonly Example[]) =>
  rocAuc(
    scores,
    of.map((e) => e.expert),
  ).toFixed(2);
console.log(
  `hand-set weights: held-out AUC ${auc(
    heldOut.map((e) => e.handScore),
    heldOut,
  )}, all ${auc(
    examples.map((e) => e.handScore),
    examples,
  )}`,
);
for (const nonNegative of [false, true]) {
  const w = fitKinds(tune, nonNegative);
  const multipliers = KINDS.map((k, i) => `${k} ×${w[i + 1]?.toFixed(2)}`).join(', ');
  console.log(
    `\nfitted on the tune half${nonNegative ? ', multipliers ≥ 0' : ''}: bias ${w[0]?.toFixed(2)}, ${multipliers}`,
  );
  console.log(
    `  held-out AUC ${auc(
      heldOut.map((e) => linear(w, e.x)),
      heldOut,
    )}`,
  );
  const loo = examples.map((e, i) =>
    linear(
      fitKinds(
        examples.filter((_, j) => j !== i),
        nonNegative,
      ),
      e.x,
    ),
  );
  console.log(`  leave-one-out AUC over all ${examples.length}: ${auc(loo, examples)}`);
}

/**
 * A ceiling rather than a model: every field the feed prints, as plain numbers, in a logistic
 * model fitted to the labels and scored leave-one-out. Whatever hand-set weights do with these
 * fields, a model free to weigh them against the labels is the most 40 rows can be expected to show.
 */
/** A labelled row with its pay and time terms read once. */
interface Row {
  input: DifficultyInput;
  terms: Terms;
  expert: boolean;
}

const FIELDS: readonly (readonly [string, (row: Row) => number])[] = [
  ['hourly', ({ terms }) => (terms.hourly ? 1 : 0)],
  ['hourly low end', ({ terms }) => terms.hourly?.min ?? 0],
  ['hourly ceiling', ({ terms }) => terms.hourly?.max ?? 0],
  ['fixed price', ({ terms }) => terms.fixed ?? 0],
  ['months (lower bound)', ({ terms }) => terms.months?.min ?? 0],
  ['30+ hrs/week', ({ terms }) => (terms.fullTime ? 1 : 0)],
  ['client spent (log)', ({ input }) => Math.log1p(input.client?.spent ?? 0)],
  ['client rating', ({ input }) => input.client?.rating ?? 0],
  ['payment verified', ({ input }) => (input.client?.paymentVerified ? 1 : 0)],
  ['proposals (low end)', ({ input }) => input.proposals?.min ?? 0],
  ['description length (log)', ({ input }) => Math.log1p(input.description?.length ?? 0)],
  ['skills printed', ({ input }) => input.platformSkills?.length ?? 0],
  ['skills tagged', ({ input }) => input.skills?.length ?? 0],
];

const labelled: Row[] = feed.flatMap((row) => {
  const { input, label } = inputOfRow(row, tag);
  if (label !== 'expert' && label !== 'intermediate') return [];
  return [{ input, terms: readTerms(input.budget, input.budgetText), expert: label === 'expert' }];
});
const truth = labelled.map((r) => r.expert);
console.log('\n# Each printed field alone (AUC of the raw value; below 0.50 means it points the other way)');
for (const [name, read] of FIELDS) {
  console.log(`  ${name.padEnd(28)}${rocAuc(labelled.map(read), truth).toFixed(2)}`);
}
const budgetAlone = (fixed: boolean): string => {
  const rows = labelled.filter((r) => (r.terms.fixed !== undefined) === fixed);
  const amounts = rows.map((r) => r.terms.fixed ?? r.terms.hourly?.max ?? 0);
  return `${rocAuc(
    amounts,
    rows.map((r) => r.expert),
  ).toFixed(2)} on ${rows.length}`;
};
console.log(`  budget alone: fixed-price jobs ${budgetAlone(true)}, hourly ceilings ${budgetAlone(false)}`);

const matrix = standardise(labelled.map((r) => FIELDS.map(([, read]) => read(r))));
console.log('\n# Ceiling: a logistic model on all of these fields, fitted to the labels, leave-one-out');
for (const l2 of [0.02, 0.1, 0.5]) {
  const loo = matrix.map((x, i) =>
    linear(
      fitLogistic(
        matrix.flatMap((xj, j) => (j === i ? [] : [{ x: xj, y: truth[j] ?? false }])),
        { l2, steps: 1500 },
      ),
      x,
    ),
  );
  console.log(`  L2 ${l2}: AUC ${rocAuc(loo, truth).toFixed(2)}`);
}
