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

describe('robustness', () => {
  it('never throws and returns only valid listings on mutated pages', () => {
    expectRobust(
      search2020,
      (doc) => peopleperhour.parse(doc, new URL('https://www.peopleperhour.com/freelance-jobs')),
      30,
    );
  });
});
