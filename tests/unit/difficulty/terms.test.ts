/** Pay and time: the budget, its kind, the hourly rate, the estimated duration and hours per week. */
import { describe, expect, it } from 'vitest';
import { parseBudget } from '../../../lib/core/money';
import { type DifficultyInput, explainDifficulty, readTerms } from '../../../lib/difficulty';
import { factsOf } from '../../../lib/difficulty/features';
import { termsInDescription } from '../../../lib/difficulty/terms';
import { tagsFor } from '../../../lib/gigs/tagging';
import { freelancerLine, shortListing, testModel, upworkLine } from './fixtures';

/** A model that weighs only pay and time, each feature by one: the reason is what is tested. */
const PAY_AND_TIME = testModel({
  signals: {
    'pay.hourlyRate': 1,
    'pay.fixedAmount': 1,
    'pay.hourlyUnknown': 1,
    'pay.fixedUnknown': -1,
    'time.sixMonthsPlus': 1,
    'time.fullTime': 1,
    'time.underAMonth': -1,
    'time.partTime': -0.5,
  },
});
const reasonOf = (input: DifficultyInput, group: string) =>
  explainDifficulty(input, PAY_AND_TIME).find((r) => r.group === group);

describe('reading printed terms', () => {
  it('reads Upwork hourly ranges and estimated time', () => {
    expect(readTerms(undefined, 'Hourly: $40-$70, Est. Time: More than 6 months, 30+ hrs/week')).toEqual({
      kind: 'hourly',
      hourly: { min: 40, max: 70 },
      currency: 'USD',
      months: { min: 6 },
      fullTime: true,
    });
    expect(
      readTerms(undefined, 'Hourly: $5-$25, Est. Time: Less than 1 month, Less than 30 hrs/week'),
    ).toEqual({
      kind: 'hourly',
      hourly: { min: 5, max: 25 },
      currency: 'USD',
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

  it('reads the kind even without an amount ("Fixed-price", "Hourly"), and a Fiverr "From" price', () => {
    expect(readTerms(undefined, 'Fixed-price, Est. Budget: $1,000')).toEqual({
      kind: 'fixed',
      fixed: 1000,
      currency: 'USD',
    });
    expect(readTerms(undefined, 'Fixed-price')).toEqual({ kind: 'fixed' });
    expect(readTerms(undefined, 'Hourly')).toEqual({ kind: 'hourly' });
    expect(readTerms(undefined, 'From €30')).toEqual({ kind: 'fixed', fixed: 30, currency: 'EUR' });
    expect(readTerms(undefined, '$19/hr')).toEqual({
      kind: 'hourly',
      hourly: { min: 19, max: 19 },
      currency: 'USD',
    });
  });

  it('prefers the Budget object the adapter read, and still reads the duration from the text', () => {
    const terms = readTerms(
      { kind: 'hourly', min: 20, max: 45, currency: 'USD' },
      'Est. Time: 1 to 3 months, Less than 30 hrs/week',
    );
    expect(terms).toEqual({
      kind: 'hourly',
      hourly: { min: 20, max: 45 },
      currency: 'USD',
      months: { min: 1, max: 3 },
      fullTime: false,
    });
  });
});

describe('pay signal', () => {
  it('reads the middle of an hourly range as the rate (line 21: Hourly $40-$70)', () => {
    expect(factsOf(upworkLine(21).input)).toMatchObject({ hourlyRate: 55 });
    expect(reasonOf(upworkLine(21).input, 'pay')).toMatchObject({ reason: 'pays $40–$70/hr' });
  });

  it('a $21 fixed price ("Simple css fixing") is said as the model weighs it', () => {
    const reason = reasonOf(freelancerLine(78), 'pay');
    expect(reason?.reason).toBe('pays $21 fixed');
    expect(reason?.weight).toBeCloseTo(Math.log(21 / 300), 3);
  });

  it('words an average bid as what it is, with the weight of a price', () => {
    const input = { title: 'PSD to HTML 3 pages', description: 'Convert three PSD pages to HTML.' };
    const bid = { kind: 'fixed' as const, min: 40, max: 40, currency: 'USD', source: 'average-bid' as const };
    expect(reasonOf({ ...input, budget: bid }, 'pay')?.reason).toBe('bids average $40');
    expect(reasonOf({ ...input, budget: bid }, 'pay')?.weight).toBe(
      reasonOf({ ...input, budget: { ...bid, source: undefined } }, 'pay')?.weight,
    );
    expect(reasonOf({ ...input, budget: { ...bid, kind: 'hourly', min: 14, max: 14 } }, 'pay')?.reason).toBe(
      'bids average $14/hr',
    );
  });

  it('an hourly job without a rate is said so (saved as "Hourly" only)', () => {
    expect(reasonOf({ title: 'Flutter Web Dev', budgetText: 'Hourly' }, 'pay')?.reason).toBe(
      'hourly, no rate given',
    );
  });

  it("a PeoplePerHour price per hour is an hourly rate ('$10/hr')", () => {
    expect(factsOf(shortListing('peopleperhour-jobs-2020.csv', 505))).toMatchObject({ hourlyRate: 10 });
  });
});

describe('duration signal', () => {
  it('6+ months at 30+ hrs/week is one reason (line 21)', () => {
    expect(reasonOf(upworkLine(21).input, 'time')).toEqual({
      group: 'time',
      reason: '6+ months, 30+ hrs/week',
      weight: 2,
    });
  });

  it('less than a month at under 30 hrs/week (line 11)', () => {
    expect(reasonOf(upworkLine(11).input, 'time')).toMatchObject({
      reason: 'under a month, under 30 hrs/week',
      weight: -1.5,
    });
  });

  it('reaches the tags of a listing read from a page: the estimated time is read from Listing.duration', () => {
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
    const withTime = tagsFor(listing).difficulty.score;
    const withoutTime = tagsFor({ ...listing, duration: undefined }).difficulty.score;
    // The fitted model weighs six months and full-time hours toward harder.
    expect(withTime).toBeGreaterThan(withoutTime);
  });
});

describe('terms written elsewhere', () => {
  it('reads a bare range as an hourly rate ("$15.00 - $30.00", as some scrapers keep it)', () => {
    expect(readTerms(undefined, '$15.00 - $30.00')).toEqual({
      kind: 'hourly',
      hourly: { min: 15, max: 30 },
      currency: 'USD',
    });
    expect(readTerms(undefined, 'Fixed price: $100 - $250')).toMatchObject({ kind: 'fixed' });
  });

  it('reads "Hourly Range" or "Budget" printed in a description when the listing has no budget of its own', () => {
    const rss = 'Need a scraper for a directory.\nHourly Range: $10.00-$25.00\nPosted On: June 06, 2024';
    expect(factsOf({ title: 'Directory scraper', description: rss })).toMatchObject({ hourlyRate: 17.5 });
    expect(
      factsOf({ title: 'Logo', description: 'A logo for my bakery.\nBudget: $50\nCategory: Logo Design' }),
    ).toMatchObject({
      fixedAmount: 50,
    });
    // The listing's own budget wins over a figure in its text.
    const own = factsOf({ title: 'Logo', description: 'Budget: $50', budgetText: 'Fixed-price $300' });
    expect(own.fixedAmount).toBe(300);
  });
});

describe('pay in another currency, and salaries', () => {
  const fix = { title: 'Fix the checkout page of my WooCommerce shop', description: 'The cart page breaks.' };

  it('weighs a price in rupees or Australian dollars as what it is in US dollars, and says it as printed', () => {
    // Freelancer.com prints a client's budget in the client's currency: "₹600 - 1500 INR".
    const rupees = parseBudget('₹600 - 1500 INR', 'fixed');
    expect(rupees).toMatchObject({ currency: 'INR', max: 1500 });
    const facts = factsOf({ ...fix, ...(rupees ? { budget: rupees } : {}) });
    expect(facts.fixedAmount).toBeGreaterThan(10);
    expect(facts.fixedAmount).toBeLessThan(25);
    expect(reasonOf({ ...fix, ...(rupees ? { budget: rupees } : {}) }, 'pay')?.reason).toBe(
      'pays ₹1,500 fixed',
    );
    // The same figure in dollars would be a large job.
    expect(factsOf({ ...fix, budgetText: '$600 - 1500 USD' }).fixedAmount).toBe(1500);
    const aud = factsOf({ ...fix, budgetText: '$15 - 25 AUD / hour' });
    expect(aud.hourlyRate).toBeCloseTo(20 * 0.65, 1);
    // The top of the range too: "₹500 - 1200 INR / hour" tops out near $14, not $1,200.
    expect(aud.hourlyCeiling).toBeCloseTo(25 * 0.65, 1);
    expect(factsOf({ ...fix, budgetText: '₹500 - 1200 INR / hour' }).hourlyCeiling).toBeLessThan(15);
    expect(reasonOf({ ...fix, budgetText: '$15 - 25 AUD / hour' }, 'pay')?.reason).toBe('pays A$15–A$25/hr');
  });

  it('a currency with no known rate leaves the pay unknown, neither cheap nor dear, and says nothing of it', () => {
    const budget = { kind: 'fixed' as const, min: 5000, max: 5000, currency: 'KRW' };
    const facts = factsOf({ ...fix, budget });
    expect(facts.fixedAmount).toBeUndefined();
    expect(facts.hourlyRate).toBeUndefined();
    expect(explainDifficulty({ ...fix, budget }, PAY_AND_TIME).some((r) => r.group === 'pay')).toBe(false);
  });

  it('reads a salary as its hourly equivalent at 40 hours a week, said per its own period', () => {
    const yearly = { ...fix, budgetText: 'Salary: $50,000 - $65,000 per year' };
    expect(readTerms(undefined, yearly.budgetText)).toEqual({
      kind: 'salary',
      salary: { min: 50_000, max: 65_000, per: 'year' },
      currency: 'USD',
    });
    expect(factsOf(yearly).hourlyRate).toBeCloseTo(57_500 / 2080, 3);
    expect(reasonOf(yearly, 'pay')?.reason).toBe('pays $50,000–$65,000 a year');
    // upwork-jobs-2025-03.csv: "-$620-$780/month (based on experience".
    const monthly = { ...fix, budgetText: '-$620-$780/month (based on experience' };
    expect(factsOf(monthly).hourlyRate).toBeCloseTo(700 / (2080 / 12), 3);
    expect(reasonOf(monthly, 'pay')?.reason).toBe('pays $620–$780 a month');
    // Before, a yearly salary read as an hourly rate of $50,000.
    expect(factsOf(yearly).fixedAmount).toBeUndefined();
  });

  it('reads a salary the adapter found on a job board card, and one written into an RSS description', () => {
    const budget = {
      kind: 'fixed' as const,
      min: 4000,
      max: 4000,
      currency: 'USD',
      period: 'month' as const,
    };
    expect(factsOf({ ...fix, budget }).hourlyRate).toBeCloseTo(4000 / (2080 / 12), 3);
    // upwork-rss-2024-06.csv, "Data Engineer": the budget line people write, amount before currency.
    const rss = 'Duration: 2hrs/day(Monday to Friday)\n\nBudget:22K INR/Monthly';
    expect(readTerms(undefined, termsInDescription(rss))).toMatchObject({
      kind: 'salary',
      salary: { min: 22_000, max: 22_000, per: 'month' },
      currency: 'INR',
    });
  });

  it('reads a bare range as a budget on any marketplace but Upwork, and where the code names the currency', () => {
    expect(readTerms(undefined, '$250 - $750', 'freelancer')).toMatchObject({ kind: 'fixed', fixed: 750 });
    expect(readTerms(undefined, '$250 - $750 USD')).toMatchObject({ kind: 'fixed', fixed: 750 });
    expect(readTerms(undefined, '$15.00 - $30.00', 'upwork')).toMatchObject({ kind: 'hourly' });
    expect(factsOf({ ...fix, platform: 'guru', budgetText: '$250 - $500' })).toMatchObject({
      fixedAmount: 500,
    });
  });

  it("reads Guru's budget column as it prints it (guru.com-jobs.csv, March 2020)", () => {
    expect(readTerms(undefined, 'Fixed Price or Hourly')).toEqual({});
    expect(readTerms(undefined, 'Fixed Price | Under $250')).toEqual({
      kind: 'fixed',
      fixed: 250,
      currency: 'USD',
    });
    expect(readTerms(undefined, 'Fixed Price | $5k-$10k')).toMatchObject({ kind: 'fixed', fixed: 10_000 });
    expect(readTerms(undefined, 'Hourly | $5 - $20')).toMatchObject({
      kind: 'hourly',
      hourly: { min: 5, max: 20 },
    });
    expect(readTerms(undefined, 'Hourly | No Rate specified | 10-30 Hours/wk')).toEqual({
      kind: 'hourly',
      fullTime: false,
    });
  });
});
