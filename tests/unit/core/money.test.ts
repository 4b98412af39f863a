/**
 * Money as listings print it, from real listing text (../shared/data/labelled, quoted in the
 * tests): the currency by symbol or by code, amounts written before their currency, the period
 * a salary is paid per, and a rough value in US dollars.
 */
import { describe, expect, it } from 'vitest';
import { Budget } from '@/lib/core/model';
import {
  namesCurrencyCode,
  parseBudget,
  parseMoney,
  payPeriodIn,
  readAmounts,
  usdValue,
} from '@/lib/core/money';

describe('reading amounts', () => {
  it('reads an amount written before its currency, by code or by symbol', () => {
    // upwork-rss-2024-06.csv, "Data Engineer": "Budget:22K INR/Monthly".
    expect(parseMoney('Budget:22K INR/Monthly')).toEqual([{ amount: 22_000, currency: 'INR' }]);
    // freelancer-jobs-2020.csv: "Full time freelancer 40,000INR".
    expect(parseMoney('Full time freelancer 40,000INR')).toEqual([{ amount: 40_000, currency: 'INR' }]);
    // upwork-jobs-2025-03.csv: "Payment - 50$/monthly".
    expect(parseMoney('Payment - 50$/monthly')).toEqual([{ amount: 50, currency: 'USD' }]);
    // Not money: sizes and counts, and a symbol that opens the next amount.
    expect(parseMoney('64 GB DDR4 RAM, 1TB NVMe SSD, 2 TB of data')).toEqual([]);
    expect(parseMoney('Pay 100 $200')).toEqual([{ amount: 200, currency: 'USD' }]);
  });

  it('reads a decimal comma as Europeans write one, and a thousands comma as a thousands comma', () => {
    expect(parseMoney('Budget: €35,50 per hour')).toEqual([{ amount: 35.5, currency: 'EUR' }]);
    expect(parseMoney('€12,5k for the whole project')).toEqual([{ amount: 12_500, currency: 'EUR' }]);
    // Dots for thousands, with or without a decimal comma; a leading 0 is a decimal point.
    // upwork-jobs-2025-03.csv, a homepage text to change: "Μ.Ο. Εισοδήματος 4.459 €".
    expect(parseMoney('Μ.Ο. Εισοδήματος 4.459 €')).toEqual([{ amount: 4459, currency: 'EUR' }]);
    expect(parseMoney('1.234,56 EUR and €2.500.000')).toEqual([
      { amount: 1234.56, currency: 'EUR' },
      { amount: 2_500_000, currency: 'EUR' },
    ]);
    expect(parseMoney('$0.015 per word, $1.5k in all, $9.99')).toEqual([
      { amount: 0.015, currency: 'USD' },
      { amount: 1500, currency: 'USD' },
      { amount: 9.99, currency: 'USD' },
    ]);
    // Not a number: nothing is read rather than something wrong.
    expect(parseMoney('$1.2.3')).toEqual([]);
    // A range that ends a sentence keeps its upper end.
    expect(readAmounts('The budget is $250 - 750.')).toEqual({ min: 250, max: 750, currency: 'USD' });
    expect(readAmounts('€20,00 - 30,50 EUR')).toEqual({ min: 20, max: 30.5, currency: 'EUR' });
    // Thousands: three digits after each comma, however many commas.
    expect(parseMoney('$1,200 or $1,200,000 or $1,200.50')).toEqual([
      { amount: 1200, currency: 'USD' },
      { amount: 1_200_000, currency: 'USD' },
      { amount: 1200.5, currency: 'USD' },
    ]);
    // upwork-jobs-2025-03.csv: "a total budget of €350, which will be distributed" (a comma after).
    expect(parseMoney('a total budget of €350, which will be distributed')).toEqual([
      { amount: 350, currency: 'EUR' },
    ]);
  });

  it('reads an amount written after its currency code, and a range whose code is at one end', () => {
    // upwork-jobs-2025-03.csv: "Budget: USD2,000", "not exceed USD 10,000.", "with USD200 Bonus stage".
    expect(parseMoney('Budget: USD2,000')).toEqual([{ amount: 2000, currency: 'USD' }]);
    expect(parseMoney('to not exceed USD 10,000.')).toEqual([{ amount: 10_000, currency: 'USD' }]);
    expect(parseMoney('with USD200 Bonus stage')).toEqual([{ amount: 200, currency: 'USD' }]);
    // Ranges as boards print them (not from the data): the bare end takes the other's currency.
    expect(readAmounts('EUR 1.200 - 2.000')).toEqual({ min: 1200, max: 2000, currency: 'EUR' });
    expect(readAmounts('USD 15 - 25 per hour')).toEqual({ min: 15, max: 25, currency: 'USD' });
    expect(readAmounts('15-30 USD/hour')).toEqual({ min: 15, max: 30, currency: 'USD' });
    expect(payPeriodIn('GBP 3,000 per month')).toBe('month');
    // Not money: a code inside a word, a code with no amount, the hours and months beside a price.
    expect(parseMoney('THOUSD 5 and USD only')).toEqual([]);
    expect(readAmounts('1 to 3 months, 30 hrs/week, USD 500')).toEqual({
      min: 500,
      max: 500,
      currency: 'USD',
    });
  });

  it('takes the currency a code names over the symbol, and the upper end printed bare', () => {
    expect(readAmounts('$30 – 250 AUD')).toEqual({ min: 30, max: 250, currency: 'AUD' });
    expect(readAmounts('₹600 - 1500 INR')).toEqual({ min: 600, max: 1500, currency: 'INR' });
    expect(readAmounts('$50,000 - 65,000 per year')).toEqual({ min: 50_000, max: 65_000, currency: 'USD' });
    expect(readAmounts('$4,000 USD per month')).toEqual({ min: 4000, max: 4000, currency: 'USD' });
    expect(readAmounts('no amount')).toBeUndefined();
    expect(namesCurrencyCode('$250 - $750 USD')).toBe(true);
    expect(namesCurrencyCode('$15.00 - $30.00')).toBe(false);
  });
});

