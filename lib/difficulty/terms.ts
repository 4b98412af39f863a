/**
 * Reads pay and time terms from a Budget object and from terms as marketplaces print them
 * ("Hourly: $8-$25", "Est. Budget: $1,000", "Est. Time: More than 6 months, 30+ hrs/week").
 */
import type { Budget } from '../model';
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
  if (budget.kind === 'hourly') return { hourly: { min: budget.min, max: budget.max ?? budget.min } };
  const amount = budget.max ?? budget.min;
  return amount === undefined ? {} : { fixed: amount };
}

const HOURLY = /hourly|\/\s?h(ou)?r\b|per hour|an hour/i;

function payFromText(text: string): Terms {
  const amounts = amountsIn(text);
  if (HOURLY.test(text)) {
    const [min, max] = amounts;
    return min === undefined ? {} : { hourly: { min, max: max ?? min } };
  }
  const amount = amounts.at(-1);
  return amount === undefined ? {} : { fixed: amount };
}

function durationFromText(text: string): Pick<Terms, 'months' | 'fullTime'> {
  const t = text.toLowerCase();
  const out: Pick<Terms, 'months' | 'fullTime'> = {};
  if (/more than 6 months/.test(t)) out.months = { min: 6 };
  else if (/3 to 6 months/.test(t)) out.months = { min: 3, max: 6 };
  else if (/1 to 3 months/.test(t)) out.months = { min: 1, max: 3 };
  else if (/less than (a|1) (month|week)/.test(t)) out.months = { min: 0, max: 1 };
  if (/30\+ hrs?\/week|more than 30 hrs/.test(t)) out.fullTime = true;
  else if (/less than 30 hrs/.test(t)) out.fullTime = false;
  return out;
}

/** The Budget object wins for amounts (the adapter read it from its own field); text fills the rest. */
export function readTerms(budget: Budget | undefined, budgetText: string | undefined): Terms {
  const text = budgetText ?? '';
  const pay = budget ? fromBudget(budget) : {};
  const printed = payFromText(text);
  return { ...printed, ...pay, ...durationFromText(text) };
}
