/** The words and two-word phrases the model's vocabulary is made of. */
import { describe, expect, it } from 'vitest';
import { MODEL, vocabularyOf } from '../../../lib/difficulty/model';
import { phrasesOf, phrasesOfWords, words } from '../../../lib/difficulty/phrases';
import { freelancerLine } from './fixtures';

describe('phrases of a listing', () => {
  it('keeps tech names whole and drops a possessive ("node.js", "c#", "client’s")', () => {
    expect(words('Node.js and C# for the client’s site.')).toEqual([
      'node.js',
      'and',
      'c#',
      'for',
      'the',
      'client',
      'site',
    ]);
  });

  it('reads curly quotes and backticks as apostrophes, and cuts trailing dots and quotes', () => {
    expect(words("Don’t use WordPress… it`s the clients' site. v2.0.")).toEqual([
      "don't",
      'use',
      'wordpress',
      'it',
      'the',
      'clients',
      'site',
      'v2.0',
    ]);
  });

  it('"Simple css fixing": words and the phrases between them, each once', () => {
    const { title, description } = freelancerLine(78);
    const phrases = phrasesOf(`${title}\n${description}`);
    expect(phrases.slice(0, 5)).toEqual(['simple', 'css', 'simple css', 'fixing', 'css fixing']);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it("given the model's vocabulary, keeps exactly its phrases, in the order met (a real listing)", () => {
    const { title, description } = freelancerLine(78);
    const text = `${title}\n${description}`;
    const vocabulary = vocabularyOf(MODEL);
    const kept = phrasesOfWords(words(text), vocabulary);
    expect(kept.length).toBeGreaterThan(3);
    expect(kept).toEqual(phrasesOf(text).filter((p) => vocabulary.has(p)));
    expect(phrasesOfWords(words('a simple css fix'), new Set(['simple css', 'fix']))).toEqual([
      'simple css',
      'fix',
    ]);
  });

  it('keeps little words inside a phrase ("no experience"), never a phrase of little words alone', () => {
    const phrases = phrasesOf('No experience is needed for this');
    expect(phrases).toContain('no experience');
    expect(phrases).toContain('experience');
    expect(phrases).not.toContain('for this');
    expect(phrases).not.toContain('no');
  });

  it('a number breaks a phrase: "5 years" is read by the years signal, "$50 budget" by the pay', () => {
    expect(phrasesOf('at least 5 years of React, $50 budget')).toEqual([
      'least',
      'at least',
      'years',
      'years of',
      'react',
      'of react',
      'budget',
    ]);
  });
});
