/**
 * Money as marketplaces print it: amounts with their currency ("$1,200", "₹600 - 1500 INR",
 * "$30 – 250 AUD", "£1.5k", "USD 2,000"), the period a salary is paid per ("$4,000/month", "$50,000 - $65,000
 * per year"), and a rough value in US dollars for rules whose thresholds are in dollars (the
 * difficulty model learned "$15 an hour" from US-dollar jobs; 15 rupees is not that).
 * Pure: shared by the site adapters, the difficulty estimate and the command-line tagger.
 */
import type { Budget, PayPeriod } from './model';

export interface Money {
  amount: number;
  currency: string;
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR' };
const SYMBOL = '[$€£₹]';

/**
 * US dollars per unit, rounded, as of late 2026. Rough on purpose: they only decide which price
 * band a listing falls in (up to $10, $20, $35 an hour…), where a tenth either way changes little.
 * A currency not listed here has no dollar value: its pay is then unknown, not guessed.
 */
const USD_PER_UNIT: Record<string, number> = {
  USD: 1,
  EUR: 1.15,
  GBP: 1.33,
  INR: 0.0113,
  AUD: 0.65,
  CAD: 0.72,
  NZD: 0.58,
  SGD: 0.77,
  HKD: 0.128,
  CHF: 1.25,
  JPY: 0.0066,
  SEK: 0.105,
  NOK: 0.099,
  DKK: 0.154,
  PLN: 0.27,
  BRL: 0.18,
  MXN: 0.054,
  ZAR: 0.056,
  PHP: 0.017,
  PKR: 0.0036,
  BDT: 0.0082,
  NGN: 0.00068,
  AED: 0.272,
  ILS: 0.29,
};

/** The amount in US dollars, roughly; undefined for a currency we hold no rate for. */
export function usdValue(amount: number, currency: string): number | undefined {
  const rate = USD_PER_UNIT[currency];
  return rate === undefined ? undefined : amount * rate;
}

const CODES = Object.keys(USD_PER_UNIT).join('|');

/** "$30 – 250 AUD": a code after the amounts names the currency ("$" is several dollars). */
const CODE_AFTER = new RegExp(`\\b(${CODES})(?![A-Za-z])`);

/** Whether the text names its currency by code ("$250 - $750 USD", "22K INR"). */
export const namesCurrencyCode = (text: string): boolean => CODE_AFTER.test(text);

/** An amount's digits: a run of digits, commas and dots that ends in a digit ("1.234,56", "1,200.50"). */
const DIGITS = '\\d(?:[\\d,.]*\\d)?';

/**
 * An amount with its currency, as people write one: the symbol first ("$1,200.50", "€ 35",
 * "£1.5k", "$10K+"), the amount first, with a code or a symbol after it ("22K INR",
 * "40,000INR", "50$"; a symbol only when no digit follows it, or it opens the next amount), or
 * the code first ("USD 500", "EUR 1.200", as invoices and some boards print it).
 */
const AMOUNT = new RegExp(
  `([$€£₹])\\s?(${DIGITS})\\s?([kKmM])?|` +
    `(?<![\\d.,])(${DIGITS})\\s?([kKmM])?\\s?(?:(${CODES})(?![A-Za-z])|([$€£₹])(?!\\s?\\d))|` +
    `(?<![A-Za-z])(${CODES})\\s?(${DIGITS})\\s?([kKmM])?`,
  'g',
);

/** "35,50", "1,234,5": a last comma with one or two digits after it, and nothing else, is a decimal comma. */
const DECIMAL_COMMA = /^\d+(?:,\d{3})*,\d{1,2}$/;

/** "4.459", "1.234,56": dots that group thousands (never after a leading 0: "$0.015 a word"). */
const DOT_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?$/;

/**
 * The number in an amount's digits: "1,200.50" is 1200.5 (commas group thousands), but "€35,50",
 * "€12,5k", "4.459 €" and "1.234,56 EUR" are 35.5, 12.5 thousand, 4,459 and 1,234.56, as much of
 * Europe writes them (Freelancer.com and PeoplePerHour listings in euros), not 3,550, 125
 * thousand, 4.459 and 1.234: a thousands separator always has three digits after it, and a
 * price has at most two decimals. NaN for anything else with several dots ("1.2.3").
 */
function amountOf(digits: string): number {
  if (DOT_THOUSANDS.test(digits)) return Number(digits.replace(/\./g, '').replace(',', '.'));
  if (DECIMAL_COMMA.test(digits)) return Number(digits.replace(/,(?=\d{1,2}$)/, '.').replace(/,/g, ''));
  return Number(digits.replace(/,/g, ''));
}

/** Every amount in a text, in order, with its currency. */
export function parseMoney(text: string): Money[] {
  const out: Money[] = [];
  // `exec` from a reset `lastIndex` rather than `matchAll`, which copies the expression per call.
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const digits = m[2] ?? m[4] ?? m[9] ?? '';
    const base = amountOf(digits);
    if (!Number.isFinite(base)) continue;
    const unit = (m[3] ?? m[5] ?? m[10])?.toLowerCase();
    const amount = unit === 'k' ? base * 1_000 : unit === 'm' ? base * 1_000_000 : base;
    const currency = m[6] ?? m[8] ?? CURRENCY_SYMBOLS[m[1] ?? m[7] ?? '$'] ?? 'USD';
    out.push({ amount, currency });
  }
  return out;
}

