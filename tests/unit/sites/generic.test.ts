import { describe, expect, it } from 'vitest';
import { Listing } from '@/lib/core/model';
import { detectListings } from '@/lib/sites/generic';
import { SITES } from '@/lib/sites/index';
import routesFile from '../../fixtures/routes.json';
import { expectRobust } from './mutate';

const pages = import.meta.glob<string>('../../fixtures/**/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Cards the detector finds on each fixture page with no adapter, out of the cards on it.
 * It needs three look-alike siblings by default, so pages of one or two cards give nothing;
 * with `minCards: 2` two-card pages are read too, and with `minCards: 1` (what the content
 * script asks on a marketplace page) a page of one job is read as that job.
 */
const FOUND: Record<string, [minCards3: number, minCards2: number, minCards1: number]> = {
  'upwork/search-2026-02.html': [10, 10, 10],
  'upwork/search-50-constructed.html': [50, 50, 50],
  'upwork/feed-most-recent-2024-09.html': [0, 2, 2],
  'upwork/search-2025-entry-level.html': [0, 2, 2],
  'upwork/job-details-constructed.html': [0, 0, 1],
  'freelancer/search-2020-03.html': [0, 0, 1],
  'freelancer/jobs-avg-bid-constructed.html': [3, 3, 3],
  'guru/search-2020-03.html': [3, 3, 3],
  'peopleperhour/search-2020-03.html': [0, 2, 2],
  'fiverr/search-logo-design-2026-09.html': [12, 12, 12],
  'fiverr/gig-page-2026-09.html': [0, 0, 1],
  'toptal/react-jobs-constructed.html': [4, 4, 4],
};

describe('the generic detector on every fixture page, adapters set aside', () => {
  for (const route of routesFile.routes) {
    it(`${route.file}: finds the adapter's listings, by URL`, () => {
      const html = pages[`../../fixtures/${route.file}`] ?? '';
      const url = new URL(`https://${route.host}${route.path}`);
      const adapter = SITES.find((s) => url.hostname.endsWith(`${s.id}.com`));
      const byAdapter = adapter?.parse(doc(html), url).map((l) => l.url) ?? [];
      const counts = [3, 2, 1].map(
        (minCards) => detectListings(doc(html), url, { minCards }).listings.length,
      );
      expect(counts).toEqual(FOUND[route.file]);
      const one = detectListings(doc(html), url, { minCards: 1 });
      // Whatever it finds is a listing the adapter also found: no extra blocks, no wrong links.
      for (const l of one.listings) expect(byAdapter).toContain(l.url);
      expect(one.cards).toHaveLength(one.listings.length);
      for (const l of one.listings) {
        expect(Listing.safeParse(l).success).toBe(true);
        expect(l.platform).toBe(adapter?.id);
      }
    });
  }

  it('reads title, link, text and money the way the cards show them (Guru)', () => {
    const html = pages['../../fixtures/guru/search-2020-03.html'] ?? '';
    const { listings, cards } = detectListings(doc(html), new URL('https://www.guru.com/d/jobs/'));
    expect(listings.map((l) => [l.title, l.budget])).toEqual([
      ['Web app upgrade', { kind: 'hourly', min: 25, max: 50, currency: 'USD' }],
      ['Ruby on Rails blog site development', { kind: 'fixed', min: 500, max: 1000, currency: 'USD' }],
      ['Ruby on rails development', { kind: 'fixed', min: 250, max: 500, currency: 'USD' }],
    ]);
    expect(listings[1]?.description).toBe('I want talented RoR full stack developer who can help me.');
    expect(cards.map((c) => c.tagName)).toEqual(['LI', 'LI', 'LI']);
  });
});

describe('ids and platforms', () => {
  const board = `<ul>${[1, 2, 3]
    .map(
      (n) =>
        `<li class="row"><h3><a href="/jobs/${n}?utm_source=x#top">Data entry job number ${n}</a></h3><p>Budget $${n}0, remote, posted today by a small shop.</p></li>`,
    )
    .join('')}</ul>`;

  it('are "other" and a stable hash of the URL on a page no adapter knows', () => {
    const url = new URL('https://jobs.example.org/board');
    const first = detectListings(doc(board), url).listings;
    const again = detectListings(doc(board), url).listings;
    expect(first.map((l) => l.platform)).toEqual(['other', 'other', 'other']);
    expect(first.map((l) => l.id)).toEqual(again.map((l) => l.id));
    expect(new Set(first.map((l) => l.id)).size).toBe(3);
    for (const l of first) expect(l.id).toMatch(/^other:[0-9a-z]+$/);
    expect(first[0]).toMatchObject({
      url: 'https://jobs.example.org/jobs/1',
      title: 'Data entry job number 1',
      budget: { kind: 'fixed', min: 10, max: 10, currency: 'USD' },
    });
  });

  it('keep a salary as one, paid per its period, not as a price for the job', () => {
    const jobs = board
      .replace('Budget $10, remote', 'Salary: $50,000 - $65,000 per year, remote')
      .replace('Budget $20, remote', 'Pay: $620-$780/month (based on experience), remote');
    const { listings } = detectListings(doc(jobs), new URL('https://jobs.example.org/board'));
    expect(listings.map((l) => l.budget)).toEqual([
      { kind: 'fixed', min: 50_000, max: 65_000, currency: 'USD', period: 'year' },
      { kind: 'fixed', min: 620, max: 780, currency: 'USD', period: 'month' },
      { kind: 'fixed', min: 30, max: 30, currency: 'USD' },
    ]);
    for (const l of listings) expect(Listing.safeParse(l).success).toBe(true);
  });

  it('keep the query when it names the job, without tracking parameters', () => {
    const html = board.replace(/\/jobs\/(\d)\?utm_source=x/g, '/viewjob?id=$1&amp;utm_medium=y');
    const { listings } = detectListings(doc(html), new URL('https://jobs.example.org/'));
    expect(listings.map((l) => l.url)).toEqual(
      [1, 2, 3].map((n) => `https://jobs.example.org/viewjob?id=${n}`),
    );
  });

  it("are the marketplace's own when used as a fallback there, or as asked", () => {
    const upwork = detectListings(doc(board), new URL('https://www.upwork.com/nx/search/jobs/')).listings;
    expect(upwork.map((l) => l.platform)).toEqual(['upwork', 'upwork', 'upwork']);
    expect(upwork[0]?.id.startsWith('upwork:')).toBe(true);
    const asked = detectListings(doc(board), new URL('https://www.upwork.com/x'), { platform: 'other' });
    expect(asked.listings[0]?.platform).toBe('other');
  });
});

describe('pages that are not listings', () => {
  const url = new URL('https://news.example.org/story');

  it('an article with links in its paragraphs gives nothing', () => {
    const paragraphs = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Paragraph ${i} of a long story, with <a href="/work/${i}">a link to related work</a> in the middle of a sentence that goes on for a while.</p>`,
    ).join('');
    expect(detectListings(doc(`<article><h1>A story</h1>${paragraphs}</article>`), url).listings).toEqual([]);
  });

  it('a navigation menu gives nothing, in a nav or not', () => {
    const items = ['Jobs', 'Projects', 'Freelancers', 'Pricing', 'Blog']
      .map((t) => `<li class="menu-item"><a href="/${t.toLowerCase()}">${t}</a></li>`)
      .join('');
    expect(detectListings(doc(`<nav><ul>${items}</ul></nav><ul>${items}</ul>`), url).listings).toEqual([]);
  });

  it('a "related posts" list with titles and excerpts, but nothing about work, gives nothing', () => {
    const posts = ['Baking bread', 'Growing tomatoes', 'Walking in the rain']
      .map(
        (t) =>
          `<div class="post"><h3><a href="/blog/${encodeURIComponent(t)}">${t}</a></h3><p>Some thoughts about ${t.toLowerCase()} and why it matters on a Sunday.</p></div>`,
      )
      .join('');
    expect(detectListings(doc(`<main>${posts}</main>`), url).listings).toEqual([]);
  });

  it('with minCards 1, one job alone is read only at a job-like address and with words about work', () => {
    const job = (path: string, body: string) =>
      detectListings(
        doc(`<main><h1>Write a product description</h1><p>${body}</p></main>`),
        new URL(`https://www.upwork.com${path}`),
        {
          minCards: 1,
        },
      ).listings;
    expect(
      job(
        '/jobs/Write-a-product-description_~021900000000000001/',
        'Hourly: $20 - $30. We need 10 short product texts.',
      ),
    ).toMatchObject([
      {
        url: 'https://www.upwork.com/jobs/Write-a-product-description_~021900000000000001/',
        title: 'Write a product description',
        budget: { kind: 'hourly', min: 20, max: 30 },
      },
    ]);
    // A profile, an article: not a job's address, or nothing about work, so nothing.
    expect(job('/freelancers/jane', 'Hourly: $20 - $30. I write product texts.')).toEqual([]);
    expect(
      job('/resources/how-to-write-product-descriptions-that-sell', 'Tips for writers who love words.'),
    ).toEqual([]);
  });

  it('an empty or odd root gives nothing without throwing', () => {
    expect(detectListings(doc(''), url)).toEqual({ cards: [], listings: [] });
    expect(detectListings(doc('<svg><g><g><g></g></g></g></svg>'), url).listings).toEqual([]);
  });
});

