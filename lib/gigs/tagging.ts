/**
 * One place that turns a listing into its tags: skills from the skill tagger, difficulty
 * from the difficulty estimate. The content script shows them on the page; the background
 * stores the skill ids and level with each listing, so the demand tallies come from the
 * same tagger and can be rebuilt when it improves.
 */
import type { Listing, Tags } from '../core/model';
import { estimateDifficulty } from '../difficulty';
import { tagText } from '../skills';
import type { ListingTags } from '../store/records';
import { competitionReasons } from './competition';

export function tagsFor(listing: Listing): Tags {
  const skills = tagText({
    title: listing.title,
    description: listing.description,
    platformSkills: listing.platformSkills,
  }).map(({ id, name }) => ({ id, name }));
  const { level, score, reasons, textLevel } = estimateDifficulty({
    ...listing,
    // The printed length and workload ("1 to 3 months, Less than 30 hrs/week") are terms too.
    budgetText: listing.duration,
    skills: skills.map((s) => s.id),
  });
  // A Fiverr gig's reasons first say what its level means there: competition, not the work.
  return {
    skills,
    difficulty: { level, score, reasons: [...competitionReasons(listing), ...reasons], textLevel },
  };
}

/** What the store keeps of the tags. */
export function tagListing(listing: Listing): ListingTags {
  const tags = tagsFor(listing);
  return { skills: tags.skills.map((s) => s.id), level: tags.difficulty.level };
}
