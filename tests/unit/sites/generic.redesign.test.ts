/**
 * The day a marketplace renames everything: every saved fixture page of every site, stripped of
 * every hook an adapter could lean on (classes, ids, `data-*`), is read by the generic detector
 * with the options the content script gives it on a marketplace page. It must find at least
 * 95% of the listings the adapter reads on the intact page, each with its title and its link.
 */
import { describe, expect, it } from 'vitest';
import { Listing } from '@/lib/core/model';
import { marketplaceForHost } from '@/lib/core/platforms';
import { detectListings, marketplaceFallback } from '@/lib/sites/generic';
import { adapterForUrl } from '@/lib/sites/index';
import routesFile from '../../fixtures/routes.json';
import { stripHooks } from './mutate';

const pages = import.meta.glob<string>('../../fixtures/**/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The job's address without its query (the adapters drop it, the detector keeps what names the
 * job); a listing counts as read when its address and its title are the adapter's.
 */
const address = (url: string) => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`.replace(/\/$/, '');
};

describe('a full redesign: every hook gone from every fixture page', () => {
  for (const route of routesFile.routes) {
    it(`${route.file}: the generic detector still reads at least 95% of its listings`, () => {
      const html = pages[`../../fixtures/${route.file}`] ?? '';
      const url = new URL(`https://${route.host}${route.path}`);
      const adapter = adapterForUrl(url);
      const expected = (adapter?.parse(new DOMParser().parseFromString(html, 'text/html'), url) ?? []).map(
        (l) => `${address(l.url)} ${l.title}`,
      );
      expect(expected).toHaveLength(route.listings);

      const stripped = stripHooks(new DOMParser().parseFromString(html, 'text/html'));
      expect(stripped.querySelector('[class], [id]')).toBeNull();
      const platform = marketplaceForHost(url.hostname) ?? 'other';
      const options = marketplaceFallback(platform, adapter?.pageKind(url) ?? 'other');
      const { listings } = detectListings(stripped, url, options);
      for (const l of listings) expect(Listing.safeParse(l).success).toBe(true);
      const found = new Set(listings.map((l) => `${address(l.url)} ${l.title}`));
      const read = expected.filter((u) => found.has(u)).length;
      const extra = [...found].filter((u) => !expected.includes(u));
      expect({ page: route.file, share: read / expected.length, extra }).toEqual({
        page: route.file,
        share: expect.toSatisfy((share: number) => share >= 0.95),
        extra: [],
      });
    });
  }
});
