/**
 * The alias index (lib/skills/alias-index.ts): a form written in lower case is ambiguous in any
 * case, so the entry's own name that stems to it needs the same context; and the keys each
 * alias is compiled under.
 */
import { describe, expect, it } from 'vitest';
import { aliasKeys, safeEntriesAt, tokenAliasKeys, walk } from '../../../lib/skills/alias-index';
import { aliasedTaxonomy } from '../../../lib/skills/aliased-taxonomy';
import { buildIndex } from '../../../lib/skills/index-build';
import { findMatches } from '../../../lib/skills/match';
import { createNormIds, knownNormId, NO_ID } from '../../../lib/skills/norm-ids';
import { tokenize } from '../../../lib/skills/tokens';
import type { AliasedEntry } from '../../../lib/skills/types';
import { foundIds, listing, peoplePerHourTitles, upworkRss, upworkTiles } from './fixtures';

describe("an entry's own name that reads as its ambiguous form", () => {
  it('needs context: a Shopify website audit is no financial auditing', () => {
    expect(
      foundIds(listing(upworkTiles(), 'Shopify Website Audit for Shopping Cart Functionality').title),
    ).not.toContain('auditing');
  });

  it('is a skill with its context: "Fix Unity iOS crash"', () => {
    expect(foundIds(listing(upworkTiles(), 'Fix Unity iOS crash').title)).toContain('unity');
  });

  it('reads "rewrite of backend" as code, "Rewrite articles about fuel for the blog" as rewriting', () => {
    const rss = listing(upworkRss(), 'Backend Rewrite  (Includes AI) - Upwork');
    expect(foundIds(rss.title, rss.description)).not.toContain('rewriting');
    expect(
      foundIds(
        listing(peoplePerHourTitles(), 'Rewrite articles about fuel  for the blog (SEO-optimisation)').title,
      ),
    ).toContain('rewriting');
  });
});

describe('alias keys', () => {
  it('cut plain-word aliases as the tokeniser cuts them, for every alias of the taxonomy', () => {
    const forms = aliasedTaxonomy().entries.flatMap((e) => [
      e.name,
      ...e.aliases,
      ...(e.ambiguity?.forms ?? []),
    ]);
    const plain = forms.filter((a) => /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(a));
    expect(plain.length).toBeGreaterThan(5000);
    for (const alias of forms) expect(aliasKeys(alias), alias).toEqual(tokenAliasKeys(alias));
  });

  it('join two or three plain words as one more spelling ("Web Flow" → "webflow")', () => {
    expect(aliasKeys('Web Flow')).toEqual([['web', 'flow'], ['webflow']]);
    expect(aliasKeys('search engine optimization marketing')).toHaveLength(1);
  });
});

describe('token numbers', () => {
  it('an index built after a text was read still finds the words that text brought first', () => {
    // The word is read (and numbered) before any alias holds it, as a worker reads pages before
    // a second tagger (the benchmark's scaled taxonomy) compiles its aliases.
    const text = 'Need a Zorbflux dashboard fixed, Zorbflux 2 preferred';
    expect(tokenize(text).map((t) => t.norm)).toContain('zorbflux');
    const base = aliasedTaxonomy().entries.find((e) => e.id === 'react') as AliasedEntry;
    const index = buildIndex({ entries: [{ ...base, id: 'zorbflux', name: 'Zorbflux', aliases: [] }] });
    const tokens = tokenize(text);
    const named = findMatches(index, tokens, text).map((m) =>
      text.slice(tokens[m.first]?.start, tokens[m.last - 1]?.end),
    );
    expect(named).toEqual(['Zorbflux', 'Zorbflux']);
  });

  it('looking a path up does not number new words', () => {
    const index = buildIndex(aliasedTaxonomy(), (e) => !e.hidden);
    expect([...safeEntriesAt(index, walk(index, ['react']))].map((e) => index.entries[e]?.id)).toEqual([
      'react',
    ]);
    expect(walk(index, ['qqxnotaword', 'react'])).toBe(-1);
    expect(knownNormId('qqxnotaword')).toBe(NO_ID);
  });
});

describe('the table of token numbers', () => {
  it('stops numbering page words when full, but never an alias, and looks up without numbering', () => {
    const ids = createNormIds(2);
    const web = ids.ofText('web');
    expect(ids.ofText('design')).toBe(web + 1);
    expect(ids.ofText('zorbflux')).toBe(NO_ID);
    expect(ids.known('zorbflux')).toBe(NO_ID);
    const alias = ids.ofAlias('zorbflux');
    expect(alias).not.toBe(NO_ID);
    expect(ids.ofText('zorbflux')).toBe(alias);
    expect(ids.ofText('web')).toBe(web);
    expect(ids.known('never-seen')).toBe(NO_ID);
  });
});
