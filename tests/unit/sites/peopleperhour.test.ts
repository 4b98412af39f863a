import { describe, expect, it } from 'vitest';
import peopleperhour from '@/lib/sites/peopleperhour';
import search2020 from '../../fixtures/peopleperhour/search-2020-03.html?raw';
import { expectRobust } from './mutate';

const parse = (html: string, url = 'https://www.peopleperhour.com/freelance-jobs') =>
  peopleperhour.parse(new DOMParser().parseFromString(html, 'text/html'), new URL(url));

describe('PeoplePerHour job list, real 2020 items', () => {
  it('reads both items as printed; the list shows no skills and no description', () => {
    expect(parse(search2020)).toEqual([
      {
        id: 'peopleperhour:2762436',
        platform: 'peopleperhour',
        url: 'https://www.peopleperhour.com/freelance-jobs/software-development/integration-api/ruby-r-o-r-developer-needed-2762436',
        title: 'Ruby (R-O-R) Developer Needed',
        description: '',
        postedAt: '2020-03-19T14:28:50.000Z',
        budget: { kind: 'fixed', min: 400, max: 400, currency: 'USD' },
        platformSkills: [],
        proposals: { min: 17, max: 17 },
      },
      {
        id: 'peopleperhour:2740988',
        platform: 'peopleperhour',
        url: 'https://www.peopleperhour.com/freelance-jobs/software-development/software-testing/hiring-full-stack-front-end-and-back-end-developers-for-sof-2740988',
        title: 'Hiring Full Stack, Front End and Back End Developers For Software Testing',
        description: '',
        postedAt: '2020-03-02T02:52:17.000Z',
        budget: { kind: 'fixed', min: 350, max: 350, currency: 'USD' },
        platformSkills: [],
        proposals: { min: 14, max: 14 },
      },
    ]);
  });
});

describe('pages that are not what the adapter expects', () => {
  it('finds nothing, without throwing, on a page with no items', () => {
    expect(parse('<main><h1>Hire freelancers</h1><div class="job-list-item"></div></main>')).toEqual([]);
  });

  it('skips an item without a title', () => {
    const html = search2020.replace('>Ruby (R-O-R) Developer Needed </a>', '> </a>');
    expect(parse(html).map((l) => l.id)).toEqual(['peopleperhour:2740988']);
  });

  it('reads an hourly price as hourly', () => {
    const html = search2020.replace(/ Fixed Price /, ' Per hour ');
    expect(parse(html)[0]?.budget).toEqual({ kind: 'hourly', min: 400, max: 400, currency: 'USD' });
  });
});

describe('the 2024–2026 list markup (constructed: only its hashed item class is known)', () => {
  // Scrapers of the current site read `li.list__item⤍List⤚2ytmm`; the rest of this item is the
  // first real 2020 job's text in plain tags, since the new markup around it is not public.
  const item = (
    n: number,
    title: string,
  ) => `<li class="list__item⤍List⤚2ytmm"><h6><a href="/freelance-jobs/software-development/integration-api/ruby-developer-${n}">${title}</a></h6>
    <div><span>$400</span> <span>Fixed Price</span></div><div><span>17 Proposals</span> · <span>5 days ago</span></div></li>`;
  const NOW = Date.parse('2020-03-24T12:00:00Z');

  it('reads items by the stable part of their hashed class, and price, proposals and age from their words', () => {
    const html = `<ul>${item(2762436, 'Ruby (R-O-R) Developer Needed')}${item(2762437, 'Rails API fixes')}</ul>`;
    const listings = peopleperhour.parse(
      new DOMParser().parseFromString(html, 'text/html'),
      new URL('https://www.peopleperhour.com/freelance-jobs'),
      NOW,
    );
    expect(listings.map((l) => [l.id, l.title, l.budget, l.proposals, l.postedAt])).toEqual([
      [
        'peopleperhour:2762436',
        'Ruby (R-O-R) Developer Needed',
        { kind: 'fixed', min: 400, max: 400, currency: 'USD' },
        { min: 17, max: 17 },
        '2020-03-19T12:00:00.000Z',
      ],
      [
        'peopleperhour:2762437',
        'Rails API fixes',
        { kind: 'fixed', min: 400, max: 400, currency: 'USD' },
        { min: 17, max: 17 },
        '2020-03-19T12:00:00.000Z',
      ],
    ]);
  });

  it('reads "/hr" after the amount as an hourly price', () => {
    const html = `<ul>${item(1, 'Hourly help').replace('$400', '£25 /hr')}</ul>`;
    expect(parse(html)[0]?.budget).toEqual({ kind: 'hourly', min: 25, max: 25, currency: 'GBP' });
  });
});

describe('robustness', () => {
  it('never throws and returns only valid listings on mutated pages', () => {
    expectRobust(
      search2020,
      (doc) => peopleperhour.parse(doc, new URL('https://www.peopleperhour.com/freelance-jobs')),
      30,
    );
  });
});
