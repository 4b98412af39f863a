/** Budget, hourly rate, estimated duration and hours per week. */
import type { Contribution, Signal } from '../types';
import { WEIGHTS } from '../weights';

const W = WEIGHTS.pay;
const dollars = (n: number): string => `$${Math.round(n).toLocaleString('en-US')}`;

export const payRate: Signal = ({ terms }) => {
  const out: Contribution[] = [];
  const ceiling = terms.hourly?.max ?? terms.hourly?.min;
  if (ceiling !== undefined) {
    const reason = terms.averageBid
      ? `bids average ${dollars(ceiling)}/hr`
      : `pays up to ${dollars(ceiling)}/hr`;
    if (ceiling <= 10) out.push({ weight: W.hourlyUpTo10, reason });
    else if (ceiling <= 15) out.push({ weight: W.hourlyUpTo15, reason });
    else if (ceiling >= 60) out.push({ weight: W.hourlyFrom60, reason });
    else if (ceiling >= 40) out.push({ weight: W.hourlyFrom40, reason });
  }
  const fixed = terms.fixed;
  if (fixed !== undefined && ceiling === undefined) {
    // An average bid is a market price: as telling as a budget, but it is not the client's.
    const reason = terms.averageBid ? `bids average ${dollars(fixed)}` : `fixed price ${dollars(fixed)}`;
    if (fixed <= 50) out.push({ weight: W.fixedUpTo50, reason });
    else if (fixed <= 150) out.push({ weight: W.fixedUpTo150, reason });
    else if (fixed >= 5000) out.push({ weight: W.fixedFrom5000, reason });
    else if (fixed >= 1000) out.push({ weight: W.fixedFrom1000, reason });
  }
  return out;
};

export const duration: Signal = ({ terms }) => {
  const out: Contribution[] = [];
  if (terms.months && terms.months.min >= 6)
    out.push({ weight: W.sixMonthsPlus, reason: 'long engagement (6+ months)' });
  if (terms.months && terms.months.max !== undefined && terms.months.max <= 1)
    out.push({ weight: W.underAMonth, reason: 'short job (under a month)' });
  if (terms.fullTime) out.push({ weight: W.fullTime, reason: 'full-time hours (30+ hrs/week)' });
  return out;
};