/**
 * "$250 – 750 USD", "$50,000 - 65,000", "USD 15 - 25": the upper end of a range often goes
 * without its symbol or code.
 */
const BARE_UPPER = new RegExp(
  `(?:${SYMBOL}|(?<![A-Za-z])(?:${CODES}))\\s?[\\d,.]+\\s?[kK]?\\s*(?:-|–|to)\\s*(${DIGITS})\\s?([kK])?(?![\\d,]|\\.\\d)`,
);

/** "15-30 USD/hour", "600 - 1500₹": or its lower end, when the currency follows the upper one. */
const BARE_LOWER = new RegExp(
  `(?<![\\d.,$€£₹])(${DIGITS})\\s?([kK])?\\s*(?:-|–|to)\\s*${DIGITS}\\s?[kK]?\\s?(?:(?:${CODES})(?![A-Za-z])|[$€£₹](?!\\s?\\d))`,
);

/**
 * The first amount and the range it opens, in the currency printed: "Hourly: $20.00 - $45.00",
 * "₹600 - 1500 INR", "$30 – 250 AUD" (the code wins over the symbol).
 */
export function readAmounts(text: string): { min: number; max: number; currency: string } | undefined {
  const amounts = parseMoney(text);
  const bare = text.match(BARE_UPPER) ?? text.match(BARE_LOWER);
  if (amounts.length === 1 && amounts[0] && bare?.[1]) {
    const other = amountOf(bare[1]) * (bare[2] ? 1_000 : 1);
    if (Number.isFinite(other)) amounts.push({ amount: other, currency: amounts[0].currency });
  }
  const [low, high] = amounts;
  if (!low) return undefined;
  const code = text.match(CODE_AFTER)?.[1];
  const min = Math.min(low.amount, high?.amount ?? low.amount);
  const max = Math.max(low.amount, high?.amount ?? low.amount);
  return { min, max, currency: code ?? low.currency };
}

/** "Hourly: $20.00 - $45.00" or "Est. budget: $250" → a Budget of the given kind. */
export function parseBudget(text: string, kind: Budget['kind']): Budget | undefined {
  const amounts = readAmounts(text);
  if (!amounts) return undefined;
  const period = payPeriodIn(text);
  return { kind, ...amounts, ...(period && kind === 'fixed' ? { period } : {}) };
}

/** Working hours in each period, to set a salary beside an hourly rate: 8 a day, 40 a week. */
export const HOURS_PER: Record<PayPeriod, number> = { day: 8, week: 40, month: 2080 / 12, year: 2080 };

const PERIOD_WORDS: [RegExp, PayPeriod][] = [
  [/^(?:year|yr|annum)|^annual/i, 'year'],
  [/^(?:month|mo\b)|^monthly/i, 'month'],
  [/^(?:week|wk)|^weekly/i, 'week'],
  [/^day|^daily/i, 'day'],
];

/** One amount as people write it, symbol or code first or after ("$4,000", "USD 4,000", "22K INR", "50$"). */
const AN_AMOUNT = `(?:(?:${SYMBOL}|(?:${CODES})\\s?)\\s?\\d[\\d,.]*\\s?[kK]?|\\d[\\d,.]*\\s?[kK]?\\s?(?:${CODES}|${SYMBOL}))`;

/**
 * "$4,000/month", "$50,000 - $65,000 per year", "$100/day", "Budget:22K INR/Monthly",
 * "50$/monthly", "$60k annually": the period right after an amount or a range (so "30+ hrs/week"
 * and "1 to 3 months" are not read as one).
 */
const PERIOD_AFTER_AMOUNT = new RegExp(
  `${AN_AMOUNT}(?:\\s*(?:-|–|to)\\s*(?:${AN_AMOUNT}|\\d[\\d,.]*\\s?[kK]?))?\\s*(?:${CODES})?\\s*` +
    '(?:(?:/|per|an?)\\s*(year(?:ly)?|yr|annum|month(?:ly)?|mo|week(?:ly)?|wk|day|daily)\\b|(annual(?:ly)?|monthly|weekly|daily)\\b)',
  'i',
);

export function payPeriodIn(text: string): PayPeriod | undefined {
  const m = text.match(PERIOD_AFTER_AMOUNT);
  const word = m?.[1] ?? m?.[2];
  if (!word) return undefined;
  return PERIOD_WORDS.find(([pattern]) => pattern.test(word))?.[1];
}
