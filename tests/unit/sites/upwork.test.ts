import { describe, expect, it } from 'vitest';
import { Listing } from '@/lib/core/model';
import upwork from '@/lib/sites/upwork';
import feed2024 from '../../fixtures/upwork/feed-most-recent-2024-09.html?raw';
import search2026 from '../../fixtures/upwork/search-2026-02.html?raw';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const parse = (html: string, url: string) =>
  upwork.parse(new DOMParser().parseFromString(html, 'text/html'), new URL(url), NOW);

describe('Upwork job search, 2026 markup', () => {
  const listings = parse(search2026, 'https://www.upwork.com/nx/search/jobs/?q=automation');

  it('reads all ten tiles, each with the job uid as its id', () => {
    expect(listings.map((l) => l.id)).toEqual([
      'upwork:2024696422907076268',
      'upwork:2025128754324959545',
      'upwork:2024507002869143997',
      'upwork:2024533390197622490',
      'upwork:2024986923792202057',
      'upwork:2024925341004239379',
      'upwork:2024703481404991451',
      'upwork:2025050196192886766',
      'upwork:2024630798600595058',
      'upwork:2024548079070880107',
    ]);
    for (const listing of listings) expect(Listing.safeParse(listing).success).toBe(true);
  });

  it("keeps Upwork's own experience level of every tile", () => {
    expect(listings.map((l) => l.platformLevel)).toEqual([
      'expert',
      'expert',
      'intermediate',
      'expert',
      'expert',
      'expert',
      'expert',
      'entry',
      'expert',
      'expert',
    ]);
  });

  it('reads the skill tokens as printed', () => {
    expect(listings.map((l) => l.platformSkills.length)).toEqual([7, 3, 5, 6, 5, 9, 10, 5, 5, 3]);
    expect(listings[0]?.platformSkills).toEqual([
      'Tech & IT',
      'English',
      'Sales Funnel Copywriting',
      'Technical Copywriting',
      'Product Catalog Setup & Optimization',
      'Product Concept',
      'n8n',
    ]);
  });

  it('reads fixed budgets and hourly ranges', () => {
    expect(listings[0]?.budget).toEqual({ kind: 'fixed', min: 250, max: 250, currency: 'USD' });
    expect(listings[2]?.budget).toEqual({ kind: 'hourly', min: 20, max: 45, currency: 'USD' });
    expect(listings[6]?.budget).toEqual({ kind: 'fixed', min: 1000, max: 1000, currency: 'USD' });
    expect(listings[8]?.budget).toEqual({ kind: 'fixed', min: 5000, max: 5000, currency: 'USD' });
  });

  it('reads the estimated time of the hourly tiles, without its "Est. time:" label', () => {
    expect(listings.map((l) => l.duration)).toEqual([
      undefined,
      undefined,
      '1 to 3 months, Less than 30 hrs/week',
      undefined,
      'Less than 1 month, Hours to be determined',
      '1 to 3 months, Less than 30 hrs/week',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads the title, link, description, posting time, proposals and client', () => {
    const [first] = listings;
    expect(first?.title).toBe(
      'Digital Product Specialist, AI automation case studies to sellable products (Gumroad / Etsy, etc…)',
    );
    expect(first?.url).toBe(
      'https://www.upwork.com/jobs/Digital-Product-Specialist-automation-case-studies-sellable-products-Gumroad-Etsy-etc_~022024696422907076268/',
    );
    expect(first?.description.startsWith('Overview\nI am an AI automation & systems architect')).toBe(true);
    expect(first?.description.length).toBeGreaterThan(3000);
    expect(first?.postedAt).toBe('2026-02-19T12:00:00.000Z'); // "Posted yesterday"
    expect(first?.proposals).toEqual({ min: 0, max: 4 }); // "Less than 5"
    expect(first?.client).toEqual({ paymentVerified: true, rating: 5, spent: 200, country: 'Paraguay' });
    expect(listings[4]?.proposals).toEqual({ min: 10, max: 15 });
    expect(listings[8]?.client?.spent).toBe(60_000); // "$60K+"
  });
});

describe('Upwork Find Work feed, 2024 markup', () => {
  const listings = parse(feed2024, 'https://www.upwork.com/nx/find-work/most-recent');

  it('reads both tiles of the feed fragment', () => {
    expect(listings).toHaveLength(2);
    const [first] = listings;
    expect(first).toMatchObject({
      id: 'upwork:1831953276703777851',
      title: 'Social Media Interface Portal Design',
      platformLevel: 'intermediate',
      budget: { kind: 'fixed', min: 650, max: 650, currency: 'USD' },
      platformSkills: ['Make.com', 'Airtable', 'softr', 'Automation'],
      proposals: { min: 0, max: 4 },
      postedAt: new Date(NOW - 7 * 60_000).toISOString(), // "7 minutes ago"
    });
    expect(first?.description).toContain('using platforms like Softr and Airtable');
    // "Rating is 0 out of 5" means no reviews yet, not a zero rating.
    expect(first?.client).toEqual({ paymentVerified: true, spent: 0, country: 'United Arab Emirates' });
  });
});

describe('pages that are not what the adapter expects', () => {
  it('finds nothing, without throwing, on a page with no tiles', () => {
    expect(
      parse('<html><body><h1>Find work</h1></body></html>', 'https://www.upwork.com/nx/find-work/'),
    ).toEqual([]);
  });

  it('skips a tile without a title link instead of inventing one', () => {
    const html = search2026
      .replace(/data-test="job-tile-title-link"/, 'data-test="renamed"')
      .replace(/<a href="\/jobs\/Digital-Product[^>]*>/, '<span>');
    const listings = parse(html, 'https://www.upwork.com/nx/search/jobs/');
    expect(listings).toHaveLength(9);
    expect(listings.map((l) => l.id)).not.toContain('upwork:2024696422907076268');
  });

  it('tells search, feed and job pages apart', () => {
    expect(upwork.pageKind(new URL('https://www.upwork.com/nx/search/jobs/?q=x'))).toBe('search');
    expect(upwork.pageKind(new URL('https://www.upwork.com/nx/find-work/best-matches'))).toBe('feed');
    expect(upwork.pageKind(new URL('https://www.upwork.com/jobs/Foo_~021831953276703777851/'))).toBe(
      'details',
    );
    expect(upwork.pageKind(new URL('https://www.upwork.com/freelancers/'))).toBe('other');
  });
});
