/**
 * Messages of the progress log and the career dashboard, from the dashboard to
 * the background (`ui-bg-…`). Spread into `messageSchemas` in ./index.ts.
 */
import * as z from 'zod/mini';
import { ListingId, Platform, ProgressEntry, ProgressEntryId, QueueStatus } from '../core/model';
import { Profile } from '../core/profile';
import { CareerReport, MonthRow, PlatformRow, RateNudge, RateRow, RoadmapStep } from '../progress/schemas';
import { LearningItem } from './ui';

/** Everything the dashboard shows, in one answer. */
export const Dashboard = z.object({
  entries: z.array(ProgressEntry),
  bySkill: z.array(RateRow),
  platforms: z.array(PlatformRow),
  months: z.array(MonthRow),
  nudges: z.array(RateNudge),
  roadmap: z.array(RoadmapStep),
  /** Entry id → its case-study draft in Markdown. */
  caseStudies: z.record(z.string(), z.string()),
  /** Skill id → display name, for every skill the answer mentions. */
  skillNames: z.record(z.string(), z.string()),
  /** The one-page career report of the finished gigs. */
  career: CareerReport,
  /** Where to learn the profile's first learning goals, for the roadmap's "learn it" step. */
  learning: z.array(LearningItem),
  /** Queue items hired or done that have no log entry yet. */
  unlogged: z.array(
    z.object({ listingId: ListingId, title: z.string(), platform: Platform, status: QueueStatus }),
  ),
});
export type Dashboard = z.infer<typeof Dashboard>;

const EntryId = ProgressEntryId;

export const progressMessageSchemas = {
  'ui-bg-progress-list': { payload: z.object({}), response: z.object({ entries: z.array(ProgressEntry) }) },
  /** Adds or replaces an entry by id; skill names are stored as taxonomy ids where known. */
  'ui-bg-progress-save': { payload: ProgressEntry, response: ProgressEntry },
  'ui-bg-progress-delete': {
    payload: z.object({ id: EntryId }),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Makes the log entry of a queue item marked hired or done (or returns the one made before). */
  'ui-bg-progress-from-queue': {
    payload: z.object({ listingId: ListingId }),
    response: z.object({ entry: ProgressEntry, created: z.boolean() }),
  },
  /** The profile comes from the page (it lives in `storage.sync`), as for `ui-bg-get-matches`. */
  'ui-bg-get-dashboard': { payload: z.object({ profile: Profile }), response: Dashboard },
} as const;
