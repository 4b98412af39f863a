/**
 * One place that turns a listing into its tags: skills from the skill tagger, difficulty
 * from the difficulty estimate. The content script shows them on the page; the background
 * stores the skill ids and level with each listing, so the demand tallies come from the
 * same tagger and can be rebuilt when it improves.
 */
import { estimateDifficulty } from './difficulty';
import type { Listing, Tags } from './model';
import { tagText } from './skills';
import type { ListingTags } from './store/records';

export function tagsFor(listing: Listing): Tags {
  const skills = tagText({
    title: listing.title,
    description: listing.description,
    platformSkills: listing.platformSkills,
  }).map(({ id, name }) => ({ id, name }));
  const { level, score, reasons, textLevel, uncertain } = estimateDifficulty({
    ...listing,
    // The printed length and workload ("1 to 3 months, Less than 30 hrs/week") are terms too.
    budgetText: listing.duration,
    skills: skills.map((s) => s.id),
  });
  return { skills, difficulty: { level, score, reasons, textLevel, uncertain } };
}

/** What the store keeps of the tags. */
export function tagListing(listing: Listing): ListingTags {
  const tags = tagsFor(listing);
  return { skills: tags.skills.map((s) => s.id), level: tags.difficulty.level };
}
