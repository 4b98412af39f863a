/**
 * What keeps a listing from being called beginner whatever its score. The client asks for a
 * senior ("Sr Webflow developer") or, in the title, a lead ("Lead Developer for …", "CTO
 * Needed"), for three or more years of experience, for a proven track record or extensive
 * experience, or for a whole product (an MVP, a SaaS, a full-stack build, a copy of a named one:
 * "a sports website like Dream11"), or turns newcomers away ("no beginners") or keeps the job for
 * experts ("Only Experts … should apply"). The careful readers' guide names each as past a
 * beginner: a course, a few practice projects and up to three paid gigs bring neither a track
 * record nor a product's scope. The model weighs them too, but a low pay can outweigh them:
 * Upwork's clients pick a level mostly by the budget, and the model learned that.
 * A "Beginner" pill on a listing that asks for a senior breaks its promise in plain sight.
 *
 * Not the other expert cues: "architecture" is also a subject taught ("tutoring in computer
 * architecture"), a lead named in the description ("our team lead") is often whom the freelancer
 * reports to, and "experienced" is said of easy work too ("experienced QR code specialist").
 * Measured on held-out rows in lib/difficulty/README.md.
 *
 * A listing on a marketplace that takes only screened freelancers (Toptal: those who pass its
 * tests and interviews) is held back too, whatever the job: a newcomer cannot bid on it.
 */
import { t } from '../core/i18n';
import { platformLabel } from '../core/platforms';
import type { CueName } from './cues';
import type { Facts } from './features';
import { cueReason } from './reasons';

/** Years of experience asked for from which a job is past a beginner (a course and a few gigs). */
export const YEARS_PAST_BEGINNER = 3;

/** Marketplaces whose jobs only freelancers who passed its screening may take. */
const SCREENED_MARKETPLACES: ReadonlySet<string> = new Set(['toptal']);

/**
 * Cues of a job's scope or the record it asks for, in the order they are given as the reason.
 * Unlike a senior asked for, a client who also welcomes newcomers (an internship, a junior role)
 * outweighs them: "Full Stack Developer Intern" is a beginner's job.
 */
const PAST_BEGINNER_CUES = ['provenExperience', 'wholeProduct'] as const satisfies readonly CueName[];
type PastBeginnerCue = (typeof PAST_BEGINNER_CUES)[number];

/**
 * "A logo from scratch": made anew is not a product's scope; nor is "end-to-end" alone, said of
 * tests and encryption as often as of a build ("end-to-end test suites"). The model weighs both.
 */
const NOT_A_PRODUCT = /^(?:from scratch|end[- ]to[- ]end)$/i;

export type HeldBack =
  | { by: 'notForBeginners'; words: string }
  | { by: 'senior' | 'lead' | PastBeginnerCue; words: string }
  | { by: 'years'; years: number }
  | { by: 'screened'; platform: string };

/**
 * Why the listing is not a beginner's: the client says so, or its marketplace takes only screened
 * freelancers. The client's own words come first: they say more about the job. Of those, the
 * plainest first: turned away, a senior, a lead, the years, then a track record and a product's scope.
 */
export function heldBackFromBeginner(
  facts: Pick<Facts, 'cues' | 'years' | 'productCopied' | 'leadInTitle'>,
  platform?: string,
): HeldBack | undefined {
  const { notForBeginners, senior } = facts.cues;
  if (notForBeginners !== undefined) return { by: 'notForBeginners', words: notForBeginners };
  if (senior !== undefined) return { by: 'senior', words: senior };
  if (facts.leadInTitle !== undefined) return { by: 'lead', words: facts.leadInTitle };
  if (facts.years !== undefined && facts.years >= YEARS_PAST_BEGINNER)
    return { by: 'years', years: facts.years };
  const welcomesNewcomers = facts.cues.beginnersWelcome !== undefined;
  for (const cue of PAST_BEGINNER_CUES) {
    const words = facts.cues[cue];
    if (!welcomesNewcomers && words !== undefined && !NOT_A_PRODUCT.test(words)) return { by: cue, words };
  }
  // Someone else's whole product, named: "a sports website like dream11".
  if (!welcomesNewcomers && facts.productCopied !== undefined)
    return { by: 'wholeProduct', words: facts.productCopied };
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
    case 'years':
      return t('reasonNotBeginnerJob', t('reasonYears', held.years));
    case 'screened':
      return t('reasonScreenedMarketplace', platformLabel(held.platform));
    default:
      return t('reasonNotBeginnerJob', cueReason(held.by, held.words));
  }
}
