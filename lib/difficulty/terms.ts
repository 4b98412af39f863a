/**
 * Reads pay and time terms from a Budget object and from terms as marketplaces print them
 * ("Hourly: $8-$25", "Est. Budget: $1,000", "Est. Time: More than 6 months, 30+ hrs/week",
 * Guru's "1-10 hrs/wk, 1-3 months").
 */
import type { Budget } from '../core/model';
import type { Terms } from './types';

/** "$1,200", "$10K", "$4.50" → numbers, in order. Currency is ignored: the thresholds are rough. */
export function amountsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[$€£]\s?(\d[\d,]*(?:\.\d+)?)\s?([kK])?(?![\d])/g)) {
    const value = Number((m[1] ?? '').replace(/,/g, '')) * (m[2] ? 1_000 : 1);
    if (Number.isFinite(value)) out.push(value);
  }
  return out;
}

function fromBudget(budget: Budget): Terms {
  const source = budget.source === 'average-bid' ? { averageBid: true } : {};
  if (budget.kind === 'hourly') {
    if (budget.min === undefined && budget.max === undefined) return { kind: 'hourly', ...source };
    return { kind: 'hourly', hourly: { min: budget.min, max: budget.max ?? budget.min }, ...source };
  }
  const amount = budget.max ?? budget.min;
  return amount === undefined ? { kind: 'fixed', ...source } : { kind: 'fixed', fixed: amount, ...source };
}

const HOURLY = /hourly|\/\s?h(ou)?r\b|per hour|an hour/i;
/** "Fixed-price", "Fixed price", "Est. budget", Fiverr's "From $10" (a gig's price). */
const FIXED = /fixed|budget|\bfrom\s*[$€£]/i;

/** "$15.00 - $30.00" with no word for the kind: Upwork prints a range only for hourly rates. */
const BARE_RANGE = /[$€£]\s?\d[\d,.]*\s?[kK]?\s*(?:-|–|to)\s*[$€£]\s?\d/;

function payFromText(text: string): Terms {
  const amounts = amountsIn(text);
  if (HOURLY.test(text) || (BARE_RANGE.test(text) && !FIXED.test(text))) {
    const [min, max] = amounts;
    return min === undefined ? { kind: 'hourly' } : { kind: 'hourly', hourly: { min, max: max ?? min } };
  }
  const amount = amounts.at(-1);
  if (amount === undefined) return FIXED.test(text) ? { kind: 'fixed' } : {};
  return { kind: 'fixed', fixed: amount };
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
  const line = description.match(/\b(?:hourly range|budget)\s*:\s*[$€£]\s?\d[^\n]{0,40}/i);
  return line?.[0];
}

/** The Budget object wins for amounts (the adapter read it from its own field); text fills the rest. */
export function readTerms(budget: Budget | undefined, budgetText: string | undefined): Terms {
  const text = budgetText ?? '';
  const pay = budget ? fromBudget(budget) : {};
  const printed = payFromText(text);
  return { ...printed, ...pay, ...durationFromText(text) };
}
