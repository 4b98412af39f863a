/**
 * Fiverr: gig search `/search/gigs` and category pages `/categories/…`. A gig is what a seller
 * offers, not a client's job: it tells the user what competitors sell a skill for. No saved
 * page exists; the hooks come from public scrapers (shared/notes/marketplace-selectors.md) and
 * Fiverr hashes its class names, so the gig link `/<seller>/<gig-slug>` is the main hook.
 */
import { TITLE_MAX } from '../core/limits';
import type { Listing, PageKind } from '../core/model';
import { matchPatternFor } from '../core/platforms';
import { defineSite } from './define';
import { absoluteUrl, clip, parseMoney, visibleText } from './text';

/** First path segments that are Fiverr's own pages, never a seller's name. */
const NOT_SELLERS = new Set([
  'categories',
  'search',
  'pages',
  'support',
  'resources',
  'start_selling',
  'inbox',
  'users',
  'gigs',
  'cp',
  'login',
  'join',
  'pro',
  'logo-maker',
  'stores',
]);

const PRICE_ONLY = /^(?:from|starting at)?\s*[$€£₹]\s?[\d,.]+\s*[kK]?$/i;

/** `https://www.fiverr.com/codingdan/scrape-website-data?pos=1` → `codingdan/scrape-website-data`. */
export function gigPath(href: string | null, base: URL): string | undefined {
  const url = absoluteUrl(href, base);
  if (!url) return undefined;
  const parts = new URL(url).pathname.split('/').filter(Boolean);
  const [seller, slug] = parts;
  if (parts.length !== 2 || !seller || !slug || NOT_SELLERS.has(seller)) return undefined;
  if (!/^[\w.-]{2,60}$/.test(seller) || !/^[\w-]{3,200}$/.test(slug)) return undefined;
  return `${seller}/${slug}`;
}

/**
 * "From €35", "Starting at $35": the seller's price for the basic package, recorded as a
 * fixed budget with no upper bound. It is a seller's asking price, not a client's budget;
 * the model has no field for that yet (see the issue 5 report).
 */
function readPrice(card: Element): Listing['budget'] {
  const text = visibleText(card);
  const from = text.match(/(?:from|starting at)\s*([$€£₹]\s?[\d,.]+[kK]?)/i)?.[1];
  const money = parseMoney(from ?? '')[0];
  return money ? { kind: 'fixed', min: money.amount, currency: money.currency } : undefined;
}

function pageKind(url: URL): PageKind {
  if (url.pathname.startsWith('/search/')) return 'search';
  if (url.pathname.startsWith('/categories/')) return 'category';
  return 'other';
}

export default defineSite({
  id: 'fiverr',
  label: 'Fiverr',
  matches: [matchPatternFor('www.fiverr.com')],
  selectors: {
    cards: [
      '.gig-card-layout:not(.gig_listings-package)',
      '[data-testid="gig-card-layout"]',
      'div[data-gig-id]',
      '.basic-gig-card',
      '.gig-wrapper',
    ],
  },
  pageKind,
  parseCard(card, url) {
    // Image, title and price all link to the gig: the title is the longest text that is no price.
    let path: string | undefined;
    let title = '';
    for (const link of Array.from(card.querySelectorAll('a[href]'))) {
      const found = gigPath(link.getAttribute('href'), url);
      path ??= found;
      if (!found || found !== path) continue;
      const text = visibleText(link);
      if (text.length > title.length && !PRICE_ONLY.test(text)) title = text;
    }
    const gigUrl = path ? absoluteUrl(`/${path}`, url) : undefined;
    if (!path || !gigUrl || !title) return undefined;

    // The seller's level ("Level 2", "Top Rated") is about competition, not the job's
    // difficulty, so it is not a platformLevel; the model has no seller field yet.
    const listing: Listing = {
      id: `fiverr:${path}`,
      platform: 'fiverr',
      url: gigUrl,
      title: clip(title, TITLE_MAX),
      description: '',
      platformSkills: [],
    };
    const price = readPrice(card);
    if (price) listing.budget = price;
    return listing;
  },
});
