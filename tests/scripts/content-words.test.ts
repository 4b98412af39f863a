/** The content script's copy of its words is what `npm run words:content` makes of the catalogues now. */
import { describe, expect, it } from 'vitest';
import committed from '@/lib/extension/content-words.json';
import { CONTENT_WORD_KEYS, contentWords } from '../../scripts/content-words';
import { readCatalog } from '../../scripts/lib/catalog';

describe('lib/extension/content-words.json', () => {
  it('is up to date with public/_locales (else: npm run words:content)', () => {
    expect(committed).toEqual(contentWords());
  });

  it('holds each listed message once, every one a message of the English catalogue', () => {
    const english = readCatalog('en');
    expect(new Set(CONTENT_WORD_KEYS).size).toBe(CONTENT_WORD_KEYS.length);
    expect(CONTENT_WORD_KEYS.filter((key) => !(key in english))).toEqual([]);
    expect(contentWords().es?.cardSave).toBe(readCatalog('es').cardSave?.message);
  });
});
