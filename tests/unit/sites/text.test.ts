import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  cleanText,
  clip,
  parseBudget,
  parseDayText,
  parseMoney,
  parseProposals,
  parseRelativeTime,
  skillNames,
  visibleText,
} from '@/lib/sites/text';

describe('parseMoney', () => {
  it('reads the amounts marketplaces print', () => {
    expect(parseMoney('Est. budget: $250.00')).toEqual([{ amount: 250, currency: 'USD' }]);
    expect(parseMoney('$1,000.00')).toEqual([{ amount: 1000, currency: 'USD' }]);
    expect(parseMoney('$60K+ spent')).toEqual([{ amount: 60_000, currency: 'USD' }]);
    expect(parseMoney('£1.5k')).toEqual([{ amount: 1500, currency: 'GBP' }]);
    expect(parseMoney('€ 35 - € 50')).toEqual([
      { amount: 35, currency: 'EUR' },
      { amount: 50, currency: 'EUR' },
    ]);
    expect(parseMoney('no price here')).toEqual([]);
  });
});

describe('parseBudget', () => {
  it('orders a range and keeps a single amount as min = max', () => {
    expect(parseBudget('Hourly: $20.00 - $45.00', 'hourly')).toEqual({
      kind: 'hourly',
      min: 20,
      max: 45,
      currency: 'USD',
    });
    expect(parseBudget('$45 - $20', 'hourly')).toMatchObject({ min: 20, max: 45 });
    expect(parseBudget('Fixed price', 'fixed')).toBeUndefined();
  });
  it('reads the upper end of a range printed without its symbol', () => {
    expect(parseBudget('$250 – 750 USD', 'fixed')).toEqual({
      kind: 'fixed',
      min: 250,
      max: 750,
      currency: 'USD',
    });
    expect(parseBudget('$5 - 10k', 'fixed')).toMatchObject({ min: 5, max: 10_000 });
    expect(parseBudget('$25 | 1-10 hrs/wk', 'hourly')).toMatchObject({ min: 25, max: 25 });
  });
});

describe('parseProposals', () => {
  it.each([
    ['Less than 5', { min: 0, max: 4 }],
    ['5 to 10', { min: 5, max: 10 }],
    ['20 to 50', { min: 20, max: 50 }],
    ['50+', { min: 50 }],
    ['12', { min: 12, max: 12 }],
  ])('%s', (text, expected) => {
    expect(parseProposals(text)).toEqual(expected);
  });
  it('gives up on text it does not know', () => {
    expect(parseProposals('many')).toBeUndefined();
  });
});

describe('parseRelativeTime', () => {
  const now = Date.parse('2026-02-20T12:00:00Z');
  it.each([
    ['Posted yesterday', '2026-02-19T12:00:00.000Z'],
    ['7 minutes ago', '2026-02-20T11:53:00.000Z'],
    ['Posted an hour ago', '2026-02-20T11:00:00.000Z'],
    ['2 days ago', '2026-02-18T12:00:00.000Z'],
    ['last week', '2026-02-13T12:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseRelativeTime(text, now)).toBe(iso);
  });
  it('returns undefined rather than guessing', () => {
    expect(parseRelativeTime('Posted recently', now)).toBeUndefined();
  });
});

describe('visibleText and cleanText', () => {
  it('skips screen-reader-only text and collapses spacing', () => {
    const doc = new DOMParser().parseFromString(
      '<li><span class="sr-only">Location </span>  Paraguay\n\n\n\n<script>x()</script></li>',
      'text/html',
    );
    expect(visibleText(doc.querySelector('li'))).toBe('Paraguay');
    expect(cleanText('a \t b\n\n\n\nc')).toBe('a b\n\nc');
  });

  it('keeps blocks apart that the markup glues together', () => {
    const doc = new DOMParser().parseFromString(
      '<a><h2>Fix a form</h2><p>Budget $30</p><p>1 bid</p></a>',
      'text/html',
    );
    expect(visibleText(doc.querySelector('a'))).toBe('Fix a form Budget $30 1 bid');
    expect(visibleText(doc.querySelector('h2'))).toBe('Fix a form');
  });
});

describe('absoluteUrl', () => {
  const base = new URL('https://www.upwork.com/nx/search/jobs/');
  it('resolves relative links and drops tracking queries', () => {
    expect(absoluteUrl('/jobs/x_~021/?referrer_url_path=/nx/', base)).toBe(
      'https://www.upwork.com/jobs/x_~021/',
    );
  });
  it('refuses links that are not http(s)', () => {
    expect(absoluteUrl('javascript:alert(1)', base)).toBeUndefined();
    expect(absoluteUrl('', base)).toBeUndefined();
  });
});

describe('parseDayText', () => {
  it.each([
    ['Posted on Mar 20, 2020', '2020-03-20T00:00:00.000Z'],
    ['19 March 2020', '2020-03-19T00:00:00.000Z'],
    ['Sept. 3 2021', '2021-09-03T00:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseDayText(text)).toBe(iso);
  });
  it('refuses days that do not exist and text without a date', () => {
    expect(parseDayText('Feb 30, 2020')).toBeUndefined();
    expect(parseDayText('Posted recently')).toBeUndefined();
  });
});

describe('clip and skillNames', () => {
  it('keep text and lists within the schema limits', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
    expect(skillNames(['', 'PHP', 'x'.repeat(201)])).toEqual(['PHP']);
    expect(skillNames(Array.from({ length: 150 }, (_, i) => `s${i}`))).toHaveLength(100);
  });
});
