import { describe, expect, it } from 'vitest';
import { marketHourly, rateNudges } from '@/lib/progress/rate';
import { demandOf, entry, skillDemand } from './fixtures';

// Three successful html gigs at $20/h (10 h, $200 each); the fourth is rated too low to count.
const threeGood = [
  entry({ id: 'a', rating: 5 }),
  entry({ id: 'b', rating: 4.5 }),
  entry({ id: 'c', rating: 4.8 }),
  entry({ id: 'd', rating: 4, hours: 1, earnings: 500 }),
];

describe('the rate-raise nudge', () => {
  it('suggests 30% more after three gigs rated 4.5 or more, without market data', () => {
    expect(rateNudges(threeGood, undefined)).toEqual([
      {
        skill: 'html',
        currency: 'USD',
        successfulGigs: 3,
        currentRate: 20,
        suggestedRate: 26,
        capped: false,
      },
    ]);
  });

  it('says nothing before the third successful gig', () => {
    expect(rateNudges(threeGood.slice(0, 2), undefined)).toEqual([]);
    expect(rateNudges(threeGood.slice(1), undefined)).toEqual([]);
  });

  it('keeps the raise when the market pays more, and caps it at the market median when not', () => {
    const rich = demandOf([skillDemand('html', 9, [['USD', 40]])]);
    expect(rateNudges(threeGood, rich)[0]).toMatchObject({
      suggestedRate: 26,
      marketMedian: 40,
      capped: false,
    });
    const lean = demandOf([
      skillDemand('html', 9, [
        ['EUR', 99],
        ['USD', 24],
      ]),
    ]);
    expect(rateNudges(threeGood, lean)[0]).toMatchObject({
      suggestedRate: 24,
      marketMedian: 24,
      capped: true,
    });
    // Already above the median: no raise, and the nudge says so.
    const low = demandOf([skillDemand('html', 9, [['USD', 15]])]);
    expect(rateNudges(threeGood, low)[0]).toMatchObject({ currentRate: 20, suggestedRate: 20, capped: true });
  });

  it('compares only the same currency and follows the options', () => {
    const eurOnly = demandOf([skillDemand('html', 9, [['EUR', 10]])]);
    expect(marketHourly(eurOnly, 'html', 'USD')).toBeUndefined();
    expect(rateNudges(threeGood, eurOnly)[0]).toMatchObject({ suggestedRate: 26, capped: false });
    expect(rateNudges(threeGood, undefined, { minGigs: 2, minRating: 4.9, raise: 0.5 })).toEqual([]);
    expect(rateNudges(threeGood, undefined, { minGigs: 4, minRating: 4, raise: 0.5 })).toEqual([
      // 31 h and $1100 over four gigs → $35.48/h, +50% → $53.23/h.
      {
        skill: 'html',
        currency: 'USD',
        successfulGigs: 4,
        currentRate: 35.48,
        suggestedRate: 53.23,
        capped: false,
      },
    ]);
  });

  it('splits a gig with several skills evenly', () => {
    const log = ['a', 'b', 'c'].map((id) =>
      entry({ id, skills: ['html', 'css'], hours: 4, earnings: 100, rating: 5 }),
    );
    expect(rateNudges(log, undefined).map((n) => [n.skill, n.currentRate, n.suggestedRate])).toEqual([
      ['css', 25, 32.5],
      ['html', 25, 32.5],
    ]);
  });
});
