/**
 * `npm run -s parse -- --url URL FILE.html`: the listings the adapter for URL (or, when it
 * finds none, the generic detector) reads in a saved page, each with its tags, as JSON.
 * For checking an adapter against a page saved from the browser ("Save page as…").
 */

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { setWords } from '../lib/core/i18n';
import { marketplaceForHost } from '../lib/core/platforms';
import { tagsFor } from '../lib/gigs/tagging';
import { detectListings, marketplaceFallback } from '../lib/sites/generic';
import { adapterForUrl } from '../lib/sites/index';
import { catalogWords } from './lib/catalog';

// Reasons and labels in English, the default language.
setWords(catalogWords('en'));

function fail(message: string): never {
  console.error(
    `parse: ${message}\nusage: npm run -s parse -- --url https://www.upwork.com/nx/search/jobs/ page.html`,
  );
  process.exit(2);
}

const { values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
if (!values.url) fail('--url is required: it says which site the page is from');
if (positionals.length !== 1) fail('give exactly one saved HTML file');
let url: URL;
try {
  url = new URL(values.url);
} catch {
  fail(`--url ${values.url} is not a URL`);
}
let html: string;
try {
  html = readFileSync(positionals[0] as string, 'utf8');
} catch (error) {
  fail(`cannot read ${positionals[0]}: ${(error as Error).message}`);
}

const window = new Window({ url: url.href });
const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const adapter = adapterForUrl(url);
let listings = adapter?.parse(doc, url) ?? [];
let reader = adapter ? adapter.id : 'none';
if (listings.length === 0) {
  // As the content script does: a marketplace page is read as the extension would read it.
  const platform = marketplaceForHost(url.hostname);
  const options =
    adapter && platform
      ? marketplaceFallback(platform, adapter.pageKind(url))
      : { platform: 'other' as const };
  listings = detectListings(doc, url, options).listings;
  reader = 'generic detector';
}
console.error(`parse: ${listings.length} listings read by ${reader}`);
console.log(
  JSON.stringify(
    listings.map((listing) => ({ ...listing, tags: tagsFor(listing) })),
    null,
    2,
  ),
);
await window.happyDOM.close();
