/**
 * Listings with the marketplace's own skill tokens beside them, read for the proxy lines of
 * `npm run -s eval:skills`: Upwork job pages (2025-03; the client's picks plus Upwork's
 * suggestions), Upwork RSS items (2024-06; the client's picks, 77 categories), Upwork search
 * tiles (2025-01; titles only, the visible tokens) and PeoplePerHour titles (2020; the category
 * and subcategory in the address). Listings the careful readers labelled are left out, so the
 * proxies never look at the careful folds.
 *
 * Each source is cut in three by a hash of the address (or title): errors are read on two
 * thirds ("read"), the last third is only measured ("unread"), to see whether a fix generalises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { pythonListItems, UPWORK_JOB_PAGES } from '../taxonomy/marketplace-sources';
import type { CarefulRow } from './careful';
import { fnv1a } from './split';

export interface ProxyListing {
  title: string;
  description: string;
  /** The marketplace's skill names for the listing (empty for PeoplePerHour). */
  tokens: string[];
  /** PeoplePerHour: "writing/blog-article-writing" from the address. */
  category?: string;
  /** In the third that is measured only, never read for errors. */
  unread: boolean;
}

export interface ProxySource {
  name: string;
  what: string;
  listings: ProxyListing[];
}

const csv = (path: string, delimiter = ','): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    delimiter,
  }).data;

const unreadKey = (key: string): boolean => fnv1a(key.trim()) % 3 === 1;

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A listing the careful readers labelled: same title, or the same start of description. */
function carefulFilter(careful: readonly CarefulRow[]): (title: string, description: string) => boolean {
  const titles = new Set(careful.map((r) => norm(r.listing.title)));
  const starts = new Set(
    careful.map((r) => norm(r.listing.description).slice(0, 80)).filter((s) => s.length >= 40),
  );
  return (title, description) =>
    titles.has(norm(title)) || starts.has(norm(description).replace(/^\.+/, '').slice(0, 80));
}

/**
 * RSS descriptions end with the item's metadata ("Budget: $120", "Posted On: …", "Category: …",
 * "Skills: Python, SAS"): the tokens themselves, printed. The proxy reads only the client's text.
 */
export function rssClientText(description: string): string {
  const at = description.search(/\n\s*(?:Budget|Hourly Range|Posted On)\s*\n?\s*:/);
  return (at < 0 ? description : description.slice(0, at)).trim();
}

const commaList = (field: string | undefined): string[] =>
  (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !/^\+\d+$/.test(s));

export function readProxySources(labelledDir: string, careful: readonly CarefulRow[]): ProxySource[] {
  const labelled = carefulFilter(careful);
  const keep = (l: ProxyListing): boolean => l.title.trim() !== '' && !labelled(l.title, l.description);
  const pages = csv(join(labelledDir, UPWORK_JOB_PAGES))
    .map((r) => ({
      title: r.title ?? '',
      description: r.description ?? '',
      tokens: pythonListItems(r.skills ?? ''),
      unread: unreadKey(r.url ?? r.title ?? ''),
    }))
    .filter((l) => keep(l) && l.tokens.length > 0);
  const rss = csv(join(labelledDir, 'upwork-rss-2024-06.csv'))
    .map((r) => ({
      title: (r.title ?? '').replace(/\s+-\s+Upwork$/, ''),
      description: rssClientText(r.description ?? ''),
      tokens: commaList(r.skills),
      category: r.category ?? '',
      unread: unreadKey(r.url ?? r.title ?? ''),
    }))
    .filter((l) => keep(l) && l.tokens.length > 0);
  const seen = new Set<string>();
  const tiles = csv(join(labelledDir, 'upwork-tiles-2025-01.csv'))
    .map((r) => ({
      title: r['Job Title'] ?? '',
      description: '',
      tokens: commaList(r.Skills),
      unread: unreadKey(r['Job Title'] ?? ''),
    }))
    .filter((l) => {
      const key = `${norm(l.title)}|${l.tokens.join(',')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return keep(l) && l.tokens.length > 0;
    });
  const pph = csv(join(labelledDir, 'peopleperhour-jobs-2020.csv'))
    .map((r) => {
      const url = r.url ?? '';
      const [top = '', sub = ''] = url.replace(/^https?:\/\/[^/]+\/freelance-jobs\//, '').split('/');
      return {
        title: r.title ?? '',
        description: '',
        tokens: [],
        category: `${top}/${sub}`,
        unread: unreadKey(url),
      };
    })
    .filter(keep);
  return [
    {
      name: 'upwork-jobs-2025-03',
      what: 'job pages, title + description; tokens = client + Upwork',
      listings: pages,
    },
    {
      name: 'upwork-rss-2024-06',
      what: 'RSS items, title + client text; tokens = client picks',
      listings: rss,
    },
    { name: 'upwork-tiles-2025-01', what: 'search tiles, title only; visible tokens', listings: tiles },
    { name: 'peopleperhour-2020', what: 'titles only; category from the address', listings: pph },
  ];
}
