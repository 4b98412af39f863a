import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/core/model';
import { competitionReasons } from '@/lib/gigs/competition';
import { tagsFor } from '@/lib/gigs/tagging';
import fiverr from '@/lib/sites/fiverr';
import search from '../../fixtures/fiverr/search-logo-design-2026-09.html?raw';

const gigs = fiverr.parse(
  new DOMParser().parseFromString(search, 'text/html'),
  new URL('https://www.fiverr.com/search/gigs'),
);
const gig = (seller: string) => gigs.find((l) => l.gig?.seller === seller) as Listing;

describe('what the difficulty of a Fiverr gig means', () => {
  it("says a Top Rated seller's gig is competition many Top Rated sellers offer", () => {
    expect(competitionReasons(gig('kairachel451'))).toEqual([
      "A gig a seller offers, not a client's job: the level is how hard the service is to deliver; who offers it says how hard it is to compete.",
      'By a Top Rated seller: many Top Rated sellers offer this, so a newcomer competes on price, speed or a narrower niche.',
      '14,182 reviews: a gig this established is hard to outrank.',
    ]);
  });

  it("names ads, Fiverr's Choice picks and the other levels", () => {
    expect(competitionReasons(gig('warisakhan')).slice(1)).toEqual([
      'By a Level 1 seller: one not long past starting.',
      'An ad: the seller pays to be shown here.',
    ]);
    expect(competitionReasons(gig('laria5')).slice(1)).toEqual([
      'By a Level 2 seller: established competition.',
      "Fiverr's Choice: Fiverr recommends it for its delivery record.",
    ]);
    expect(competitionReasons(gig('luciano_xl'))[1]).toBe(
      'By a Pro seller vetted by Fiverr: the top end of this service.',
    );
  });

  it("comes first in the tags a gig is shown with, and never on a client's job", () => {
    const tags = tagsFor(gig('kairachel451'));
    expect(tags.difficulty.reasons.slice(0, 2)).toEqual(competitionReasons(gig('kairachel451')).slice(0, 2));
    const job = { ...gig('kairachel451'), id: 'upwork:1', platform: 'upwork' as const };
    expect(competitionReasons(job)).toEqual([]);
    expect(competitionReasons({ ...gig('kairachel451'), gig: undefined })).toEqual([]);
  });
});
