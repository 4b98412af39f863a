import { describe, expect, it } from 'vitest';
import guru from '@/lib/sites/guru';
import search2020 from '../../fixtures/guru/search-2020-03.html?raw';
import { expectRobust } from './mutate';

const parse = (html: string, url = 'https://www.guru.com/d/jobs/') =>
  guru.parse(new DOMParser().parseFromString(html, 'text/html'), new URL(url));

describe('Guru job search, real 2020 records', () => {
  const listings = parse(search2020);

  it('reads all three records, the id from the number ending the job link', () => {
    expect(listings.map((l) => [l.id, l.title, l.url])).toEqual([
      ['guru:1641708', 'Web app upgrade', 'https://www.guru.com/jobs/web-app-upgrade/1641708'],
      [
        'guru:1638576',
        'Ruby on Rails blog site development',
        'https://www.guru.com/jobs/ruby-on-rails-blog-site-development/1638576',
      ],
      [
        'guru:1637480',
        'Ruby on rails development',
        'https://www.guru.com/jobs/ruby-on-rails-development/1637480',
      ],
    ]);
  });

  it('reads hourly and fixed budgets, "$1k" included', () => {
    expect(listings.map((l) => l.budget)).toEqual([
      { kind: 'hourly', min: 25, max: 50, currency: 'USD' },
      { kind: 'fixed', min: 500, max: 1000, currency: 'USD' },
      { kind: 'fixed', min: 250, max: 500, currency: 'USD' },
    ]);
  });

  it('reads the hours per week and length printed beside an hourly budget', () => {
    expect(listings.map((l) => l.duration)).toEqual(['1-10 hrs/wk, 1-3 months', undefined, undefined]);
  });

  it('reads the category breadcrumb and the skills as printed, each name once', () => {
    expect(listings.map((l) => l.platformSkills)).toEqual([
      [
        'Programming & Development',
        'Apps & Mobile',
        'SQL',
        'Ruby On Rails',
        'Software Development',
        'Ticketing Software',
        'Web Development',
        'App Development',
        'Full Stack',
        'Magic Programming',
        'App & Mobile Marketing',
        'App & Mobile Programming Languages',
        'General / Other Apps & Mobile',
        'Mobile Device Platforms',
      ],
      ['Programming & Development', 'Web Development & Design'],
      ['Programming & Development', 'Web Development & Design', 'Ruby On Rails', 'Back End Development'],
    ]);
    for (const l of listings) expect(l.platformLevel).toBeUndefined();
  });

  it('reads posting day, quotes, description and client', () => {
    expect(listings.map((l) => [l.postedAt, l.proposals])).toEqual([
      ['2020-03-20T00:00:00.000Z', { min: 47, max: 47 }],
      ['2020-03-09T00:00:00.000Z', { min: 35, max: 35 }],
      ['2020-03-05T00:00:00.000Z', { min: 37, max: 37 }],
    ]);
    expect(listings[1]?.description).toBe('I want talented RoR full stack developer who can help me.');
    expect(listings[0]?.description.endsWith('using Postgres …')).toBe(true);
    expect(listings.map((l) => l.client)).toEqual([
      { country: 'United States', spent: 0 },
      { country: 'United States', spent: 0 },
      { country: 'United States', spent: 83, paymentVerified: true },
    ]);
  });
});

describe('the 2024–2026 hooks scrapers read (constructed around a real 2020 record)', () => {
  it('reads a record known by [data-gid], its id from the link or else from data-gid', () => {
    const html = `<div><div data-gid="1641708"><h2><a href="/jobs/web-app-upgrade/1641708">Web app upgrade</a></h2><p>Upgrade an old web app to a current framework version.</p></div>
      <div data-gid="1641709"><h2><a href="/jobs/ruby-on-rails-development">Ruby on rails development</a></h2></div></div>`;
    expect(parse(html).map((l) => [l.id, l.title, l.url])).toEqual([
      ['guru:1641708', 'Web app upgrade', 'https://www.guru.com/jobs/web-app-upgrade/1641708'],
      ['guru:1641709', 'Ruby on rails development', 'https://www.guru.com/jobs/ruby-on-rails-development'],
    ]);
  });

  it('still reads h2.jobRecord__title links when the record is only a [data-gid] element', () => {
    const html = search2020.replace(/class="record jobRecord[^"]*"/g, 'data-gid="0"');
    expect(parse(html).map((l) => l.id)).toEqual(['guru:1641708', 'guru:1638576', 'guru:1637480']);
  });
});

describe('pages that are not what the adapter expects', () => {
  it('finds nothing, without throwing, on a page with no records', () => {
    expect(parse('<main><h1>Find freelancers</h1><a href="/jobs/x/1">x</a></main>')).toEqual([]);
  });

  it('skips a record without a title', () => {
    const html = search2020.replace('>Web app upgrade</a>', '></a>');
    expect(parse(html).map((l) => l.id)).toEqual(['guru:1638576', 'guru:1637480']);
  });

  it('tells search and job pages apart', () => {
    expect(guru.pageKind(new URL('https://www.guru.com/d/jobs/'))).toBe('search');
    expect(guru.pageKind(new URL('https://www.guru.com/jobs/web-app-upgrade/1641708'))).toBe('details');
  });
});

describe('robustness', () => {
  it('never throws and returns only valid listings on mutated pages', () => {
    expectRobust(search2020, (doc) => guru.parse(doc, new URL('https://www.guru.com/d/jobs/')), 40);
  });
});
