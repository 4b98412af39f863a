/**
 * Tags for a stored listing: its skill ids and its difficulty level. The background tags
 * every listing it stores (not the page), so the demand tallies come from one tagger and
 * can be rebuilt when the tagger improves.
 */
import type { DifficultyLevel, Listing, PlatformLevel } from './model';
import type { ListingTags } from './store/records';

const LEVEL: Record<PlatformLevel, DifficultyLevel> = {
  entry: 'beginner',
  intermediate: 'intermediate',
  expert: 'expert',
};

/** "Sales Funnel Copywriting" → "sales-funnel-copywriting". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function tagListing(listing: Listing): ListingTags {
  return {
    skills: [...new Set(listing.platformSkills.map(slugOf).filter(Boolean))],
    level: listing.platformLevel ? LEVEL[listing.platformLevel] : 'intermediate',
  };
}
