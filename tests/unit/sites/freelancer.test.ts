import { describe, expect, it } from 'vitest';
import freelancer, { projectId } from '@/lib/sites/freelancer';
import avgBid from '../../fixtures/freelancer/jobs-avg-bid-constructed.html?raw';
import search2020 from '../../fixtures/freelancer/search-2020-03.html?raw';
import { expectRobust } from './mutate';

const parse = (html: string, url: string) =>
  freelancer.parse(new DOMParser().parseFromString(html, 'text/html'), new URL(url));

describe('Freelancer.com /jobs/ list, real 2020 card', () => {
  const listings = parse(search2020, 'https://www.freelancer.com/jobs/php/');

  it('reads the one card as printed', () => {
    expect(listings).toEqual([
      {
        id: 'freelancer:24431323',
        platform: 'freelancer',
        url: 'https://www.freelancer.com/projects/php/develop-website-24431323/',
        title: 'Develop My Website',
        description:
          'This is an online Social Blogging forum! built on PHP [login to view URL]! [login to view URL]Please check the Website throughly and then Quote!You may have to complete the front end and built an admin panel as well!You may have to design and develop in ci! so knowledge in CI , web designing and Photoshop is prerequisite!',
        // "$117": the average bid, the only price the card shows (see readBudget).
        budget: { kind: 'fixed', min: 117, max: 117, currency: 'USD', source: 'average-bid' },
        platformSkills: ['Codeigniter', 'Graphic Design', 'HTML', 'PHP', 'Website Design'],
      },
    ]);
  });
});

describe('Freelancer.com /jobs/ list with "Avg Bid" and bids (constructed from the 2020 markup)', () => {
  const listings = parse(avgBid, 'https://www.freelancer.com/jobs/wordpress/');

  it('reads all three cards, the id from the number ending the link or else the slug', () => {
    expect(listings.map((l) => [l.id, l.title, l.url])).toEqual([
      [
        'freelancer:24442085',
        'psd to wordpress',
        'https://www.freelancer.com/projects/wordpress/psd-wordpress-24442085/',
      ],
      [
        'freelancer:week-fulltime-work-woo',
        '1 week fulltime work - wp+woo',
        'https://www.freelancer.com/projects/php/week-fulltime-work-woo/',
      ],
      [
        'freelancer:ruby-rails-nodejs-fullstack-developer',
        'Ruby on Rails/NodeJS Fullstack Developer',
        'https://www.freelancer.com/projects/ruby-on-rails/ruby-rails-nodejs-fullstack-developer/',
      ],
    ]);
  });

  it('keeps the average bid as the budget, hourly when it says "/ hr", and counts bids exactly', () => {
    expect(listings.map((l) => [l.budget, l.proposals])).toEqual([
      [
        { kind: 'hourly', min: 4, max: 4, currency: 'USD', source: 'average-bid' },
        { min: 12, max: 12 },
      ],
      [
        { kind: 'fixed', min: 115, max: 115, currency: 'USD', source: 'average-bid' },
        { min: 31, max: 31 },
      ],
      [
        { kind: 'hourly', min: 14, max: 14, currency: 'USD', source: 'average-bid' },
        { min: 7, max: 7 },
      ],
    ]);
    // "I pay $ 100" in the description is the client's text, not the card's price.
    expect(listings[1]?.description).toContain('I pay $ 100');
  });

  it('reads the skill links as printed', () => {
    expect(listings.map((l) => l.platformSkills)).toEqual([
      ['HTML', 'PSD to HTML', 'Website Design', 'WordPress'],
      ['CSS', 'HTML', 'PHP', 'WooCommerce', 'WordPress'],
      ['Bootstrap', 'Javascript', 'Ruby on Rails'],
    ]);
    for (const l of listings) expect(l.platformLevel).toBeUndefined();
  });
});

