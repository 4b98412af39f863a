/**
 * The alias index (lib/skills/alias-index.ts): a form written in lower case is ambiguous in any
 * case, so the entry's own name that stems to it needs the same context.
 */
import { describe, expect, it } from 'vitest';
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
