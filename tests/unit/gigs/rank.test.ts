/** Ranking of the popup's matches, and its message through the router's validation. */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import type { Tags } from '@/lib/core/model';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { DAY_MS } from '@/lib/core/time';
import { assessFit } from '@/lib/gigs/fit';
import { matchRank, rankPage } from '@/lib/gigs/rank';
import { tagListing, tagsFor } from '@/lib/gigs/tagging';
import { createRouter } from '@/lib/messages/router';
import { openDatabase } from '@/lib/store/db';
import { realListings, scanOf } from '../store/helpers';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const profile = { ...DEFAULT_PROFILE, skills: ['html', 'css', 'javascript'], goals: ['react'] };
const tags = (skills: string[], level: Tags['difficulty']['level'] = 'beginner'): Tags => ({
  skills: skills.map((id) => ({ id, name: id })),
  difficulty: { level, score: 0.2, reasons: [] },
});
const rank = (skills: string[], extra: Partial<Parameters<typeof matchRank>[0]> = {}) =>
  matchRank({
    fit: assessFit(profile, tags(skills)),
    level: 'beginner',
    budget: undefined,
    lastSeenAt: NOW,
    now: NOW,
    ...extra,
  });

describe('match ranking', () => {
  it('puts a gig that practises one new skill beside known ones above one that uses known skills only', () => {
    expect(rank(['javascript', 'react'])).toBeGreaterThan(rank(['javascript', 'css']));
  });

  it('ranks a beginner level guessed from a title after a sure one, and before intermediate', () => {
    const same = ['javascript', 'react'];
    expect(rank(same)).toBeGreaterThan(rank(same, { uncertain: true }));
    expect(rank(same, { uncertain: true })).toBeGreaterThan(rank(same, { level: 'intermediate' }));
  });

  it('prefers beginner gigs, better pay and fresher listings among equal fits', () => {
    const same = ['javascript', 'react'];
    expect(rank(same)).toBeGreaterThan(rank(same, { level: 'intermediate' }));
    expect(rank(same, { budget: { kind: 'hourly', min: 25, max: 35, currency: 'USD' } })).toBeGreaterThan(
      rank(same, { budget: { kind: 'hourly', min: 5, max: 8, currency: 'USD' } }),
    );
    expect(rank(same)).toBeGreaterThan(rank(same, { lastSeenAt: NOW - 20 * DAY_MS }));
  });

  it('compares pay in US dollars: ₹12,500 is no $12,500 job', () => {
    const same = ['javascript', 'react'];
    const rupees = rank(same, { budget: { kind: 'fixed', min: 12_500, max: 12_500, currency: 'INR' } });
    const dollars = rank(same, { budget: { kind: 'fixed', min: 12_500, max: 12_500, currency: 'USD' } });
    const cheap = rank(same, { budget: { kind: 'fixed', min: 141, max: 141, currency: 'USD' } });
    expect(dollars).toBeGreaterThan(rupees);
    expect(rupees).toBeCloseTo(cheap, 2);
  });

  it('keeps fit ahead of pay: a high-paying gig with no new skill stays below', () => {
    const rich = rank(['javascript', 'css'], {
      budget: { kind: 'fixed', min: 5000, max: 5000, currency: 'USD' },
    });
    expect(rank(['javascript', 'react'])).toBeGreaterThan(rich);
  });
});

describe('ui-bg-get-matches', () => {
  it('answers an extension page with a validated profile, and refuses a malformed one', async () => {
    const db = await openDatabase({ name: `matches-${crypto.randomUUID()}` });
    const route = createRouter(
      createHandlers({ db: async () => db, tag: tagListing, describe: tagsFor, now: () => NOW }),
      { extensionId: 'x', extensionOrigin: 'chrome-extension://x' },
    );
    const popup = { id: 'x', url: 'chrome-extension://x/popup.html' };
    expect(await route({ type: 'ui-bg-get-matches', payload: { profile } }, popup)).toEqual({
      items: [],
      considered: 0,
    });
    const bad = (await route(
      { type: 'ui-bg-get-matches', payload: { profile: { ...profile, level: 'guru' }, limit: 5 } },
      popup,
    )) as { error: string };
    expect(bad.error).toMatch(/^ui-bg-get-matches: invalid payload/);
    const page = { id: 'x', url: 'https://www.upwork.com/nx/search/jobs/' };
    expect(await route({ type: 'ui-bg-get-matches', payload: { profile } }, page)).toEqual({
      error: 'ui-bg-get-matches: only accepted from an extension page',
    });
    db.close();
  });
});

describe('rankPage (the side panel)', () => {
  // Knows Shopify and web design at an intermediate level, learning Stripe: six of the ten fit.
  const learner = {
    ...DEFAULT_PROFILE,
    skills: ['shopify', 'web-design'],
    goals: ['stripe'],
    level: 'intermediate' as const,
  };
  const onPage = realListings.map((listing) => ({ listing, tags: tagsFor(listing), queued: false }));

  it('leads with the gig that practises a learning goal beside known skills, then ranks the rest that fit', () => {
    const fitting = rankPage(learner, onPage, NOW).filter((item) => item.fits);
    expect(fitting).toHaveLength(6);
    expect(fitting[0]?.listing.title).toBe('Build shopify website b2b');
    expect(fitting[0]?.learn).toEqual(['stripe']);
    expect(fitting[0]?.have).toEqual(['shopify', 'web-design']);
    const ranks = fitting.map((item) => item.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // Every one of them uses a skill the user has: Shopify.
    expect(fitting.every((item) => item.have.includes('shopify'))).toBe(true);
  });

  it('gives a listing the rank the Matches tab gives it', async () => {
    const db = await openDatabase({ name: `rank-page-${crypto.randomUUID()}` });
    const handlers = createHandlers({
      db: async () => db,
      tag: tagListing,
      describe: tagsFor,
      now: () => NOW,
    });
    await handlers['cs-bg-page-scanned'](scanOf(realListings), { id: 'x' });
    const matches = await handlers['ui-bg-get-matches'](
      { profile: learner, includeIntermediate: true, limit: 100 },
      { id: 'x' },
    );
    const ranked = new Map(rankPage(learner, onPage, NOW).map((item) => [item.listing.id, item]));
    expect(matches.items.length).toBeGreaterThan(0);
    for (const match of matches.items) {
      expect(ranked.get(match.listing.id)).toMatchObject({
        rank: match.rank,
        fits: true,
        have: match.have,
        learn: match.learn,
      });
    }
    db.close();
  });

  it('lists every listing of the page, the ones that do not fit after, the page order breaking ties', () => {
    const ranked = rankPage(learner, onPage, NOW);
    expect(ranked).toHaveLength(realListings.length);
    expect(ranked.slice(6).every((item) => !item.fits)).toBe(true);
    const ranks = ranked.slice(6).map((item) => item.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // The same listing twice with the same tags: the one the page shows first comes first.
    const first = onPage[1];
    if (!first) throw new Error('fixture changed');
    const twin = { ...first, listing: { ...first.listing, id: 'upwork:twin' } };
    const order = rankPage(learner, [first, twin], NOW).map((item) => item.listing.id);
    expect(order).toEqual([first.listing.id, 'upwork:twin']);
    expect(rankPage(learner, [twin, first], NOW).map((item) => item.listing.id)).toEqual([
      'upwork:twin',
      first.listing.id,
    ]);
  });
});
