/**
 * One place that turns a listing into its tags: skills from the skill tagger, difficulty
 * from the difficulty estimate. The content script shows them on the page; the background
 * stores the skill ids and level with each listing, so the demand tallies come from the
 * same tagger and can be rebuilt when it improves.
 */
import type { Listing, Tags } from '../core/model';
import { estimateDifficulty } from '../difficulty';
import { CONFIDENT_FROM, tagText } from '../skills';
import type { ListingTags } from '../store/records';
import { competitionReasons } from './competition';

/**
 * The version of the tags this code gives a listing. Raise it whenever a change makes the same
 * listing get other tags (a new skill taxonomy, a refitted difficulty model): on its next start,
 * the background tags every stored listing again and moves the demand tallies with them
 * (`retagStored`). The store records the version it holds in `meta`; a store without one
 * holds version 1, the tags of the first taxonomy and the hand-set difficulty estimate.
 *
 * 1: the 924-skill taxonomy and the hand-set difficulty weights.
 * 2: the whole-market taxonomy (3,199 skills; a narrower skill implies its broader one) with a
 *    confidence per skill, held below the cut for the client's own software or trade, chips the
 *    text does not bear out and English as mere fluency, and the difficulty model fitted to
 *    labelled Upwork jobs (lib/difficulty/model.json), with `uncertain` for listings with too
 *    little text. (Not shipped yet: changes to its tags before release stay version 2.)
 * 3: the difficulty model refitted with the skills' mean beginner hint in place of the count of
 *    skills a page lists (a listing's level and reasons may change).
 * 4: pay read in US dollars whatever the currency printed (₹1,500 is about $17, not $1,500), a
 *    salary as its hourly equivalent, a bare "$250 - $500" off Upwork as a budget.
 * 5: amounts as much of Europe writes them, in the text tagging reads ("Budget: €35,50" is 35.50,
 *    not 3,550; "4.459 €" is 4,459, not 4.46).
 * 6: "Sr" without its dot read as senior, an internship or a junior role as open to newcomers,
 *    and the difficulty model refitted with them.
 * 7: a listing that asks for a senior, for 3+ years or turns newcomers away is never beginner;
 *    "I have 10 years of experience" (the client's own) is not years asked; the model refitted;
 *    no reason quotes the asking alone ("wording of harder jobs: 'please'"), nor a phrase on both sides.
 * 8: a Toptal job is never beginner (only freelancers who pass Toptal's screening may take one),
 *    nor one that asks for a proven track record or a whole product (an MVP, a SaaS, full stack);
 *    the beginner cut-off chosen over the calls as made (model.json's −0.628 → −0.632).
 * 9: the beginner cut-off goes as far as the Expert share stays within sampling noise of its
 *    floor (model.json's −0.632 → −0.547): more listings are called beginner; a copy of a named
 *    product ("a sports website like Dream11") is held back from beginner as a whole product.
 * 10: a client who keeps the job for experts ("Only Experts … should apply", "Expert Only") or
 *    turns new freelancers away is taken at their word, as one who turns beginners away; the
 *    model refitted with it; a lead role asked for in a title ("Lead Developer for …", "CTO
 *    Needed") is never beginner (model.json's beginner cut-off −0.547 → −0.513).
 */
export const TAGS_VERSION = 10;

export function tagsFor(listing: Listing): Tags {
  const found = tagText({
    title: listing.title,
    description: listing.description,
    platformSkills: listing.platformSkills,
  }).map(({ id, name, confidence }) => ({ id, name, confidence }));
  // What the job asks for drives the difficulty, the fit and the demand; the rest only shows on the card.
  const skills = found.filter((s) => s.confidence >= CONFIDENT_FROM);
  const moreSkills = found.filter((s) => s.confidence < CONFIDENT_FROM);
  const { level, score, reasons, textLevel, uncertain } = estimateDifficulty({
    ...listing,
    // The printed length and workload ("1 to 3 months, Less than 30 hrs/week") are terms too.
    budgetText: listing.duration,
    skills: skills.map((s) => s.id),
  });
  // A Fiverr gig's reasons first say what its level means there: competition, not the work.
  return {
    skills,
    ...(moreSkills.length ? { moreSkills } : {}),
    difficulty: { level, score, reasons: [...competitionReasons(listing), ...reasons], textLevel, uncertain },
  };
}

/** What the store keeps of the tags. */
export function tagListing(listing: Listing): ListingTags {
  return storedTags(tagsFor(listing));
}

/** What the store keeps of tags already made (the background makes them once per listing). */
export function storedTags({ skills, difficulty }: Tags): ListingTags {
  return {
    skills: skills.map((s) => s.id),
    level: difficulty.level,
    ...(difficulty.uncertain ? { uncertain: true } : {}),
  };
}
