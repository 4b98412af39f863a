/** How the level cut-offs are chosen from held-out scores, and the ordinal fit underneath. */
import { describe, expect, it } from 'vitest';
import type { PlatformLevel } from '../../../lib/core/model';
import { chooseCutoffs, type Scored } from '../../../scripts/difficulty/cutoffs';
import { fitOrdinal, type Level, type SparseRow } from '../../../scripts/difficulty/ordinal';

/** Rows with the given labels at scores 1, 2, 3, … in order. */
const rows = (labels: string): Scored[] =>
  [...labels].map((c, i) => ({
    score: i + 1,
    label: ({ n: 'entry', i: 'intermediate', e: 'expert' } as const)[c as 'n' | 'i' | 'e'] as PlatformLevel,
  }));

describe('beginner cut-off', () => {
  it('goes as far as the Expert share of the calls stays within 5%, once 30% of Entry jobs are found', () => {
    // 20 calls up to score 20 hold one Expert (5%); the 21st row is another Expert.
    const scored = rows(`nnnn${'i'.repeat(9)}e${'i'.repeat(6)}e${'i'.repeat(10)}nnnnnnn${'e'.repeat(10)}`);
    expect(chooseCutoffs(scored)).toMatchObject({ beginnerUpTo: 20, beginnerRule: 'expert-share' });
  });

  it('counts only the calls made: a listing held back from beginner is none of them', () => {
    // As above, but the Expert at score 21 asks for a senior: it is never called beginner, so the
    // cut goes on through the Intermediate and Entry rows until the Experts at the top (score 39).
    const scored = rows(
      `nnnn${'i'.repeat(9)}e${'i'.repeat(6)}e${'i'.repeat(10)}nnnnnnn${'e'.repeat(10)}`,
    ).map((r) => (r.score === 21 ? { ...r, heldBack: true } : r));
    expect(chooseCutoffs(scored)).toMatchObject({ beginnerUpTo: 38, beginnerRule: 'expert-share' });
  });

  it('when no cut keeps 5%, stays where the Expert share is at its floor instead of calling everything beginner', () => {
    // An Expert in every fifth row from the start: 20% at every cut, until the Experts pile up at the top.
    const scored = rows(`${'nieii'.repeat(8)}${'e'.repeat(20)}`);
    const cut = chooseCutoffs(scored);
    expect(cut.beginnerRule).toBe('expert-share-floor');
    expect(cut.beginnerUpTo).toBeGreaterThanOrEqual(10);
    expect(cut.beginnerUpTo).toBeLessThan(41);
  });
});

describe('expert cut-off', () => {
  it('is the lowest cut at which at least 65% of the expert calls are Expert jobs', () => {
    // From the top (score 18 down): e e i e e i, then only i and n: the six highest hold four
    // Experts (67%), the seventh makes it 57%.
    const scored = rows(`nn${'i'.repeat(10)}ieeiee`);
    expect(chooseCutoffs(scored).expertFrom).toBe(13);
  });
});

describe('ordinal fit', () => {
  const row = (x: number, level: Level): SparseRow => ({
    index: Int32Array.from([0]),
    value: Float64Array.from([x]),
    level,
    weight: 1,
    source: 0,
  });
  const data = [
    row(-2, 0),
    row(-1, 0),
    row(-1, 1),
    row(0, 1),
    row(0, 1),
    row(1, 1),
    row(1, 2),
    row(2, 2),
    row(0.5, 2),
    row(-0.5, 0),
  ];
  const options = {
    features: 1,
    sources: 1,
    penalty: Float64Array.from([0.01]),
    shiftPenalty: 0.01,
    maxIterations: 200,
  };

  it('learns a positive weight for a feature that rises with the level, and ordered cut-points', () => {
    const fit = fitOrdinal(data, options);
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(fit.cuts[0]).toBeLessThan(fit.cuts[1]);
  });

  it('is deterministic to the last bit', () => {
    expect(fitOrdinal(data, options)).toEqual(fitOrdinal(data, options));
  });
});
