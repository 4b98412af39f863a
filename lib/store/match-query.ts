/**
 * The Matches tab's query. It never scans the whole store: it walks the listings newest
 * first through `by-lastSeen`, stops at the window's start or after MATCH_SCAN_LIMIT rows,
 * and judges each by the skill ids and level stored with it. Only the few it returns are
 * tagged in full (names, difficulty reasons), which is the costly part.
 */

import { MATCH_SCAN_LIMIT, MATCH_WINDOW_DAYS } from '../core/limits';
import type { DifficultyLevel, Listing, Tags } from '../core/model';
import type { Profile } from '../core/profile';
import { DAY_MS } from '../core/time';
import { assessFit } from '../gigs/fit';
import { matchRank } from '../gigs/rank';
import type { MatchItem } from '../messages';
import type { Database, StoredListing } from './db';

export interface MatchQuery {
  profile: Profile;
  includeIntermediate?: boolean;
  limit?: number;
}

export interface MatchResult {
  items: MatchItem[];
  /** Listings read to find them (at most MATCH_SCAN_LIMIT). */
  considered: number;
}

export async function findMatches(
  db: Database,
  { profile, includeIntermediate = false, limit = 20 }: MatchQuery,
  now: number,
  describe: (listing: Listing) => Tags,
): Promise<MatchResult> {
  const levels: DifficultyLevel[] = includeIntermediate ? ['beginner', 'intermediate'] : ['beginner'];
  const tx = db.transaction(['listings', 'queue'], 'readonly');
  const range = IDBKeyRange.lowerBound(now - MATCH_WINDOW_DAYS * DAY_MS);
  const found: Array<{ row: StoredListing; have: string[]; learn: string[]; rank: number }> = [];
  let considered = 0;
  let cursor = await tx.objectStore('listings').index('by-lastSeen').openCursor(range, 'prev');
  while (cursor && considered < MATCH_SCAN_LIMIT) {
    considered++;
    const row = cursor.value;
    if (levels.includes(row.level) && profile.platforms.includes(row.platform)) {
      // Names and reasons are not needed to judge the fit: the stored ids and level are enough.
      const fit = assessFit(profile, {
        skills: row.skills.map((id) => ({ id, name: id })),
        difficulty: { level: row.level, score: 0, reasons: [] },
      });
      if (fit.match) {
        const rank = matchRank({
          fit,
          level: row.level,
          uncertain: row.uncertain === true,
          budget: row.listing.budget,
          lastSeenAt: row.lastSeenAt,
          now,
        });
        found.push({ row, have: fit.have, learn: fit.learn, rank });
      }
    }
    cursor = await cursor.continue();
  }
  found.sort((a, b) => b.rank - a.rank || b.row.lastSeenAt - a.row.lastSeenAt);
  const top = found.slice(0, limit);
  const queued = await Promise.all(top.map(({ row }) => tx.objectStore('queue').getKey(row.id)));
  await tx.done;
  return {
    considered,
    items: top.map(({ row, have, learn, rank }, i) => ({
      listing: row.listing,
      tags: describe(row.listing),
      have,
      learn,
      rank,
      lastSeenAt: row.lastSeenAt,
      queued: queued[i] !== undefined,
    })),
  };
}

export interface PracticeQuery {
  profile: Profile;
  /** The learning goal to practise. */
  goal: string;
  limit?: number;
}

/**
 * "A first gig to try it on": the beginner gigs seen that use `goal` (or a narrower kind of it)
 * beside skills the user has, ranked by the Matches logic with this goal alone, so another goal
 * does not make a gig look like more of a stretch than it is.
 */
export async function findPracticeGigs(
  db: Database,
  { profile, goal, limit = 3 }: PracticeQuery,
  now: number,
  describe: (listing: Listing) => Tags,
): Promise<MatchItem[]> {
  const alone: Profile = { ...profile, goals: [goal], skills: profile.skills.filter((s) => s !== goal) };
  // Ask for more than shown: some matches use only skills the user has, not the goal.
  const { items } = await findMatches(db, { profile: alone, limit: 100 }, now, () => NO_TAGS);
  return items
    .filter((i) => i.learn.length > 0 && i.have.length > 0)
    .slice(0, limit)
    .map((i) => ({ ...i, tags: describe(i.listing) }));
}

/** A placeholder while matches are judged: only the few shown are tagged in full. */
const NO_TAGS: Tags = {
  skills: [],
  moreSkills: [],
  difficulty: { level: 'beginner', score: 0, reasons: [] },
};
