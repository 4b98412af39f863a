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

/** Ten rows: an Entry job, eight Intermediate, an Expert. */
const ONE_IN_TEN = 'niiiiiiiie';

describe('beginner cut-off', () => {
  it('goes as far as the Expert share of the calls stays within 5%, once 30% of Entry jobs are found', () => {
    // 20 calls up to score 20 hold one Expert (5%); the 21st row is another Expert.
    const scored = rows(`nnnn${'i'.repeat(9)}e${'i'.repeat(6)}e${'i'.repeat(10)}nnnnnnn${'e'.repeat(10)}`);
    expect(chooseCutoffs(scored)).toMatchObject({ beginnerUpTo: 20, beginnerRule: 'expert-share' });
  });

  it('counts only the calls made: a listing held back from beginner is none of them', () => {
    // As above, but the Expert at score 21 asks for a senior: it is never called beginner, so the
    // cut goes on through the Intermediate and Entry rows until the expert calls begin (at 34:
    // from there up, 10 of 15 rows are Expert).
    const scored = rows(
      `nnnn${'i'.repeat(9)}e${'i'.repeat(6)}e${'i'.repeat(10)}nnnnnnn${'e'.repeat(10)}`,
    ).map((r) => (r.score === 21 ? { ...r, heldBack: true } : r));
    expect(chooseCutoffs(scored)).toMatchObject({
      beginnerUpTo: 33,
      expertFrom: 34,
      beginnerRule: 'expert-share',
    });
  });

  it('when no cut keeps 5%, stays where the Expert share is at its floor instead of calling everything beginner', () => {
    // An Expert in every fifth row from the start: 20% at every cut, until 200 Experts pile up at
    // the top (rows 401–600). The cut goes into the pile only as far as sampling noise allows (two
    // standard errors at about 420 calls, 4 points): within its first tenth, far from everything.
    const scored = rows(`${'nieii'.repeat(80)}${'e'.repeat(200)}`);
    const cut = chooseCutoffs(scored);
    expect(cut.beginnerRule).toBe('expert-share-floor');
    expect(cut.beginnerUpTo).toBeGreaterThanOrEqual(100);
    expect(cut.beginnerUpTo).toBeLessThan(421);
  });

  it('goes on past a bump in the Expert share that sampling noise explains, and stops where the share truly rises', () => {
    // One Expert in ten rows (the floor, 9.0%, is at row 89, once 30% of the Entry jobs are found),
    // three Experts in a row at 201–203, more rows at one in ten, then every other row Expert from
    // 304 (too few for an expert call). The bump takes the share to 11.3%, within two standard
    // errors of the floor at 203 calls (4 points), so the cut goes on; the half-Expert rows are out
    // of it within a dozen rows.
    const scored = rows(`${ONE_IN_TEN.repeat(20)}eee${ONE_IN_TEN.repeat(10)}${'ie'.repeat(30)}`);
    const cut = chooseCutoffs(scored);
    expect(cut.beginnerRule).toBe('expert-share-floor');
    expect(cut.beginnerUpTo).toBeGreaterThan(303);
    expect(cut.beginnerUpTo).toBeLessThan(316);
  });

  it('with many calls, a rise of a few points is no longer noise: the cut stops before it', () => {
    // Ten times the rows: the floor is 9.9% (row 899), and 60 Experts in a row at 2,001–2,060 take
    // the share to 12.6%, where two standard errors are 1.3 points: the cut stops inside the run
    // and never reaches the one-in-ten rows after it.
    const scored = rows(`${ONE_IN_TEN.repeat(200)}${'e'.repeat(60)}${ONE_IN_TEN.repeat(100)}`);
    const cut = chooseCutoffs(scored);
    expect(cut.beginnerUpTo).toBeGreaterThan(2_000);
    expect(cut.beginnerUpTo).toBeLessThan(2_060);
  });

  it('never reaches into the expert calls, however wide the noise margin on few rows', () => {
    // 32 rows, a quarter of them Expert and the top a run of Experts: two standard errors at 20
    // calls are 19 points, which alone would let the beginner cut run to row 23, past the
    // expert cut at 15.
    const scored = rows(`${'niei'.repeat(5)}${'eeie'.repeat(2)}eeee`);
    const cut = chooseCutoffs(scored);
    expect(cut.expertFrom).toBe(15);
    expect(cut.beginnerUpTo).toBe(14);
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
