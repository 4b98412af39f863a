/** How much is asked: years of experience, and whether the deliverable is a whole product or a small piece. */
import type { Contribution, Signal } from '../types';
import { WEIGHTS } from '../weights';

/**
 * "5+ years of experience", "at least 5 years’ experience", "3-4 years in web applications",
 * "minimum of 3+ years with rails". Years must be tied to experience (that word, "in"/"with"
 * right after, or "at least"/"minimum" before), so "3 years financial forecast" is not read.
 */
const YEARS =
  /\b(at least |minimum (?:of )?|min\.? )?(\d{1,2})\s*(?:[-–]\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)['’]?(?:(\s+(?:of\s+)?(?:[\w./#+-]+\s+){0,3}?(?:experience|exp)\b)|\s+(?:in|with)\s)?/gi;

export const yearsAsked: Signal = ({ text }) => {
  let most = 0;
  for (const m of text.matchAll(YEARS)) {
    const tied = m[1] !== undefined || m[3] !== undefined || /\s(in|with)\s$/i.test(m[0]);
    if (tied) most = Math.max(most, Number(m[2]));
  }
  // Over 30 years is a company's age or a typo, not a requirement.
  if (most > 30) return [];
  if (most >= 5) return [{ weight: WEIGHTS.years.fivePlus, reason: `${most}+ years of experience asked` }];
  if (most >= 3) return [{ weight: WEIGHTS.years.threePlus, reason: `${most}+ years of experience asked` }];
  return [];
};

const WHOLE_PRODUCT =
  /\b(from scratch|full[- ]stack|end[- ]to[- ]end|saas|mvp|(complete|entire|full) (platform|system|application|app|web ?site|solution))\b/i;
const SMALL_DELIVERABLE =
  /\b(one|single|1) (page|script|file|form|sheet|spreadsheet|logo|landing page)\b|\bfix(ing)? (?:a |an |the |my |one |this )?(?:\w+ ){0,2}?(bug|issue|error|problem|glitch)s?\b|\ba few (pages|fields|rows|changes|edits|tweaks|modifications)\b/i;

export const deliverableSize: Signal = ({ text }) => {
  const out: Contribution[] = [];
  const big = text.match(WHOLE_PRODUCT);
  if (big)
    out.push({ weight: WEIGHTS.size.wholeProduct, reason: `a whole product ('${big[0].toLowerCase()}')` });
  const small = text.match(SMALL_DELIVERABLE);
  if (small)
    out.push({
      weight: WEIGHTS.size.smallDeliverable,
      reason: `small deliverable ('${small[0].toLowerCase()}')`,
    });
  return out;
};
