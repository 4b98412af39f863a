/** Ranking of the popup's matches, and its message through the router's validation. */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import type { Tags } from '@/lib/core/model';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { DAY_MS } from '@/lib/core/time';
import { assessFit } from '@/lib/gigs/fit';
import { matchRank } from '@/lib/gigs/rank';
import { tagListing, tagsFor } from '@/lib/gigs/tagging';
import { createRouter } from '@/lib/messages/router';
import { openDatabase } from '@/lib/store/db';

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