describe('a Freelancer.com project details page (constructed from the known class names)', () => {
  const html = `<main><div class="ProjectDetailsCard"><h1 class="ProjectDetailsCard-title">Build a Shopify theme</h1>
    <p class="ProjectDetailsCard-budget">$250 – 750 USD</p><p>Bidding ends in 6 days</p></div>
    <div class="ProjectDescription"><p>I need a custom Shopify theme.</p><p>Liquid experience required.</p></div>
    <a href="/jobs/shopify/">Shopify</a></main>`;

  it('reads the one project, its id from the page address', () => {
    expect(
      parse(html, 'https://www.freelancer.com/projects/shopify/build-shopify-theme-39012345/details'),
    ).toEqual([
      {
        id: 'freelancer:39012345',
        platform: 'freelancer',
        url: 'https://www.freelancer.com/projects/shopify/build-shopify-theme-39012345/',
        title: 'Build a Shopify theme',
        description: 'I need a custom Shopify theme.\nLiquid experience required.',
        budget: { kind: 'fixed', min: 250, max: 750, currency: 'USD' },
        platformSkills: [],
      },
    ]);
  });
});

describe('the current search, /search/projects (constructed: class names from public extensions only)', () => {
  // Cards are links in this generation, so the skills inside are plain text, not links.
  const card = (id: number, title: string) =>
    `<a class="${id % 2 ? 'ProjectCard' : 'x1f9'}" href="/projects/react-js/${title.toLowerCase().replace(/ /g, '-')}-${id}"><span data-rating="4.8"></span>
      <h2 class="ProjectCard-title">${title}</h2><p>Budget $30 – 250 AUD</p><p>${id % 50} bids</p></a>`;
  const html = `<main>${card(39000001, 'Fix a React form')}${card(39000002, 'Port a jQuery widget')}</main>`;

  it('reads cards that are links, with an AUD range and the bid count', () => {
    const listings = parse(html, 'https://www.freelancer.com/search/projects?q=react');
    expect(listings.map((l) => [l.id, l.title, l.url])).toEqual([
      [
        'freelancer:39000001',
        'Fix a React form',
        'https://www.freelancer.com/projects/react-js/fix-a-react-form-39000001',
      ],
      [
        'freelancer:39000002',
        'Port a jQuery widget',
        'https://www.freelancer.com/projects/react-js/port-a-jquery-widget-39000002',
      ],
    ]);
    expect(listings[0]?.budget).toEqual({ kind: 'fixed', min: 30, max: 250, currency: 'AUD' });
    expect(listings[0]?.proposals).toEqual({ min: 1, max: 1 });
    expect(listings[1]?.proposals).toEqual({ min: 2, max: 2 });
  });
});

describe('pages that are not what the adapter expects', () => {
  it('finds nothing, without throwing, on a page with no cards', () => {
    expect(
      parse(
        '<main><h1>Hire freelancers</h1><a href="/projects/">x</a></main>',
        'https://www.freelancer.com/',
      ),
    ).toEqual([]);
  });

  it('skips a card without a title', () => {
    const html = avgBid.replace(/> psd to wordpress </, '>  <');
    expect(parse(html, 'https://www.freelancer.com/jobs/wordpress/').map((l) => l.id)).toEqual([
      'freelancer:week-fulltime-work-woo',
      'freelancer:ruby-rails-nodejs-fullstack-developer',
    ]);
  });

  it('reads ids only from project links', () => {
    const base = new URL('https://www.freelancer.com/jobs/');
    expect(projectId('/projects/php/develop-website-24431323/', base)).toBe('24431323');
    expect(projectId('/projects/php/week-fulltime-work-woo/details', base)).toBe('week-fulltime-work-woo');
    expect(projectId('/jobs/php/', base)).toBeUndefined();
    expect(projectId('javascript:alert(1)', base)).toBeUndefined();
  });

  it('tells lists, search and project pages apart', () => {
    expect(freelancer.pageKind(new URL('https://www.freelancer.com/jobs/php/'))).toBe('category');
    expect(freelancer.pageKind(new URL('https://www.freelancer.com/search/projects?q=x'))).toBe('search');
    expect(freelancer.pageKind(new URL('https://www.freelancer.com/projects/php/x-1/details'))).toBe(
      'details',
    );
  });
});

describe('robustness', () => {
  it('never throws and returns only valid listings on mutated pages', () => {
    const read = (doc: Document) => freelancer.parse(doc, new URL('https://www.freelancer.com/jobs/php/'));
    expectRobust(search2020, read, 40);
    expectRobust(avgBid, read, 40);
  });
});
