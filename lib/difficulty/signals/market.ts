/**
 * Who posts the job and who else wants it. Clients who have spent a lot on the marketplace
 * tend to hire for quality; a crowd of proposals makes a job harder for a newcomer to win.
 */
import type { Contribution, Signal } from '../types';
import { WEIGHTS } from '../weights';

const W = WEIGHTS.market;

export const clientHistory: Signal = ({ input }) => {
  const out: Contribution[] = [];
  const spent = input.client?.spent;
  if (spent !== undefined && spent >= 10_000)
    out.push({ weight: W.spent10k, reason: `client has spent $${Math.floor(spent / 1000)}K+` });
  else if (spent !== undefined && spent >= 1_000)
    out.push({ weight: W.spent1k, reason: `client has spent $${Math.floor(spent / 1000)}K+` });
  const rating = input.client?.rating;
  // Upwork prints 0 for a client nobody has rated yet: that is no rating, not a bad one.
  if (rating !== undefined && rating >= 4.5)
    out.push({ weight: W.rated, reason: `client has hired before (rated ${rating.toFixed(1)})` });
  return out;
};

export const competition: Signal = ({ input }) => {
  const min = input.proposals?.min;
  if (min === undefined || min < 10) return [];
  const max = input.proposals?.max;
  // Upwork prints a range ("10 to 15"); Freelancer and Guru print an exact count ("47 Quotes").
  const shown = max === undefined ? `${min}+` : max === min ? `${min}` : `${min} to ${max}`;
  return [{ weight: W.crowded, reason: `already ${shown} proposals` }];
};
