import { describe, expect, it } from 'vitest';
import { DAY_MS, weekOf, weightedMedian } from '@/lib/core/time';
import { countListing, emptyWeek, type ListingFacts, payOf } from '@/lib/demand/tallies';

const TODAY = 20_000; // a day number; its week starts on day 19_999
const at = (daysAgo: number) => (TODAY - daysAgo) * DAY_MS + 3_600_000;
const listing: ListingFacts = {
  platform: 'upwork',
  skills: ['react', 'javascript'],
  beginner: false,
  budget: { kind: 'hourly', min: 20, max: 40, currency: 'USD' },
  firstSeenAt: at(0),
};

describe('the pieces', () => {
  it('takes the middle of a pay range', () => {
    expect(payOf({ kind: 'hourly', min: 20, max: 45, currency: 'USD' })).toBe(32.5);
    expect(payOf({ kind: 'fixed', min: 250, currency: 'USD' })).toBe(250);
    expect(payOf({ kind: 'fixed', currency: 'USD' })).toBeUndefined();
    expect(payOf(undefined)).toBeUndefined();
    // A salary is no sample of a gig's rate or price.
    expect(payOf({ kind: 'fixed', min: 4000, max: 4000, currency: 'USD', period: 'month' })).toBeUndefined();
  });

  it('computes medians of counted values, odd and even totals', () => {
    expect(
      weightedMedian(
        new Map([
          [5, 1],
          [1, 1],
          [3, 1],
        ]),
      ),
    ).toBe(3);
    expect(
      weightedMedian(
        new Map([
          [4, 1],
          [1, 1],
          [3, 1],
          [2, 1],
        ]),
      ),
    ).toBe(2.5);
    // 250 ×3, 500 ×1 → 250, 250, 250, 500: median 250.
    expect(
      weightedMedian(
        new Map([
          [500, 1],
          [250, 3],
        ]),
      ),
    ).toBe(250);
    // 30 ×2, 50 ×2 → 30, 30, 50, 50: median 40.
    expect(
      weightedMedian(
        new Map([
          [50, 2],
          [30, 2],
        ]),
      ),
    ).toBe(40);
    expect(weightedMedian(new Map())).toBeUndefined();
  });

  it('refuses to count a listing into the wrong week', () => {
    expect(() => countListing(emptyWeek('react', weekOf(TODAY) - 1), listing)).toThrow(RangeError);
  });
});
