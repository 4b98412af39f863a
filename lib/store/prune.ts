/**
 * Bounded storage. Sightings and listings not seen within the horizon (default 180 days)
 * are deleted; the demand tallies already hold their daily per-skill counts, so no tally
 * changes. Tally rows older than twice the horizon (and than the 90-day window) go too. Queue items keep their own
 * copy of the listing and are never pruned.
 */

import { DEFAULT_HORIZON_DAYS, HORIZON_CHOICES, type HorizonDays } from '../core/limits';
import { DAY_MS, dayOf, weekOf } from '../core/time';
import { WINDOWS } from '../demand/tallies';
import type { Database } from './db';
import { commit } from './tx';

/** Tallies are kept at least as long as the longest demand window, whatever the horizon. */
const TALLY_MIN_DAYS = Math.max(...WINDOWS) + 7;

export interface PruneOutcome {
  sightings: number;
  listings: number;
  tallies: number;
}

export async function pruneOlderThan(
  db: Database,
  now: number,
  horizonDays = DEFAULT_HORIZON_DAYS,
): Promise<PruneOutcome> {
  const cutoffDay = dayOf(now) - horizonDays;
  const tx = db.transaction(['sightings', 'listings', 'tallies', 'scans', 'meta'], 'readwrite');
  return commit(tx, async () => {
    const outcome: PruneOutcome = { sightings: 0, listings: 0, tallies: 0 };
    let sighting = await tx
      .objectStore('sightings')
      .index('by-day')
      .openCursor(IDBKeyRange.upperBound(cutoffDay, true));
    while (sighting) {
      await sighting.delete();
      outcome.sightings++;
      sighting = await sighting.continue();
    }
    const before = IDBKeyRange.upperBound(cutoffDay * DAY_MS, true);
    let listing = await tx.objectStore('listings').index('by-lastSeen').openCursor(before);
    while (listing) {
      await listing.delete();
      outcome.listings++;
      listing = await listing.continue();
    }
    const oldWeeks = IDBKeyRange.upperBound(
      weekOf(dayOf(now) - Math.max(2 * horizonDays, TALLY_MIN_DAYS)),
      true,
    );
    let tally = await tx.objectStore('tallies').index('by-week').openCursor(oldWeeks);
    while (tally) {
      await tally.delete();
      outcome.tallies++;
      tally = await tally.continue();
    }
    await tx.objectStore('meta').put({ key: 'lastPrunedAt', value: now });
    return outcome;
  });
}

export async function getHorizon(db: Database): Promise<HorizonDays> {
  const stored = (await db.get('meta', 'horizonDays'))?.value;
  return HORIZON_CHOICES.find((days) => days === stored) ?? DEFAULT_HORIZON_DAYS;
}

export async function setHorizon(db: Database, days: HorizonDays): Promise<void> {
  await db.put('meta', { key: 'horizonDays', value: days });
}

/** Prunes at most once a day, with the user's horizon; called on the way in of a page report, so no alarm permission is needed. */
export async function pruneIfDue(db: Database, now: number): Promise<PruneOutcome | undefined> {
  const last = (await db.get('meta', 'lastPrunedAt'))?.value;
  if (typeof last === 'number' && now - last < DAY_MS) return undefined;
  return pruneOlderThan(db, now, await getHorizon(db));
}
