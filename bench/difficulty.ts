/**
 * Difficulty benchmark: the fitted model's cost per listing beside the skill tagger's, on the
 * same real listing text (the tagger benchmark's corpus). The model is given the tagger's skills,
 * as in the extension, so its own work is measured: reading the facts, the phrases, and summing
 * and wording the weights. Both are timed in alternating turns in one run.
 */
import { estimateDifficulty } from '../lib/difficulty';
import { aliasedTaxonomy } from '../lib/skills/aliased-taxonomy';
import { createTagger } from '../lib/skills/tagger';
import { type CorpusDoc, loadCorpus } from './corpus';
import { timeInTurns } from './tagger';

export interface DifficultyBenchResult {
  docs: number;
  /** Milliseconds per listing. */
  modelMs: number;
  taggerMs: number;
  /** Model time / tagger time: under 1, the model costs less than the tagging it follows. */
  vsTagger: number;
}

export function runDifficultyBench(
  rounds = 9,
  corpus: readonly CorpusDoc[] = loadCorpus(),
): DifficultyBenchResult {
  const tagger = createTagger(aliasedTaxonomy());
  const inputs = corpus.map((d) => ({ ...d, skills: tagger.tag(d).map((s) => s.id) }));
  let sink = 0;
  const runModel = (): void => {
    for (const input of inputs) sink += estimateDifficulty(input).score;
  };
  const runTagger = (): void => {
    for (const d of corpus) sink += tagger.tag(d).length;
  };
  const [modelMs = 0, taggerMs = 0] = timeInTurns(rounds, [runModel, runTagger]);
  if (Number.isNaN(sink)) console.log(sink); // keeps the work observable so it is not optimised away
  return {
    docs: corpus.length,
    modelMs: modelMs / corpus.length,
    taggerMs: taggerMs / corpus.length,
    vsTagger: modelMs / taggerMs,
  };
}

export function formatDifficultyBench(r: DifficultyBenchResult): string {
  const us = (ms: number): string => `${(ms * 1000).toFixed(0)} µs`;
  return [
    `difficulty: ${r.docs} listings`,
    `  model (facts, phrases, weights, reasons)  ${us(r.modelMs)} per listing`,
    `  skill tagger                              ${us(r.taggerMs)} per listing`,
    `  model / tagger = ${r.vsTagger.toFixed(2)}`,
  ].join('\n');
}
