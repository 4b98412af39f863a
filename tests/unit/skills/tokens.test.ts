/** The tokeniser and stemmer that aliases and page text share. */

import { describe, expect, it } from 'vitest';
import { stem } from '../../../lib/skills/stem';
import { normKey, normTokens, tokenize } from '../../../lib/skills/tokens';
import { guruJobs, upworkJobPages } from './fixtures';

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it('gives the same norms as normTokens, which the index compiles aliases with, on real listings', () => {
    const lines = [...upworkJobPages().slice(0, 40), ...guruJobs().slice(0, 20)];
    for (const { title, description } of lines) {
      const text = `${title}\n${description}`;
      expect(normTokens(text)).toEqual(norms(text));
    }
    expect(normTokens('Jo’s C++ site: https://x.io/a, Node.js')).toEqual([
      'jo',
      'c',
      '+',
      '+',
      'sit',
      'nod',
      '.',
      'js',
    ]);
  });

  it('keeps the punctuation that is part of a name', () => {
    expect(norms('C# and C++ on .NET')).toEqual(['c', '#', 'and', 'c', '+', '+', 'on', '.', 'net']);
    expect(norms('Node.js, CI/CD')).toEqual(['nod', '.', 'js', 'ci', '/', 'cd']);
  });

  it('cuts letters from digits so HTML5, HTML 5 and HTML-5 meet', () => {
    expect(normKey('HTML5')).toBe(normKey('HTML 5'));
    expect(normKey('HTML-5')).toBe(normKey('HTML 5'));
  });

  it('skips URLs and e-mail addresses but not product names with a dot', () => {
    expect(norms('see https://www.figma.com/file/x/react-app now')).toEqual(['see', 'now']);
    expect(norms('mail jo@example.com today')).toEqual(['mail', 'today']);
    expect(norms('site.com/react-page')).toEqual([]);
    expect(norms('Make.com')).toEqual(['mak', '.', 'com']);
  });

  it('numbers sentences so rules can stay inside one', () => {
    const [a, b, c] = [0, 3, 6].map((i) => tokenize('Convert my PSD. Then a site!\nDone')[i]?.sentence);
    const same = tokenize('Node.js and e-commerce, CI/CD').map((t) => t.sentence);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(new Set(same).size).toBe(1);
  });

  it('gives offsets into the original text', () => {
    const text = 'Need  ReactJS dev';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase()).toMatch(/^[a-z]+$/);
    expect(tokenize(text)[1]).toMatchObject({ start: 6, end: 13 });
  });
});

describe('stem', () => {
  it('meets plurals and inflections', () => {
    expect(stem('pages')).toBe(stem('page'));
    expect(stem('designing')).toBe(stem('design'));
    expect(stem('coding')).toBe(stem('code'));
    expect(stem('agencies')).toBe(stem('agency'));
    expect(stem('mapping')).toBe(stem('map'));
  });

  it('leaves words whose stem would be another skill', () => {
    expect(stem('marketing')).not.toBe(stem('market'));
    expect(stem('accounting')).not.toBe(stem('account'));
    expect(stem('https')).not.toBe(stem('http'));
    expect(stem('css')).toBe('css');
    expect(stem('ios')).toBe('ios');
  });
});
