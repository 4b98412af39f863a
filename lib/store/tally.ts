/**
 * Updating the demand tallies inside a write transaction. Rows touched by a batch are
 * read once, changed in memory, and written back once at the end.
 */

import { dayOf, weekOf } from '../core/time';
import { countListing, emptyWeek, type ListingFacts, rowSkills, type SkillWeek } from '../demand/tallies';
import type { StoredListing } from './db';
import type { CountedFacts } from './records';

/** The part of an idb object store this needs; both normal and upgrade transactions have it. */
interface TallyStore {
  get(key: [string, number]): Promise<SkillWeek | undefined>;
}

/** What a listing adds to the tallies with its current tags. */
export function factsOf(row: StoredListing): ListingFacts {
  return {
    platform: row.platform,
    skills: row.skills,
    // A guess from a title is no promise: only sure beginner calls count as beginner demand.
    beginner: row.level === 'beginner' && row.uncertain !== true,
    ...(row.listing.budget ? { budget: row.listing.budget } : {}),
    firstSeenAt: row.firstSeenAt,
  };
}

/**
 * What a stored listing did add when it was first counted. Rows stored before that was kept
 * with them fall back to their tags: the best record there is.
 */
function countedOf(row: StoredListing): ListingFacts {
  if (!row.counted) return factsOf(row);
  const { skills, beginner, budget } = row.counted;
  return {
    platform: row.platform,
    skills,
    beginner,
    ...(budget ? { budget } : {}),
    firstSeenAt: row.firstSeenAt,
  };
}

const snapshot = ({ skills, beginner, budget }: ListingFacts): CountedFacts => ({
  skills: [...skills],
  beginner,
  ...(budget ? { budget } : {}),
});

async function applyInTx(
  store: TallyStore,
  touched: Map<string, SkillWeek>,
  facts: ListingFacts,
  by: 1 | -1,
) {
  const week = weekOf(dayOf(facts.firstSeenAt));
  for (const skill of rowSkills(facts)) {
    const key = `${skill}|${week}`;
    let row = touched.get(key);
    if (!row) {
      row = (await store.get([skill, week])) ?? emptyWeek(skill, week);
      touched.set(key, row);
    }
    countListing(row, facts, by);
  }
}

/**
 * Counts a newly seen listing into `touched` (rows keyed "skill|week"), loading rows as needed,
 * and returns what it counted, to be kept with the listing.
 */
export async function countListingInTx(
  store: TallyStore,
  touched: Map<string, SkillWeek>,
  listing: StoredListing,
): Promise<CountedFacts> {
  const facts = factsOf(listing);
  await applyInTx(store, touched, facts, 1);
  return snapshot(facts);
}

/**
 * A listing tagged again: what it added under its old tags is taken out, and it is counted under
 * its new ones, on the same day and with the pay it was first counted with.
 */
export async function recountListingInTx(
  store: TallyStore,
  touched: Map<string, SkillWeek>,
  before: StoredListing,
  after: StoredListing,
): Promise<CountedFacts> {
  const old = countedOf(before);
  const { budget: _latest, ...tags } = factsOf(after);
  const facts: ListingFacts = { ...tags, ...(old.budget ? { budget: old.budget } : {}) };
  await applyInTx(store, touched, old, -1);
  await applyInTx(store, touched, facts, 1);
  return snapshot(facts);
}
