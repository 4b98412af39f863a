/** The build's rule for which skill a narrower one is a kind of (scripts/taxonomy/broader.ts), on the curated files. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { broaderOf } from '../../../scripts/taxonomy/broader';
import { readCurated } from '../../../scripts/taxonomy/curated';

const curated = readCurated(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scripts', 'taxonomy'),
);
const byId = new Map(curated.map((e) => [e.id, e]));
const of = (id: string): string | undefined => broaderOf(byId.get(id) ?? fail(id), byId);
function fail(id: string): never {
  throw new Error(`no curated skill ${id}`);
}

describe('broaderOf', () => {
  it('reads a broader name at the end after narrowing words, or at the start before task words', () => {
    expect(of('on-page-seo')).toBe('seo');
    expect(of('email-copywriting')).toBe('copywriting');
    expect(of('wordpress-theme-development')).toBe('wordpress');
    expect(of('shopify-apps')).toBe('shopify');
  });

  it('finds none for a framework named by its brand, another technology, or another field', () => {
    expect(of('tailwind-css')).toBeUndefined();
    expect(of('react-native')).toBeUndefined();
    expect(of('ruby-on-rails')).toBeUndefined();
    expect(of('composer')).toBeUndefined();
  });
});
