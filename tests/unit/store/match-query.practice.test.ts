/** Practice gigs for a learning goal (`findPracticeGigs`), over the real saved Upwork page. */
import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/core/model';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import { tagsFor } from '@/lib/gigs/tagging';
import { recordPageScan } from '@/lib/store/listings';
import { findMatches, findPracticeGigs } from '@/lib/store/match-query';
import { realListings, scanOf, tagListing, useTestDatabase } from './helpers';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const store = useTestDatabase();
const BEGINNER_GIG = 'upwork:2025050196192886766';
const record = (listings: Listing[], tag = tagListing) =>
  recordPageScan(store.current(), scanOf(listings), NOW, tag);

describe('practice gigs', () => {
  it('finds the beginner gig that uses the goal beside skills the user has, with its full tags', async () => {
    await record(realListings);
    const profile: Profile = { ...DEFAULT_PROFILE, skills: ['shopify', 'web-design'], goals: [] };
    const gigs = await findPracticeGigs(store.current(), { profile, goal: 'stripe' }, NOW, tagsFor);
    expect(gigs.map((g) => g.listing.id)).toEqual([BEGINNER_GIG]);
    expect(gigs[0]).toMatchObject({ have: ['shopify', 'web-design'], learn: ['stripe'] });
    expect(gigs[0]?.tags.skills.length).toBeGreaterThan(0);
  });

  it('leaves out a match that uses only skills the user has, and one that uses the goal with nothing they have', async () => {
    await record(realListings);
    const profile: Profile = { ...DEFAULT_PROFILE, skills: ['shopify'], goals: [] };
    // The Matches tab shows this gig for the skills alone; it is no practice for an unrelated goal.
    expect((await findMatches(store.current(), { profile }, NOW, tagsFor)).items.length).toBeGreaterThan(0);
    expect(await findPracticeGigs(store.current(), { profile, goal: 'german' }, NOW, tagsFor)).toEqual([]);
    const novice: Profile = { ...DEFAULT_PROFILE, skills: [], goals: [] };
    expect(
      await findPracticeGigs(store.current(), { profile: novice, goal: 'stripe' }, NOW, tagsFor),
    ).toEqual([]);
  });

  it('ranks by the Matches logic for the goal alone: another goal does not make a gig a bigger stretch', async () => {
    const template = realListings.find((l) => l.id === BEGINNER_GIG)!;
    const two = { ...template, id: 'upwork:9000001' };
    const one = { ...template, id: 'upwork:9000002' };
    await record([two], () => ({ skills: ['shopify', 'stripe', 'figma'], level: 'beginner' }));
    await record([one], () => ({ skills: ['shopify', 'stripe', 'python'], level: 'beginner' }));
    const profile: Profile = { ...DEFAULT_PROFILE, skills: ['shopify'], goals: ['figma'] };
    const gigs = await findPracticeGigs(store.current(), { profile, goal: 'stripe' }, NOW, tagsFor);
    // Both use Stripe beside Shopify; ranked with "figma" as a second goal, the first would be
    // penalised as two new skills at once. Alone, they tie and the one seen last comes first.
    const both = await findMatches(
      store.current(),
      { profile: { ...profile, goals: ['figma', 'stripe'] } },
      NOW,
      tagsFor,
    );
    expect(both.items.find((i) => i.listing.id === two.id)?.learn).toEqual(['stripe', 'figma']);
    expect(gigs.map((g) => g.learn)).toEqual([['stripe'], ['stripe']]);
    expect(gigs.map((g) => g.rank)).toEqual([gigs[0]!.rank, gigs[0]!.rank]);
  });

  it('shows at most the limit asked for', async () => {
    const template = realListings.find((l) => l.id === BEGINNER_GIG)!;
    const clones = Array.from({ length: 6 }, (_, n) => ({ ...template, id: `upwork:${9_100_000 + n}` }));
    await record(clones, () => ({ skills: ['shopify', 'stripe'], level: 'beginner' }));
    const profile: Profile = { ...DEFAULT_PROFILE, skills: ['shopify'], goals: [] };
    expect(
      await findPracticeGigs(store.current(), { profile, goal: 'stripe', limit: 2 }, NOW, tagsFor),
    ).toHaveLength(2);
  });
});
