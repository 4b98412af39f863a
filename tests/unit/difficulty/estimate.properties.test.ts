/** Whatever a page gives it, the estimate answers: a score in 0..1, a level, a few short reasons. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Difficulty } from '../../../lib/core/model';
import { type DifficultyInput, estimateDifficulty, MAX_REASONS } from '../../../lib/difficulty';

const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, 1e12, Number.NaN));
const level = fc.constantFrom('entry' as const, 'intermediate' as const, 'expert' as const);
const words = fc.array(
  fc.constantFrom(
    'senior',
    'simple',
    'easy',
    'not for',
    'beginners',
    '5+ years',
    'experience',
    '$',
    '50',
    '/hr',
  ),
);
const text = fc.oneof(
  fc.string(),
  words.map((w) => w.join(' ')),
);

const input: fc.Arbitrary<DifficultyInput> = fc.record(
  {
    title: text,
    description: text,
    budget: fc.record({
      kind: fc.constantFrom('hourly' as const, 'fixed' as const),
      min: anyNumber,
      max: anyNumber,
      currency: fc.constant('USD'),
    }),
    budgetText: text,
    platformSkills: fc.array(fc.string()),
    skills: fc.array(fc.oneof(fc.string(), fc.constantFrom('css', 'kubernetes', 'html'))),
    platformLevel: level,
    platform: fc.string(),
    proposals: fc.record({ min: anyNumber, max: anyNumber }),
    client: fc.record({
      paymentVerified: fc.boolean(),
      rating: anyNumber,
      spent: anyNumber,
      country: fc.string(),
    }),
  },
  { requiredKeys: ['title'] },
);

describe('estimateDifficulty on arbitrary input', () => {
  it('never throws, keeps the score in 0..1 and shows at most MAX_REASONS reasons', () => {
    fc.assert(
      fc.property(input, (i) => {
        const estimate = estimateDifficulty(i);
        expect(estimate.score).toBeGreaterThanOrEqual(0);
        expect(estimate.score).toBeLessThanOrEqual(1);
        expect(estimate.reasons.length).toBeLessThanOrEqual(MAX_REASONS);
        for (const reason of estimate.reasons) expect(reason.length).toBeGreaterThan(0);
        expect(Difficulty.safeParse(estimate).success).toBe(true);
        if (i.platformLevel) expect(estimate.platformLevel).toBe(i.platformLevel);
      }),
      { numRuns: 500 },
    );
  });
});
