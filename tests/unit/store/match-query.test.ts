/** The Matches query over the real saved Upwork page: what it finds, in what order, and how much it reads. */
import { describe, expect, it } from 'vitest';
import { MATCH_SCAN_LIMIT } from '@/lib/core/limits';
import type { Listing } from '@/lib/core/model';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import { DAY_MS } from '@/lib/core/time';
import { tagsFor } from '@/lib/gigs/tagging';
import { recordPageScan } from '@/lib/store/listings';
import { findMatches } from '@/lib/store/match-query';
import { saveToQueue } from '@/lib/store/queue';
import { realListings, scanOf, tagListing, useTestDatabase } from './helpers';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const store = useTestDatabase();
const learner: Profile = { ...DEFAULT_PROFILE, skills: ['shopify', 'web-design', 'seo'], goals: ['stripe'] };
const BEGINNER_GIG = 'upwork:2025050196192886766';
const GTM_GIG = 'upwork:2024507002869143997';

const record = (listings: Listing[], at = NOW, tag = tagListing) =>
  recordPageScan(store.current(), scanOf(listings), at, tag);

describe('matches', () => {
  it('finds the beginner gigs that use your skills or goals, with their full tags', async () => {
    await record(realListings);
    const { items, considered } = await findMatches(store.current(), { profile: learner }, NOW, tagsFor);
    expect(considered).toBe(10);
    expect(items.map((i) => i.listing.id)).toEqual([BEGINNER_GIG]);
    const [gig] = items;
    expect(gig?.listing.title).toBe('Build shopify website b2b');
    // The listing names SEO once among a long list of wishes: shown behind "more", not counted as a fit.
    expect(gig?.have).toEqual(['shopify', 'web-design']);
    expect(gig?.learn).toEqual(['stripe']);
    expect(gig?.tags.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Shopify', 'Stripe']));
    expect(gig?.tags.difficulty.level).toBe('beginner');
    expect(gig?.queued).toBe(false);
  });

  it('adds intermediate gigs when asked, ranked below a gig that fits better', async () => {
    await record(realListings);
    const profile = { ...learner, skills: [...learner.skills, 'python'] };
    const beginnerOnly = await findMatches(store.current(), { profile }, NOW, tagsFor);
    expect(beginnerOnly.items.map((i) => i.listing.id)).toEqual([BEGINNER_GIG]);
    const { items } = await findMatches(
      store.current(),
      { profile, includeIntermediate: true },
      NOW,
      tagsFor,
    );
    expect(items.map((i) => i.listing.id)).toEqual([BEGINNER_GIG, GTM_GIG]);
    expect(items[0]!.rank).toBeGreaterThan(items[1]!.rank);
  });

  it('leaves out the platforms the user switched off, and marks queued gigs', async () => {
    await record(realListings);
    const off = await findMatches(
      store.current(),
      { profile: { ...learner, platforms: ['fiverr'] } },
      NOW,
      tagsFor,
    );
    expect(off.items).toEqual([]);
    await saveToQueue(store.current(), realListings.find((l) => l.id === BEGINNER_GIG)!, NOW);
    const { items } = await findMatches(store.current(), { profile: learner }, NOW, tagsFor);
    expect(items[0]?.queued).toBe(true);
  });

  it('never reads more than the bound, nor listings last seen over 30 days ago', async () => {
    const template = realListings.find((l) => l.id === BEGINNER_GIG)!;
    const clone = (n: number): Listing => ({ ...template, id: `upwork:${9_000_000 + n}` });
    const beginnerShopify = () => ({ skills: ['shopify'], level: 'beginner' as const });
    const old = Array.from({ length: 50 }, (_, n) => clone(n));
    await record(old, NOW - 31 * DAY_MS, beginnerShopify);
    const fresh = Array.from({ length: MATCH_SCAN_LIMIT + 100 }, (_, n) => clone(1000 + n));
    await record(fresh, NOW, beginnerShopify);
    const { items, considered } = await findMatches(
      store.current(),
      { profile: learner, limit: 5 },
      NOW,
      tagsFor,
    );
    expect(considered).toBe(MATCH_SCAN_LIMIT);
    expect(items).toHaveLength(5);
    expect(items.every((i) => Number(i.listing.id.slice('upwork:'.length)) >= 9_001_000)).toBe(true);

    await store.current().clear('listings');
    await record(old, NOW - 31 * DAY_MS, beginnerShopify);
    expect(await findMatches(store.current(), { profile: learner }, NOW, tagsFor)).toEqual({
      items: [],
      considered: 0,
    });
  }, 30_000);
});
