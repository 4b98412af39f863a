import { describe, expect, it } from 'vitest';
import { Listing } from '@/lib/core/model';
import upwork from '@/lib/sites/upwork';
import feed2024 from '../../fixtures/upwork/feed-most-recent-2024-09.html?raw';
import details from '../../fixtures/upwork/job-details-constructed.html?raw';
import search2025 from '../../fixtures/upwork/search-2025-entry-level.html?raw';
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

describe('Upwork job search, 2025 tiles (a JobsList section copied from a live browser)', () => {
  const listings = parse(search2025, 'https://www.upwork.com/nx/search/jobs/?q=react');

  it('reads both tiles, "Entry Level" with a capital L included', () => {
    expect(listings.map((l) => [l.id, l.platformLevel, l.budget, l.duration])).toEqual([
      [
        'upwork:2071462232250613619',
        'entry',
        { kind: 'hourly', min: 5, max: 30, currency: 'USD' },
        '3 to 6 months, 30+ hrs/week',
      ],
      [
        'upwork:2071244113914474605',
        'expert',
        { kind: 'fixed', min: 500, max: 500, currency: 'USD' },
        undefined,
      ],
    ]);
  });

  it('reads the title without its search highlights, the proposals, the skills and the client', () => {
    const [first, second] = listings;
    expect(second?.title).toBe('SaaS Bug Fix and Technical Audit - React / Node.js / Railway / Vercel');
    expect(first?.proposals).toEqual({ min: 50 }); // "Proposals: 50+" in the header line
    expect(first?.postedAt).toBe(new Date(NOW - 2 * 3_600_000).toISOString());
    expect(first?.platformSkills).toEqual([
      'Next.js',
      'React',
      'Python',
      'C++',
      'Java',
      'AI Agent Development',
      'AI Development',
      'AI-Generated Code',
    ]);
    expect(first?.client).toEqual({ paymentVerified: true, rating: 4.8, spent: 20_000, country: 'Canada' });
    expect(second?.client).toEqual({ paymentVerified: true, spent: 0, country: 'Australia' });
    expect(first?.description).toContain('Develop and maintain web applications using Next.js and React');
  });
});

describe('Upwork job details (constructed from the known hooks: no saved page is public)', () => {
  const JOB =
    'https://www.upwork.com/jobs/Experienced-Flutter-span-class-highlight-Developer-span_~021897688166882191395/';

  it('reads the job page: title, full description, level, skills, hourly range, length, workload, client', () => {
    const [job] = parse(details, JOB);
    expect(job).toMatchObject({
      id: 'upwork:1897688166882191395',
      url: JOB,
      title: 'Experienced Flutter Developer',
      platformLevel: 'entry',
      budget: { kind: 'hourly', min: 21, max: 30, currency: 'USD' },
      duration: '1-3 months, Less than 30 hrs/week',
      proposals: { min: 0, max: 4 },
      postedAt: new Date(NOW - 3 * 86_400_000).toISOString(),
      client: { paymentVerified: true, country: 'United States' },
    });
    expect(job?.platformSkills).toEqual([
      'Smartphone',
      'Android',
      'In-App Purchases',
      'iOS',
      'Firebase',
      'User Authentication',
      'Mobile App Development',
      'Flutter',
      'Dart',
      'User Profile Creation',
    ]);
    expect(job?.description.split('\n')).toHaveLength(11);
    expect(job?.description).toContain('Write “Mallard Mats” at the beginning of the cover letter.');
  });

  it('reads the details slider over search as the same job as its tile, with the full description', () => {
    const slider = details
      .replace(
        /^[\s\S]*<div class="job-details-content">/,
        '<div class="air3-slider-content"><a href="/jobs/~022024696422907076268">Open job in a new window</a>',
      )
      .replace(/<\/main>[\s\S]*$/, '');
    const page = search2026.replace('</body>', `${slider}</body>`);
    const listings = parse(
      page,
      'https://www.upwork.com/nx/search/jobs/details/~022024696422907076268?q=automation',
    );
    expect(listings).toHaveLength(11);
    const [tile] = listings;
    const opened = listings[10];
    expect([tile?.id, opened?.id]).toEqual(['upwork:2024696422907076268', 'upwork:2024696422907076268']);
    expect(opened?.description.length).toBeGreaterThan(600);
    expect(opened?.platformLevel).toBe('entry');
  });

  it('reads a fixed-price job from its [data-cy="fixed-price"] item', () => {
    const fixed = details.replace(
      '<li><div class="air3-icon md"></div><div><strong>$21.00</strong>-<strong>$30.00</strong><div class="description">Hourly</div></div></li>',
      '<li><div class="air3-icon md" data-cy="fixed-price"></div><div><strong>$450.00</strong><div class="description">Fixed-price</div></div></li>',
    );
    expect(parse(fixed, JOB)[0]?.budget).toEqual({ kind: 'fixed', min: 450, max: 450, currency: 'USD' });
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
