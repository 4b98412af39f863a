/**
 * Updating the demand tallies inside a write transaction. Rows touched by a batch are
 * read once, changed in memory, and written back once at the end.
 */

import { dayOf, weekOf } from '../core/time';
import { countListing, emptyWeek, type ListingFacts, rowSkills, type SkillWeek } from '../demand/tallies';
import type { StoredListing } from './db';

/** The part of an idb object store this needs; both normal and upgrade transactions have it. */
interface TallyStore {
  get(key: [string, number]): Promise<SkillWeek | undefined>;
}

function factsOf(row: StoredListing): ListingFacts {
  return {
    platform: row.platform,
    skills: row.skills,
    beginner: row.level === 'beginner',
    ...(row.listing.budget ? { budget: row.listing.budget } : {}),
    firstSeenAt: row.firstSeenAt,
  };
}

/** Counts a newly seen listing into `touched` (rows keyed "skill|week"), loading rows as needed. */
export async function countListingInTx(
  store: TallyStore,
  touched: Map<string, SkillWeek>,
  listing: StoredListing,
) {
  const facts = factsOf(listing);
  const week = weekOf(dayOf(facts.firstSeenAt));
  for (const skill of rowSkills(facts)) {
    const key = `${skill}|${week}`;
    let row = touched.get(key);
    if (!row) {
      row = (await store.get([skill, week])) ?? emptyWeek(skill, week);
      touched.set(key, row);
    }
    countListing(row, facts);
  }
}
