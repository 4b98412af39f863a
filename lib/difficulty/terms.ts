/**
 * Reads pay and time terms from a Budget object and from terms as marketplaces print them
 * ("Hourly: $8-$25", "Est. Budget: $1,000", "Est. Time: More than 6 months, 30+ hrs/week",
 * Guru's "1-10 hrs/wk, 1-3 months", Freelancer.com's "₹600 - 1500 INR", a job board's
 * "$50,000 - $65,000 per year"). Amounts stay as printed, with their currency; the features
 * turn them into US dollars an hour.
 */

import type { Budget } from '../core/model';
import { namesCurrencyCode, parseMoney, payPeriodIn, readAmounts } from '../core/money';
import type { Terms } from './types';

function fromBudget(budget: Budget): Terms {
  const source = budget.source === 'average-bid' ? { averageBid: true } : {};
  const { min, max, currency } = budget;
  const hasAmount = min !== undefined || max !== undefined;
  if (budget.kind === 'hourly') {
    if (!hasAmount) return { kind: 'hourly', ...source };
    return { kind: 'hourly', hourly: { min, max: max ?? min }, currency, ...source };
  }
  const amount = max ?? min;
  if (amount === undefined) return { kind: 'fixed', ...source };
  if (budget.period) {
    const salary = { min: min ?? amount, max: amount, per: budget.period };
    return { kind: 'salary', salary, currency, ...source };
  }
  return { kind: 'fixed', fixed: amount, currency, ...source };
}

const HOURLY = /hourly|\/\s?h(ou)?r\b|per hour|an hour/i;
/** "Fixed-price", "Fixed price", "Est. budget", Fiverr's "From $10" (a gig's price). */
const FIXED = /fixed|budget|\bfrom\s*[$€£₹]/i;

/** Guru's "Fixed Price or Hourly": the client takes either, so the kind tells nothing. */
const EITHER = /fixed[- ]?price or hourly|hourly or fixed/i;

/** "$15.00 - $30.00" with no word for the kind. */
const BARE_RANGE = /[$€£₹]\s?\d[\d,.]*\s?[kK]?\s*(?:-|–|to)\s*[$€£₹]\s?\d/;

/**
 * Upwork prints a range without a word only for hourly rates, and a listing of unknown origin is
 * read the same way (the labelled data are Upwork's), unless it names its currency by code as
 * Freelancer.com does. Elsewhere a bare range is a budget: Freelancer.com writes "$250 - $750 USD"
 * and adds "/ hour" to a rate.
 */
const bareRangeIsHourly = (text: string, platform: string | undefined): boolean =>
  (platform === undefined || platform.toLowerCase() === 'upwork') && !namesCurrencyCode(text);

function payFromText(text: string, platform: string | undefined): Terms {
  const amounts = readAmounts(text);
  const currency = amounts ? { currency: amounts.currency } : {};
  // Only an amount has a period. Asked first, the period's large pattern is compiled in a cold
  // worker for every listing's "1 to 3 months" that names no money.
  const period = amounts ? payPeriodIn(text) : undefined;
  if (amounts && period) {
    return { kind: 'salary', salary: { min: amounts.min, max: amounts.max, per: period }, ...currency };
  }
  if (!amounts && EITHER.test(text)) return {};
  const bareHourly =
    amounts !== undefined && BARE_RANGE.test(text) && !FIXED.test(text) && bareRangeIsHourly(text, platform);
  if (HOURLY.test(text) || bareHourly) {
    if (!amounts) return { kind: 'hourly' };
    return { kind: 'hourly', hourly: { min: amounts.min, max: amounts.max }, ...currency };
  }
  if (!amounts) return FIXED.test(text) ? { kind: 'fixed' } : {};
  // "Budget: $250 - $500": a fixed budget is read at its top, what the client says it may reach.
  return { kind: 'fixed', fixed: amounts.max, ...currency };
}

/**
 * Upwork "1 to 3 months, Less than 30 hrs/week", "More than 6 months, 30+ hrs/week"; Guru
 * "1-10 hrs/wk, 1-3 months", "1-4 weeks".
 */
function durationFromText(text: string): Pick<Terms, 'months' | 'fullTime'> {
  const t = text.toLowerCase();
  const out: Pick<Terms, 'months' | 'fullTime'> = {};
  const atLeast = t.match(/(?:more than|over)\s*(\d+)\s*months?|(\d+)\+\s*months?/);
  const range = t.match(/(\d+)\s*(?:-|to)\s*(\d+)\s*months?/);
  if (atLeast) out.months = { min: Number(atLeast[1] ?? atLeast[2]) };
  else if (range) out.months = { min: Number(range[1]), max: Number(range[2]) };
  else if (/less than (a|1|one) (month|week)|\b\d+\s*(-|to)\s*[1-4]\s*weeks?/.test(t))
    out.months = { min: 0, max: 1 };
  const hours = t.match(/(\d+)\s*(?:-|to)\s*(\d+)\s*(?:hrs?|hours)\s*\/\s*(?:wk|week)/);
  if (/30\+ hrs?\/week|more than 30 hrs/.test(t)) out.fullTime = true;
  else if (/less than 30 hrs/.test(t)) out.fullTime = false;
  else if (hours) out.fullTime = Number(hours[1]) >= 30;
  return out;
}

/**
 * "Hourly Range: $10.00-$25.00" or "Budget: $50" written into a description, as Upwork's RSS
 * items do: the terms of a listing that came with no budget of its own.
 */
export function termsInDescription(description: string): string | undefined {
  // "Budget: $50", and as people also write it, "Budget:22K INR/Monthly" or "Budget: 50$".
  const line = description.match(/\b(?:hourly range|budget)\s*:\s*(?=[$€£₹]\s?\d|\d)[^\n]{0,40}/i)?.[0];
  return line && parseMoney(line).length > 0 ? line : undefined;
}

/** The Budget object wins for amounts (the adapter read it from its own field); text fills the rest. */
export function readTerms(
  budget: Budget | undefined,
  budgetText: string | undefined,
  platform?: string,
): Terms {
  const text = budgetText ?? '';
  const pay = budget ? fromBudget(budget) : {};
  const printed = payFromText(text, platform);
  const terms: Terms = { ...printed, ...pay, ...durationFromText(text) };
  // Every Fiverr listing we read is a gig: its price is what the seller asks, from.
  return platform?.toLowerCase() === 'fiverr' && terms.kind === 'fixed'
    ? { ...terms, gigPrice: true }
    : terms;
}
