/**
 * What keeps a listing from being called beginner whatever its score: the client asks for a
 * senior ("Sr Webflow developer"), for three or more years of experience, or turns newcomers
 * away ("no beginners"). The careful readers' guide names each as a mark of expert work. The
 * model weighs them too, but a low pay can outweigh them: Upwork's clients pick a level mostly
 * by the budget, and the model learned that. A "Beginner" pill on a listing that asks for a
 * senior breaks its promise in plain sight.
 *
 * Not the other expert cues: "architecture" is also a subject taught ("tutoring in computer
 * architecture"), and "team lead" is often who the freelancer reports to. Measured on held-out
 * rows in lib/difficulty/README.md.
 *
 * Nor a listing on a marketplace that only screened freelancers may answer (Toptal takes those
 * who pass its tests and interviews): whatever the job, a newcomer cannot bid on it.
 */
import { t } from '../core/i18n';
import { MARKETPLACES } from '../core/platforms';
import type { Facts } from './features';

const marketplaceLabel = (id: string): string => MARKETPLACES.find((m) => m.id === id)?.label ?? id;

/** Years of experience asked for from which a job is past a beginner (a course and a few gigs). */
export const YEARS_PAST_BEGINNER = 3;

/** Marketplaces whose jobs only freelancers who passed its screening may take. */
const SCREENED_MARKETPLACES: ReadonlySet<string> = new Set(['toptal']);

export type HeldBack =
  | { by: 'notForBeginners'; words: string }
  | { by: 'screened'; platform: string }
  | { by: 'senior'; words: string }
  | { by: 'years'; years: number };

/**
 * Why the listing is not a beginner's: the client says so, or its marketplace takes only screened
 * freelancers. The client's own words come first: they say more about the job.
 */
export function heldBackFromBeginner(
  facts: Pick<Facts, 'cues' | 'years'>,
  platform?: string,
): HeldBack | undefined {
  const { notForBeginners, senior } = facts.cues;
  if (notForBeginners !== undefined) return { by: 'notForBeginners', words: notForBeginners };
  if (senior !== undefined) return { by: 'senior', words: senior };
  if (facts.years !== undefined && facts.years >= YEARS_PAST_BEGINNER)
    return { by: 'years', years: facts.years };
  if (platform !== undefined && SCREENED_MARKETPLACES.has(platform.toLowerCase()))
    return { by: 'screened', platform: platform.toLowerCase() };
  return undefined;
}

/** The reason shown first: "not a beginner job: asks for 3+ years' experience". */
export function heldBackReason(held: HeldBack): string {
  switch (held.by) {
    // "not for beginners ('no beginners')" says it already.
    case 'notForBeginners':
      return t('reasonNotForBeginners', held.words);
    case 'senior':
      return t('reasonNotBeginnerJob', t('reasonAsksFor', held.words));
    case 'years':
      return t('reasonNotBeginnerJob', t('reasonYears', held.years));
    case 'screened':
      return t('reasonScreenedMarketplace', marketplaceLabel(held.platform));
  }
}