describe('the period a salary is paid per', () => {
  it('reads it right after an amount or a range, in the ways listings write it', () => {
    // upwork-jobs-2025-03.csv: "-$620-$780/month (based on experience", "$100/day for 1 Month",
    // "a full-time role at $4,000 USD per month".
    expect(payPeriodIn('-$620-$780/month (based on experience')).toBe('month');
    expect(payPeriodIn('This is a 1-month contract at $100/day')).toBe('day');
    expect(payPeriodIn('a full-time role at $4,000 USD per month')).toBe('month');
    expect(payPeriodIn('Budget:22K INR/Monthly')).toBe('month');
    expect(payPeriodIn('Salary: $50,000 - $65,000 per year')).toBe('year');
    expect(payPeriodIn('$60k annually')).toBe('year');
    expect(payPeriodIn('$500 a week')).toBe('week');
  });

  it('does not take the hours per week or the length of a job for one', () => {
    expect(payPeriodIn('Hourly: $10-$20 Est. Time: 1 to 3 months, Less than 30 hrs/week')).toBeUndefined();
    expect(payPeriodIn('$25/hr, 30+ hrs/week')).toBeUndefined();
    expect(payPeriodIn('Fixed-price $150.00, Est. Time: Less than 1 month')).toBeUndefined();
    expect(payPeriodIn('I need 500-800 word blogs around 4 per month')).toBeUndefined();
  });

  it('gives a fixed budget its period, never an hourly one, and the schema holds to that', () => {
    const salary = parseBudget('$620-$780/month', 'fixed');
    expect(salary).toEqual({ kind: 'fixed', min: 620, max: 780, currency: 'USD', period: 'month' });
    expect(Budget.safeParse(salary).success).toBe(true);
    expect(parseBudget('$20/hr per day', 'hourly')).not.toHaveProperty('period');
    expect(Budget.safeParse({ kind: 'hourly', min: 20, currency: 'USD', period: 'month' }).success).toBe(
      false,
    );
    // A budget stored before periods existed still reads.
    expect(Budget.safeParse({ kind: 'fixed', min: 500, max: 500, currency: 'GBP' }).success).toBe(true);
  });
});

describe('US dollars', () => {
  it('converts roughly, and gives no value for a currency it holds no rate for', () => {
    expect(usdValue(100, 'USD')).toBe(100);
    expect(usdValue(1500, 'INR')).toBeCloseTo(17, 0);
    expect(usdValue(250, 'AUD')).toBeGreaterThan(150);
    expect(usdValue(250, 'AUD')).toBeLessThan(200);
    expect(usdValue(100, 'XYZ')).toBeUndefined();
  });
});
