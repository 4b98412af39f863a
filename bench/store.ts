/**
 * The store under load: ingesting sightings, and the popup's queries (summary, matches,
 * queue, demand) with 5,000 and then 50,000 listings stored. Runs in Node on fake-indexeddb, so
 * absolute times are not Chrome's; the growth ratio is what the indexes decide.
 */
import 'fake-indexeddb/auto';
import type { Listing, Platform } from '../lib/core/model';
import { DEFAULT_PROFILE } from '../lib/core/profile';
import { DAY_MS } from '../lib/core/time';
import { tagListing, tagsFor } from '../lib/gigs/tagging';
import { taxonomy } from '../lib/skills';
import { type Database, openDatabase } from '../lib/store/db';
import { getDemand } from '../lib/store/demand-query';
import { getSummary, recordPageScan } from '../lib/store/listings';
import { findMatches } from '../lib/store/match-query';
import { listQueue, saveToQueue } from '../lib/store/queue';

const PLATFORMS: Platform[] = ['upwork', 'freelancer', 'fiverr', 'toptal', 'peopleperhour', 'guru'];
/** Real skill names, so the tagger finds them as it would on real listings. */
const SKILLS = taxonomy()
  .skills.slice(0, 300)
  .map((skill) => skill.name);
const NOW = Date.parse('2026-11-28T12:00:00Z');
const BATCH = 50;
const PROFILE = {
  ...DEFAULT_PROFILE,
  skills: taxonomy()
    .skills.slice(0, 5)
    .map((s) => s.id),
  goals: [taxonomy().skills[5]?.id ?? 'html'],
};

/** A small deterministic generator, so every run measures the same data. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}
const rand = random(42);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;

function listing(n: number): Listing {
  const platform = pick(PLATFORMS);
  const hourly = rand() < 0.5;
  const low = Math.round(10 + rand() * 60);
  return {
    id: `${platform}:${100_000 + n}`,
    platform,
    url: `https://www.example.com/jobs/${n}`,
    title: `Job ${n}: ${pick(SKILLS)} and ${pick(SKILLS)}`,
    description: 'Synthetic listing for the store benchmark.',
    budget: hourly
      ? { kind: 'hourly', min: low, max: low + 20, currency: 'USD' }
      : { kind: 'fixed', min: low * 20, max: low * 20, currency: 'USD' },
    platformLevel: pick(['entry', 'intermediate', 'expert'] as const),
    platformSkills: Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(SKILLS)),
  };
}

/**
 * Sightings of listings [from, to), reported 50 at a time, each batch on one of the last 90
 * days (spread evenly whatever the count: 5,000 or 50,000 listings cover the same 90 days,
 * as for a user who browses ten times as much).
 */
async function ingest(db: Database, from: number, to: number): Promise<number> {
  const started = performance.now();
  for (let start = from; start < to; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, to - start) }, (_, i) => listing(start + i));
    const when = NOW - (((start / BATCH) * 37) % 90) * DAY_MS;
    await recordPageScan(
      db,
      {
        url: 'https://www.upwork.com/nx/search/jobs/',
        platform: 'upwork',
        pageKind: 'search',
        listings: batch,
      },
      when,
      tagListing,
    );
  }
  return performance.now() - started;
}

async function popupQueries(db: Database): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 15; run++) {
    const started = performance.now();
    // What the popup asks for when it opens: the overview, the matches, the queue, the demand.
    await getSummary(db, 8);
    await findMatches(db, { profile: PROFILE, includeIntermediate: true, limit: 20 }, NOW, tagsFor);
    await listQueue(db);
    await getDemand(db, NOW, 50);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export interface StoreBench {
  queryMsAt5k: number;
  queryMsAt50k: number;
  queryGrowth5kTo50k: number;
  ingestMsPerSightingAt50k: number;
}

export async function benchStore(log: (line: string) => void = console.log): Promise<StoreBench> {
  const db = await openDatabase({ name: `bench-${Date.now()}` });
  for (let i = 0; i < 20; i++) await saveToQueue(db, listing(9_000_000 + i), NOW);
  await ingest(db, 0, 5_000);
  const queryMsAt5k = await popupQueries(db);
  log(`store: popup queries with 5,000 listings: ${queryMsAt5k.toFixed(1)} ms (median of 15)`);
  await ingest(db, 5_000, 40_000);
  const ingestMs = await ingest(db, 40_000, 50_000);
  const queryMsAt50k = await popupQueries(db);
  log(
    `store: ingesting the last 10,000 sightings: ${ingestMs.toFixed(0)} ms (${(ingestMs / 10_000).toFixed(3)} ms each)`,
  );
  log(`store: popup queries with 50,000 listings: ${queryMsAt50k.toFixed(1)} ms (median of 15)`);
  const queryGrowth5kTo50k = queryMsAt50k / queryMsAt5k;
  log(
    `store: query time growth from 5,000 to 50,000 listings: ×${queryGrowth5kTo50k.toFixed(2)} (10× the data)`,
  );
  db.close();
  return { queryMsAt5k, queryMsAt50k, queryGrowth5kTo50k, ingestMsPerSightingAt50k: ingestMs / 10_000 };
}
