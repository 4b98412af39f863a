/**
 * The background's handlers of the progress log and the dashboard, spread into
 * `createHandlers`. Tests give them fake-indexeddb and a fixed clock.
 */
import type * as z from 'zod/mini';
import type { ProgressEntry } from '../core/model';
import type { Dashboard, progressMessageSchemas } from '../messages/progress';
import type { SenderInfo } from '../messages/router';
import { careerReport } from '../progress/career';
import { caseStudyMarkdown } from '../progress/case-study';
import { monthsOf, platformComparison, ratesBySkill } from '../progress/insights';
import { rateNudges } from '../progress/rate';
import { roadmap } from '../progress/roadmap';
import { getSkill, resolveLabel, skillName } from '../skills';
import type { Database } from '../store/db';
import { getDemand } from '../store/demand-query';
import {
  deleteEntry,
  entryFromQueue,
  listEntries,
  listingsFor,
  saveEntry,
  seenByPlatform,
} from '../store/progress';
import { listQueue } from '../store/queue';
import { learningItem } from './learning';

type Schemas = typeof progressMessageSchemas;
export type ProgressHandlers = {
  [T in keyof Schemas]: (
    payload: z.infer<Schemas[T]['payload']>,
    sender: SenderInfo,
  ) => Promise<z.infer<Schemas[T]['response']>>;
};

export interface ProgressDeps {
  db: () => Promise<Database>;
  now: () => number;
}

/** Skills typed by the user ("Web Design") as taxonomy ids where known, so they meet the demand data. */
export function normaliseSkills(skills: readonly string[]): string[] {
  return [
    ...new Set(
      skills
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => (getSkill(s) ? s : (resolveLabel(s) ?? s))),
    ),
  ];
}

/** The roadmap's "learn it" step shows where to learn this many of the user's goals. */
const ROADMAP_GOALS = 3;

export function createProgressHandlers({ db, now }: ProgressDeps): ProgressHandlers {
  return {
    'ui-bg-progress-list': async () => ({ entries: await listEntries(await db()) }),
    'ui-bg-progress-save': async (entry) =>
      saveEntry(await db(), { ...entry, skills: normaliseSkills(entry.skills) }),
    'ui-bg-progress-delete': async ({ id }) => ({ deleted: await deleteEntry(await db(), id) }),
    'ui-bg-progress-from-queue': async ({ listingId }) => entryFromQueue(await db(), listingId),
    'ui-bg-get-dashboard': async ({ profile }): Promise<Dashboard> => {
      const database = await db();
      const [entries, queue, demand, seen] = await Promise.all([
        listEntries(database),
        listQueue(database),
        getDemand(database, now(), 500),
        seenByPlatform(database),
      ]);
      const listings = await listingsFor(database, entries);
      const nudges = rateNudges(entries, demand);
      const logged = new Set(entries.map((e) => e.listingId));
      const caseStudies = Object.fromEntries(
        entries.map((entry: ProgressEntry) => {
          const listing = listings.get(entry.id);
          return [entry.id, caseStudyMarkdown({ entry, ...(listing ? { listing } : {}), skillName })];
        }),
      );
      const mentioned = new Set([
        ...entries.flatMap((e) => e.skills),
        ...profile.goals,
        ...profile.skills,
        ...nudges.map((n) => n.skill),
      ]);
      return {
        entries,
        bySkill: ratesBySkill(entries),
        platforms: platformComparison(entries, queue, seen),
        months: monthsOf(entries),
        nudges,
        roadmap: roadmap({ profile, queue, entries, demand, nudges, skillName }),
        caseStudies,
        career: careerReport({ entries, skillName, caseStudies }),
        learning: profile.goals.slice(0, ROADMAP_GOALS).map(learningItem),
        skillNames: Object.fromEntries([...mentioned].map((id) => [id, skillName(id)])),
        unlogged: queue
          .filter((q) => (q.status === 'hired' || q.status === 'done') && !logged.has(q.listingId))
          .map((q) => ({
            listingId: q.listingId,
            title: q.listing.title,
            platform: q.listing.platform,
            status: q.status,
          })),
      };
    },
  };
}
