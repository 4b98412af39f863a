/**
 * Messages from the extension's own pages (popup, options, dashboard) to the background
 * (`ui-bg-…`): queries and the user's changes.
 */

import * as z from 'zod/mini';
import { HORIZON_CHOICES, NOTES_MAX, SHORT_TEXT_MAX } from '../core/limits';
import {
  Listing,
  ListingId,
  Platform,
  PlatformLevel,
  QueueItem,
  QueueStatus,
  ScanProblem,
  Tags,
} from '../core/model';
import { Profile } from '../core/profile';
import { DemandReport, LearnNext } from '../demand/report';
import { SkillResources } from '../learn/coverage';
import { Described, DescribeRequest } from './content';

export const PlatformStats = z.object({
  platform: Platform,
  listings: z.number(),
  reports: z.number(),
  lastScanAt: z.optional(z.number()),
  lastProblem: z.optional(ScanProblem),
});
export type PlatformStats = z.infer<typeof PlatformStats>;

export const RecentListing = z.object({
  id: z.string(),
  platform: Platform,
  title: z.string(),
  url: z.string(),
  platformLevel: z.optional(PlatformLevel),
  lastSeenAt: z.number(),
});
export type RecentListing = z.infer<typeof RecentListing>;

export const Summary = z.object({
  listings: z.number(),
  platforms: z.array(PlatformStats),
  recent: z.array(RecentListing),
  /** Set when the last write failed for lack of space: the popup must say so. */
  storageProblem: z.optional(z.string()),
});
export type Summary = z.infer<typeof Summary>;

/** A stored listing that fits the profile, with its full tags for the few the popup shows. */
export const MatchItem = z.object({
  listing: Listing,
  tags: Tags,
  /** Skill ids of the listing the user has, and the ones they want to learn. */
  have: z.array(z.string()),
  learn: z.array(z.string()),
  /** Higher ranks first: fit, difficulty, pay and freshness together (`matchRank`). */
  rank: z.number(),
  lastSeenAt: z.number(),
  queued: z.boolean(),
});
export type MatchItem = z.infer<typeof MatchItem>;

const byListing = z.object({ listingId: ListingId });
const Notes = z.string().check(z.maxLength(NOTES_MAX));
/** What can be exported, and what imported back. */
export const ExportKind = z.enum(['backup', 'queue-csv', 'progress-csv']);
export const ImportKind = z.enum(['backup', 'progress-csv']);
export const ExportFile = z.object({ filename: z.string(), mimeType: z.string(), text: z.string() });
export type ExportFile = z.infer<typeof ExportFile>;

/** The demand report with the display names of its skills and, for a profile, what to learn next. */
export const DemandView = z.extend(DemandReport, {
  names: z.record(z.string(), z.string()),
  learnNext: z.array(LearnNext),
});
export type DemandView = z.infer<typeof DemandView>;

/** A skill's free resources, with its name, the broader skill's name when inherited, and practice gigs. */
export const LearningItem = z.extend(SkillResources, {
  name: z.string(),
  broaderName: z.optional(z.string()),
  /** Beginner gigs seen that use the skill beside ones the user has; asked for with a profile. */
  practice: z.optional(z.array(MatchItem)),
});
export type LearningItem = z.infer<typeof LearningItem>;

export const uiMessageSchemas = {
  'ui-bg-get-summary': {
    payload: z.object({ recentLimit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))) }),
    response: Summary,
  },
  /** With the profile, the answer adds what to learn next; skill names come with it either way. */
  'ui-bg-get-demand': {
    payload: z.object({
      limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(500))),
      profile: z.optional(Profile),
    }),
    response: DemandView,
  },
  /** Tags for listings an extension page shows (the popup has no tagger of its own). */
  'ui-bg-describe': { payload: DescribeRequest, response: Described },
  /** Recent beginner (and, if asked, intermediate) gigs ranked by fit with the given profile. */
  'ui-bg-get-matches': {
    payload: z.object({
      profile: Profile,
      includeIntermediate: z.optional(z.boolean()),
      limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
    }),
    response: z.object({ items: z.array(MatchItem), considered: z.number() }),
  },
  /**
   * Where to learn each skill (bundled in the background, served on request so no page carries
   * the list); with a profile and `practice`, a first gig to try each on.
   */
  'ui-bg-get-learning': {
    payload: z.object({
      skills: z.array(z.string().check(z.minLength(1), z.maxLength(SHORT_TEXT_MAX))).check(z.maxLength(50)),
      profile: z.optional(Profile),
      practice: z.optional(z.boolean()),
    }),
    response: z.object({ items: z.array(LearningItem) }),
  },
  'ui-bg-queue-save': { payload: byListing, response: QueueItem },
  'ui-bg-queue-list': {
    payload: z.object({ status: z.optional(QueueStatus) }),
    response: z.object({ items: z.array(QueueItem) }),
  },
  'ui-bg-queue-update': {
    payload: z.object({ listingId: ListingId, status: z.optional(QueueStatus), notes: z.optional(Notes) }),
    response: QueueItem,
  },
  'ui-bg-queue-remove': { payload: byListing, response: z.object({ removed: z.boolean() }) },
  'ui-bg-checklist-get': { payload: byListing, response: z.object({ ticked: z.array(z.string()) }) },
  'ui-bg-checklist-tick': {
    payload: z.object({
      listingId: ListingId,
      item: z.string().check(z.minLength(1), z.maxLength(SHORT_TEXT_MAX)),
      ticked: z.boolean(),
    }),
    response: z.object({ ticked: z.array(z.string()) }),
  },
  'ui-bg-export': { payload: z.object({ kind: ExportKind }), response: ExportFile },
  'ui-bg-import': {
    // 50 MB of text is far beyond any real backup and well within what a message may carry.
    payload: z.object({ kind: ImportKind, text: z.string().check(z.maxLength(50_000_000)) }),
    response: z.object({ imported: z.record(z.string(), z.number()) }),
  },
  'ui-bg-get-settings': { payload: z.object({}), response: z.object({ horizonDays: z.number() }) },
  'ui-bg-set-horizon': {
    payload: z.object({
      horizonDays: z.literal(HORIZON_CHOICES),
    }),
    response: z.object({ horizonDays: z.number() }),
  },
  /** `confirm: true` so that no stray message can wipe the user's data. */
  'ui-bg-delete-all': {
    payload: z.object({ confirm: z.literal(true) }),
    response: z.object({ deleted: z.literal(true) }),
  },
} as const;
