/**
 * The shapes of what is stored, as zod schemas: the backup file is validated against them
 * on import, and the store's TypeScript types are inferred from them.
 */
import * as z from 'zod/mini';
import { Budget, DifficultyLevel, Listing, PageKind, Platform, ScanProblem } from '../core/model';

export const ListingTags = z.object({
  skills: z.array(z.string().check(z.minLength(1))),
  level: DifficultyLevel,
  /** The level is a guess from too little text: ranked after sure ones, not counted as beginner demand. */
  uncertain: z.optional(z.boolean()),
});
export type ListingTags = z.infer<typeof ListingTags>;

/**
 * What a listing added to the demand tallies when it was first seen (its tags then, and its pay):
 * when it is tagged again, exactly this is taken back out before it is counted anew.
 */
export const CountedFacts = z.object({
  skills: z.array(z.string().check(z.minLength(1))),
  beginner: z.boolean(),
  budget: z.optional(Budget),
});
export type CountedFacts = z.infer<typeof CountedFacts>;

/** The latest view of a listing, its tags, and when it was first and last seen. */
export const StoredListing = z.object({
  id: z.string(),
  platform: Platform,
  listing: Listing,
  skills: ListingTags.shape.skills,
  level: DifficultyLevel,
  uncertain: ListingTags.shape.uncertain,
  /** Absent for listings not counted as demand (Fiverr) and for those stored before it was kept. */
  counted: z.optional(CountedFacts),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
});
export type StoredListing = z.infer<typeof StoredListing>;

/** One listing seen on one day; the key makes a second sighting that day a no-op. */
export const Sighting = z.object({
  key: z.string(),
  listingId: z.string(),
  day: z.number().check(z.int()),
  at: z.number(),
  platform: Platform,
  pageKind: PageKind,
});
export type Sighting = z.infer<typeof Sighting>;

/** Per-platform report counters: what makes "this site's layout was not recognised" visible. */
export const PlatformScanStats = z.object({
  platform: Platform,
  /** Listings of this platform in the store, kept up to date on every write so no query counts them. */
  listings: z.number().check(z.int(), z.nonnegative()),
  reports: z.number(),
  reportsWithProblem: z.number(),
  lastScanAt: z.number(),
  lastPageKind: PageKind,
  lastProblem: z.optional(ScanProblem),
});
export type PlatformScanStats = z.infer<typeof PlatformScanStats>;
