/**
 * Every adapter is registered once, matches only marketplace hosts, has a real fixture
 * page with a known listing count, and a row in the README's site table, so no adapter ships untested or unlisted.
 */
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_MATCHES, MARKETPLACES, marketplaceForHost } from '@/lib/core/platforms';
import { adapterForUrl, SITES } from '@/lib/sites';
import readme from '../../../README.md?raw';
import routesFile from '../../fixtures/routes.json';

const pages = import.meta.glob<string>('../../fixtures/**/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sources = import.meta.glob<string>('../../../lib/sites/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const fixture = (file: string) => {
  const html = pages[`../../fixtures/${file}`];
  if (html === undefined) throw new Error(`routes.json names a missing fixture: ${file}`);
  return html;
};

describe('the adapter registry', () => {
  it('has unique ids, all of them marketplaces', () => {
    const ids = SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(MARKETPLACES.map((m) => m.id)).toContain(id);
  });

  it('uses valid match patterns within the hosts the manifest asks for', () => {
    for (const site of SITES) {
      for (const pattern of site.matches) {
        expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
        expect(MARKETPLACE_MATCHES).toContain(pattern);
      }
    }
  });

  it('finds the adapter of a page by its host, subdomains included', () => {
    expect(adapterForUrl(new URL('https://www.upwork.com/nx/search/jobs/'))?.id).toBe('upwork');
    expect(adapterForUrl(new URL('https://upwork.com/nx/find-work/'))?.id).toBe('upwork');
    expect(adapterForUrl(new URL('https://www.upwork.com.evil.example/'))).toBeUndefined();
    expect(marketplaceForHost('notupwork.com')).toBeUndefined();
  });

  it('reads every fixture page of each adapter with the expected count', () => {
    for (const site of SITES) {
      const routes = routesFile.routes.filter((r) => marketplaceForHost(r.host) === site.id);
      expect(routes.length).toBeGreaterThan(0);
      for (const route of routes) {
        const doc = new DOMParser().parseFromString(fixture(route.file), 'text/html');
        const listings = site.parse(doc, new URL(`https://${route.host}${route.path}`));
        expect({ file: route.file, count: listings.length }).toEqual({
          file: route.file,
          count: route.listings, // counted by hand in the saved HTML (routes.json)
        });
      }
    }
  });

  it('knows which fixture listings an earlier page already showed (stored once, by id)', () => {
    const seen = new Set<string>();
    for (const route of routesFile.routes) {
      const site = adapterForUrl(new URL(`https://${route.host}${route.path}`));
      const doc = new DOMParser().parseFromString(fixture(route.file), 'text/html');
      const ids = site?.parse(doc, new URL(`https://${route.host}${route.path}`)).map((l) => l.id) ?? [];
      const again = ids.filter((id) => seen.has(id)).length;
      expect({ file: route.file, again }).toEqual({
        file: route.file,
        again: (route as { alsoOnEarlierPages?: number }).alsoOnEarlierPages ?? 0,
      });
      for (const id of ids) seen.add(id);
    }
  });

  it('only reads pages: no adapter parses or writes HTML (page text is untrusted)', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(6);
    for (const [file, source] of Object.entries(sources)) {
      expect({
        file,
        html: /innerHTML|outerHTML|insertAdjacentHTML|DOMParser|document\.write/.test(source),
      }).toEqual({
        file,
        html: false,
      });
    }
  });

  it('has a row in the README site table for every marketplace', () => {
    for (const m of MARKETPLACES)
      expect(readme).toMatch(new RegExp(`^\\| ${m.label.replace('.', '\\.')} \\|`, 'm'));
  });
});
