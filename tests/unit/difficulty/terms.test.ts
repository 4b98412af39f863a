/** Pay and time signals: budget, hourly rate, estimated duration, hours per week. */
import { describe, expect, it } from 'vitest';
import { estimateDifficulty, explainDifficulty, readTerms } from '../../../lib/difficulty';
import { tagsFor } from '../../../lib/gigs/tagging';
import { freelancerLine, upworkLine } from './fixtures';

const reasonsOf = (input: Parameters<typeof explainDifficulty>[0]) =>
  explainDifficulty(input).map((c) => c.reason);
const weightOf = (input: Parameters<typeof explainDifficulty>[0], reason: string) =>
  explainDifficulty(input).find((c) => c.reason === reason)?.weight;

describe('reading printed terms', () => {
  it('reads Upwork hourly ranges and estimated time', () => {
    expect(readTerms(undefined, 'Hourly: $40-$70, Est. Time: More than 6 months, 30+ hrs/week')).toEqual({
      hourly: { min: 40, max: 70 },
      months: { min: 6 },
      fullTime: true,
    });
    expect(
      readTerms(undefined, 'Hourly: $5-$25, Est. Time: Less than 1 month, Less than 30 hrs/week'),
    ).toEqual({
      hourly: { min: 5, max: 25 },
      months: { min: 0, max: 1 },
      fullTime: false,
    });
  });

  it("reads Guru's hours per week and length, and Upwork's undetermined hours", () => {
    expect(readTerms(undefined, '1-10 hrs/wk, 1-3 months')).toEqual({
      months: { min: 1, max: 3 },
      fullTime: false,
    });
    expect(readTerms(undefined, '30-40 hrs/wk, Over 6 months')).toEqual({
      months: { min: 6 },
      fullTime: true,
    });
    expect(readTerms(undefined, '1-4 weeks')).toEqual({ months: { min: 0, max: 1 } });
    expect(readTerms(undefined, 'Less than 1 month, Hours to be determined')).toEqual({
      months: { min: 0, max: 1 },
    });
  });

  it('reads an Upwork fixed budget with thousands separators, and a Freelancer.com "/hr" rate', () => {
    expect(readTerms(undefined, 'Fixed-price, Est. Budget: $1,000')).toEqual({ fixed: 1000 });
    expect(readTerms(undefined, '$19/hr')).toEqual({ hourly: { min: 19, max: 19 } });
  });

  it('prefers the Budget object the adapter read, and still reads the duration from the text', () => {
    const terms = readTerms(
      { kind: 'hourly', min: 20, max: 45, currency: 'USD' },
      'Est. Time: 1 to 3 months, Less than 30 hrs/week',
    );
    expect(terms).toEqual({ hourly: { min: 20, max: 45 }, months: { min: 1, max: 3 }, fullTime: false });
  });
});

describe('pay signal', () => {
  it('a high hourly ceiling counts toward expert (line 21: Hourly $40-$70)', () => {
    const { input } = upworkLine(21);
    expect(weightOf(input, 'pays up to $70/hr')).toBeGreaterThan(0);
    const withoutPay = estimateDifficulty({ ...input, budgetText: undefined });
    expect(estimateDifficulty(input).score).toBeGreaterThan(withoutPay.score);
  });

  it('a $150/hr ceiling is the strongest reason on line 8', () => {
    expect(estimateDifficulty(upworkLine(8).input).reasons[0]).toBe('pays up to $150/hr');
  });

  it('a tiny fixed price counts toward beginner ("Simple css fixing", $21)', () => {
    const input = freelancerLine(78);
    expect(weightOf(input, 'fixed price $21')).toBeLessThan(0);
  });

  it('a $1,000 fixed price counts toward expert, $150 toward easier (lines 38 and 35)', () => {
    expect(weightOf(upworkLine(38).input, 'fixed price $1,000')).toBeGreaterThan(0);
    expect(weightOf(upworkLine(35).input, 'fixed price $150')).toBeLessThan(0);
  });

  it('words an average bid as what it is, with the weight of a price', () => {
    const input = { title: 'PSD to HTML 3 pages', description: 'Convert three PSD pages to HTML.' };
    const bid = { kind: 'fixed' as const, min: 40, max: 40, currency: 'USD', source: 'average-bid' as const };
    expect(weightOf({ ...input, budget: bid }, 'bids average $40')).toBeLessThan(0);
    expect(weightOf({ ...input, budget: bid }, 'bids average $40')).toBe(
      weightOf({ ...input, budget: { ...bid, source: undefined } }, 'fixed price $40'),
    );
    expect(reasonsOf({ ...input, budget: { ...bid, kind: 'hourly', min: 14, max: 14 } })).toContain(
      'bids average $14/hr',
    );
  });

  it('a mid-range rate says nothing (line 11: Hourly $8-$25)', () => {
    expect(reasonsOf(upworkLine(11).input).some((r) => r.startsWith('pays'))).toBe(false);
  });
});

describe('duration signal', () => {
  it('6+ months at 30+ hrs/week counts toward expert (line 21)', () => {
    const { input } = upworkLine(21);
    expect(weightOf(input, 'long engagement (6+ months)')).toBeGreaterThan(0);
    expect(weightOf(input, 'full-time hours (30+ hrs/week)')).toBeGreaterThan(0);
  });

  it('less than a month counts toward easier (line 11)', () => {
    expect(weightOf(upworkLine(11).input, 'short job (under a month)')).toBeLessThan(0);
  });

  it('reaches the tags of a listing read from a page: the estimated time is a listed reason', () => {
    const listing = {
      id: 'upwork:2024986923792202057',
      platform: 'upwork' as const,
      url: 'https://www.upwork.com/jobs/~022024986923792202057/',
      title: 'Shopify and Paid Media Tracking Expert Needed',
      description: 'Fix our Shopify conversion tracking.',
      platformSkills: ['Shopify'],
      budget: { kind: 'hourly' as const, min: 20, max: 30, currency: 'USD' },
      duration: 'More than 6 months, 30+ hrs/week',
    };
    const reasons = tagsFor(listing).difficulty.reasons;
    expect(reasons).toContain('long engagement (6+ months)');
    expect(reasons).toContain('full-time hours (30+ hrs/week)');
    expect(tagsFor({ ...listing, duration: undefined }).difficulty.reasons).not.toContain(
      'long engagement (6+ months)',
    );
  });
});
