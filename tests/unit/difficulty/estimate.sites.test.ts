/**
 * Every marketplace's listings get the same fitted model, read from their saved pages the way the
 * content script reads them: Freelancer.com's average bid, Guru's terms, PeoplePerHour's bare
 * titles, Fiverr's gigs, Toptal's jobs and pages read by the generic detector.
 */
import { describe, expect, it } from 'vitest';
import { Difficulty, type Listing } from '../../../lib/core/model';
import { explainDifficulty } from '../../../lib/difficulty';
import { tagsFor } from '../../../lib/gigs/tagging';
import { adapterForUrl } from '../../../lib/sites';
import { detectListings } from '../../../lib/sites/generic';
import routes from '../../fixtures/routes.json';
import { readPage } from './fixtures';

function listingsOf(file: string): Listing[] {
  const route = routes.routes.find((r) => r.file === file);
  if (!route) throw new Error(`${file} is not a route`);
  const url = new URL(`https://${route.host}${route.path}`);
  const doc = new DOMParser().parseFromString(readPage(file), 'text/html');
  const listings = adapterForUrl(url)?.parse(doc, url) ?? [];
  expect(listings).toHaveLength(route.listings);
  return listings;
}

const payReason = (listing: Listing) =>
  explainDifficulty({ ...listing, budgetText: listing.duration }).find((r) => r.group === 'pay')?.reason;

describe('the same model on every site', () => {
  it.each(routes.routes.map((r) => r.file))(
    'gives every listing on %s a level, a score and whether it is a guess',
    (file) => {
      for (const listing of listingsOf(file)) {
        const { difficulty } = tagsFor(listing);
        expect(Difficulty.safeParse(difficulty).success).toBe(true);
        expect(typeof difficulty.uncertain).toBe('boolean');
        expect(difficulty.reasons.length).toBeGreaterThan(0);
      }
    },
  );

  it("says Freelancer.com's average bid is one, with the weight of a price", () => {
    const reasons = listingsOf('freelancer/jobs-avg-bid-constructed.html').map(payReason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(/^bids average \$[\d,]+(\/hr)?$/);
  });

  it("says a Fiverr gig's price is what its seller asks, not what a client pays", () => {
    const reasons = listingsOf('fiverr/search-logo-design-2026-09.html').map(payReason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(/^sold from \$[\d,]+$/);
    // The same price read from a job elsewhere is a client's budget.
    expect(
      explainDifficulty({ title: 'Logo design', budgetText: 'From $20' }).find((r) => r.group === 'pay')
        ?.reason,
    ).toBe('pays $20 fixed');
  });

  it('reads Guru’s printed budget', () => {
    for (const listing of listingsOf('guru/search-2020-03.html'))
      expect(payReason(listing)).toMatch(/^(pays \$|hourly|fixed price)/);
  });

  it('calls a PeoplePerHour title and a Fiverr gig a guess, never a sure beginner', () => {
    const short = [
      ...listingsOf('peopleperhour/search-2020-03.html'),
      ...listingsOf('fiverr/search-logo-design-2026-09.html'),
    ];
    for (const listing of short) expect(tagsFor(listing).difficulty.uncertain).toBe(true);
  });

  it('keeps the level Upwork prints on every tile of its search page', () => {
    for (const listing of listingsOf('upwork/search-2026-02.html')) {
      const expected = { entry: 'beginner', intermediate: 'intermediate', expert: 'expert' }[
        listing.platformLevel ?? 'intermediate'
      ];
      expect(tagsFor(listing).difficulty.level).toBe(expected);
    }
  });

  it('estimates the cards the generic detector reads on an unknown job board', () => {
    const url = new URL('https://jobs.example.org/remote');
    const doc = new DOMParser().parseFromString(readPage('generic/job-board-constructed.html'), 'text/html');
    const { listings } = detectListings(doc, url);
    expect(listings.length).toBeGreaterThan(2);
    for (const listing of listings)
      expect(Difficulty.safeParse(tagsFor(listing).difficulty).success).toBe(true);
  });
});
