import { describe, expect, it } from 'vitest';
import fiverr, { gigPath } from '@/lib/sites/fiverr';
import constructed from '../../fixtures/fiverr/search-constructed.html?raw';
import { expectRobust } from './mutate';

const SEARCH = 'https://www.fiverr.com/search/gigs?query=web%20scraping';
const parse = (html: string, url = SEARCH) =>
  fiverr.parse(new DOMParser().parseFromString(html, 'text/html'), new URL(url));

describe('Fiverr gig search (constructed page: real gig titles and prices, markup from scrapers)', () => {
  const listings = parse(constructed);

  it('reads all six gigs, the id from the gig link /<seller>/<gig-slug>', () => {
    expect(listings.map((l) => [l.id, l.url])).toEqual([
      [
        'fiverr:codingdan/scrape-website-data-for-you-using-parsehub',
        'https://www.fiverr.com/codingdan/scrape-website-data-for-you-using-parsehub',
      ],
      [
        'fiverr:saifmahin/do-web-scraping-data-mining-crawling-using-python',
        'https://www.fiverr.com/saifmahin/do-web-scraping-data-mining-crawling-using-python',
      ],
      [
        'fiverr:dalisarker/scrape-cfo-ceo-coo-cxo-vp-hr-business-lead-using-linkedin-research',
        'https://www.fiverr.com/dalisarker/scrape-cfo-ceo-coo-cxo-vp-hr-business-lead-using-linkedin-research',
      ],
      [
        'fiverr:zeehanali/do-perfect-web-scraping-data-minning-data-extraction',
        'https://www.fiverr.com/zeehanali/do-perfect-web-scraping-data-minning-data-extraction',
      ],
      [
        'fiverr:elena_gonta/do-data-mining-and-web-scraping-for-your-amazon-us-product-research',
        'https://www.fiverr.com/elena_gonta/do-data-mining-and-web-scraping-for-your-amazon-us-product-research',
      ],
      [
        'fiverr:kapil90/do-better-work-in-data-entry-work',
        'https://www.fiverr.com/kapil90/do-better-work-in-data-entry-work',
      ],
    ]);
  });

  it('takes the title from the link with text, not the image link or the seller link', () => {
    expect(listings.map((l) => l.title)).toEqual([
      'I will web scraping, data mining and extracting from any website',
      'I will do web scraper, web crawler, data scraper, product scraping',
      'I will provide verified cfo, ceo, coo, cxo, vp, HR contact list by linkedin scraping',
      'I will do perfect web scraping data mining from any website',
      'I will scrape amazon listing, reviews, seller information, questions',
      'I will your virtual assistant of office work and data scraping',
    ]);
  });

  it('keeps the "From" price as an open-ended fixed price, and no seller level as a job level', () => {
    expect(listings.map((l) => l.budget)).toEqual(
      [30, 30, 15, 30, 34, 15].map((min) => ({ kind: 'fixed', min, currency: 'EUR' })),
    );
    for (const l of listings) {
      expect(l.platformLevel).toBeUndefined();
      expect(l.platformSkills).toEqual([]);
    }
  });
});

describe('other card hooks public scrapers record', () => {
  it('reads cards known only by data-testid or data-gig-id, with a "Starting at" price', () => {
    const html = `<div><div data-testid="gig-card-layout"><a href="/ana_m/edit-your-podcast">Edit your podcast</a><span>Starting at $25</span></div>
      <div data-gig-id="42"><a href="/bo/write-product-descriptions"><h3>I will write product descriptions</h3></a><b>From £10</b></div></div>`;
    expect(parse(html).map((l) => [l.id, l.title, l.budget])).toEqual([
      ['fiverr:ana_m/edit-your-podcast', 'Edit your podcast', { kind: 'fixed', min: 25, currency: 'USD' }],
      [
        'fiverr:bo/write-product-descriptions',
        'I will write product descriptions',
        { kind: 'fixed', min: 10, currency: 'GBP' },
      ],
    ]);
  });
});

describe('pages that are not what the adapter expects', () => {
  it('finds nothing, without throwing, on a page with no gig cards', () => {
    expect(
      parse('<main><a href="/categories/data">Data</a><a href="/codingdan/x-y">I will</a></main>'),
    ).toEqual([]);
  });

  it('skips a card without a title', () => {
    const html = constructed.replace(
      '<p role="heading" aria-level="3">I will web scraping, data mining and extracting from any website</p>',
      '',
    );
    const ids = parse(html).map((l) => l.id);
    expect(ids).toHaveLength(5);
    expect(ids).not.toContain('fiverr:codingdan/scrape-website-data-for-you-using-parsehub');
  });

  it('knows gig links from Fiverr pages and seller profiles', () => {
    const base = new URL(SEARCH);
    expect(gigPath('https://nl.fiverr.com//codingdan/scrape-it?pos=1', base)).toBe('codingdan/scrape-it');
    expect(gigPath('/categories/programming-tech', base)).toBeUndefined();
    expect(gigPath('/codingdan', base)).toBeUndefined();
    expect(gigPath('/search/gigs', base)).toBeUndefined();
  });
});

describe('robustness', () => {
  it('never throws and returns only valid listings on mutated pages', () => {
    expectRobust(constructed, (doc) => fiverr.parse(doc, new URL(SEARCH)), 25);
  });
});
