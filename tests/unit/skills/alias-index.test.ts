/**
 * The alias index (lib/skills/alias-index.ts): a form written in lower case is ambiguous in any
 * case, so the entry's own name that stems to it needs the same context; and the keys each
 * alias is compiled under.
 */
import { describe, expect, it } from 'vitest';
import { aliasKeys, tokenAliasKeys } from '../../../lib/skills/alias-index';
import { taxonomy } from '../../../lib/skills/taxonomy';
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
    const forms = taxonomy().entries.flatMap((e) => [e.name, ...e.aliases, ...(e.ambiguity?.forms ?? [])]);
    const plain = forms.filter((a) => /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(a));
    expect(plain.length).toBeGreaterThan(5000);
    for (const alias of forms) expect(aliasKeys(alias), alias).toEqual(tokenAliasKeys(alias));
  });

  it('join two or three plain words as one more spelling ("Web Flow" → "webflow")', () => {
    expect(aliasKeys('Web Flow')).toEqual([['web', 'flow'], ['webflow']]);
    expect(aliasKeys('search engine optimization marketing')).toHaveLength(1);
  });
});