describe('cost', () => {
  // Timing on a shared machine is noisy (GC, other test files): a retry, not a looser bound.
  it('stays roughly linear as a page grows', { retry: 2 }, () => {
    const card = (n: number) =>
      `<div class="card"><h2><a href="/jobs/${n}">Job ${n} needs a careful editor</a></h2><p>Fixed price $${n}, posted today.</p><ul><li>Skill a</li><li>Skill b</li></ul></div>`;
    const page = (n: number) => doc(`<main>${Array.from({ length: n }, (_, i) => card(i)).join('')}</main>`);
    const url = new URL('https://jobs.example.org/');
    const time = (n: number) => {
      const d = page(n);
      let best = Number.POSITIVE_INFINITY;
      // The best of three: timings on a busy machine are noisy, the minimum much less so.
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        expect(detectListings(d, url).listings).toHaveLength(n);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(40); // warm-up
    const small = time(80);
    const large = time(400);
    // Five times the cards: well under the 25x a quadratic pass would take.
    expect(large).toBeLessThan(Math.max(small, 5) * 12);
  });
});

describe('robustness', () => {
  it('never throws and returns only valid listings on mutated pages', () => {
    const read = (url: string) => (d: Document) => detectListings(d, new URL(url), { minCards: 2 }).listings;
    expectRobust(
      pages['../../fixtures/guru/search-2020-03.html'] ?? '',
      read('https://www.guru.com/d/jobs/'),
      30,
    );
    expectRobust(
      pages['../../fixtures/toptal/react-jobs-constructed.html'] ?? '',
      read('https://jobs.example.org/'),
      30,
    );
  });
});
