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
import { type DifficultyInput, estimateDifficulty, explainDifficulty } from '../lib/difficulty';
import { tagText } from '../lib/skills';
import { rocAuc } from './difficulty/metrics';
import { inputOfRow, parseFeed } from './difficulty/rows';

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

function featuresOf(input: DifficultyInput): number[] {
  const contributions = explainDifficulty(input);
  return KINDS.map((kind) =>
    contributions.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.weight, 0),
  );
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (w: readonly number[], x: readonly number[]): number =>
  x.reduce((sum, xi, i) => sum + xi * (w[i + 1] ?? 0), w[0] ?? 0);

/** Plain gradient descent on the regularised log-loss: 4 parameters need nothing cleverer. */
function fitLogistic(examples: readonly Example[], nonNegative = false): number[] {
  const w = [0, ...KINDS.map(() => 0)];
  for (let step = 0; step < 5000; step++) {
    const grad = w.map(() => 0);
    for (const e of examples) {
      const err = sigmoid(dot(w, e.x)) - (e.expert ? 1 : 0);
      grad[0] = (grad[0] ?? 0) + err;
      e.x.forEach((xi, i) => {
        grad[i + 1] = (grad[i + 1] ?? 0) + err * xi;
      });
    }
    for (let i = 0; i < w.length; i++) {
      const penalty = i === 0 ? 0 : L2 * (w[i] ?? 0);
      w[i] = (w[i] ?? 0) - (0.1 * ((grad[i] ?? 0) + penalty)) / examples.length;
      // Constrained: a cue may count for less than we thought, never the other way round.
      if (nonNegative && i > 0) w[i] = Math.max(0, w[i] ?? 0);
    }
  }
  return w;
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
  const w = fitLogistic(tune, nonNegative);
  const multipliers = KINDS.map((k, i) => `${k} ×${w[i + 1]?.toFixed(2)}`).join(', ');
  console.log(
    `\nfitted on the tune half${nonNegative ? ', multipliers ≥ 0' : ''}: bias ${w[0]?.toFixed(2)}, ${multipliers}`,
  );
  console.log(
    `  held-out AUC ${auc(
      heldOut.map((e) => dot(w, e.x)),
      heldOut,
    )}`,
  );
  const loo = examples.map((e, i) =>
    dot(
      fitLogistic(
        examples.filter((_, j) => j !== i),
        nonNegative,
      ),
      e.x,
    ),
  );
  console.log(`  leave-one-out AUC over all ${examples.length}: ${auc(loo, examples)}`);
}
