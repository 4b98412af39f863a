/** Ranking skills by the listings that ask for them (scripts/learn/demand-rank.ts), on rows trimmed from the labelled files. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rankDemand } from '../../../scripts/learn/demand-rank';

const labelled = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/learn/labelled');

describe('rankDemand', () => {
  const { ranked, listings } = rankDemand(labelled);
  const count = (id: string) => ranked.find((r) => r.id === id)?.listings;

  it('counts every listing with a skill once, from the six files', () => {
    expect(listings).toBe(20);
  });

  it("counts a skill once per listing, from the marketplace's names resolved to skills", () => {
    // JavaScript: a job page, an RSS item, a tile and a Freelancer tag.
    expect(count('javascript')).toBe(4);
    // "Web Development" on a job page and two tiles; "WordPress Designer" tile, two Freelancer tags.
    expect(count('web-development')).toBe(3);
    expect(count('wordpress')).toBe(3);
  });

  it('tags the titles of the files that print no skill names (Fiverr gigs, PeoplePerHour jobs)', () => {
    expect(count('web-scraping')).toBe(3);
    expect(count('copywriting')).toBe(3);
    expect(count('flyer-design')).toBe(1);
    // Python: a job page, two RSS items, and "python web scraping" in a Fiverr title.
    expect(count('python')).toBe(4);
  });

  it('ranks most asked for first, ties by id', () => {
    expect(ranked.slice(0, 3).map((r) => r.id)).toEqual(['javascript', 'python', 'copywriting']);
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      expect(a.listings > b.listings || (a.listings === b.listings && a.id < b.id)).toBe(true);
    }
  });
});
