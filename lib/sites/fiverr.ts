/**
 * Fiverr: gig search `/search/gigs`, category pages `/categories/…` and gig pages
 * `/<seller>/<gig-slug>`. A gig is what a seller offers, not a client's job: it tells the user
 * what competitors sell a skill for, at which level. Where each gig is comes from the page (the
 * gig card, found by its link `/<seller>/<gig-slug>`; Fiverr hashes its class names); what it
 * is comes from the page's JSON (`fiverr-perseus.ts`) where that covers the card, else from
 * the card's own text (`fiverr-card.ts`).
 */
import { TITLE_MAX } from '../core/limits';
import type { Gig, Listing, PageKind } from '../core/model';
import { matchPatternFor } from '../core/platforms';
import { defineSite } from './define';
import { cardIsAd, cardIsChoice, cardPrice, cardRating, cardSellerLevel } from './fiverr-card';
import { readGigPage } from './fiverr-gig-page';
import { gigFromJson, perseusProps, type SearchData, type SearchGig, searchData } from './fiverr-perseus';
import { absoluteUrl, clip, visibleText } from './text';

/** First path segments that are Fiverr's own pages, never a seller's name. */
const NOT_SELLERS = new Set(
  'categories search pages support resources start_selling inbox users gigs cp login join pro logo-maker stores'.split(
    ' ',
  ),
);

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

function pageKind(url: URL): PageKind {
  if (url.pathname.startsWith('/search/')) return 'search';
  if (url.pathname.startsWith('/categories/')) return 'category';
  if (gigPath(url.href, url)) return 'details';
  return 'other';
}

/** The JSON entry for this card: by its placement id (`data-gig-id`), else by gig id; same path only. */
function jsonFor(data: SearchData, uid: string, path: string): SearchGig | undefined {
  const gig = data.byPlacement.get(uid) ?? data.byGig.get(Number(uid.split('_')[0]));
  return gig && gig.gig_url.replace(/^\/|[?#].*$/g, '') === path ? gig : undefined;
}

/** Image, title and price all link to the gig: the title is the longest link text that is no price. */
function cardLink(card: Element, base: URL): { path?: string; href: string | null; title: string } {
  let path: string | undefined;
  let href: string | null = null;
  let title = '';
  for (const link of Array.from(card.querySelectorAll('a[href]'))) {
    const found = gigPath(link.getAttribute('href'), base);
    if (!path && found) [path, href] = [found, link.getAttribute('href')];
    if (!found || found !== path) continue;
    const text = visibleText(link);
    if (text.length > title.length && !PRICE_ONLY.test(text)) title = text;
  }
  return { path, href, title };
}

function gigFacts(card: Element, path: string, href: string | null): { gig: Gig; budget: Listing['budget'] } {
  const placement = card.closest('[data-gig-id]') ?? card.querySelector('[data-gig-id]');
  const uid = placement?.getAttribute('data-gig-id') ?? '';
  const data = searchData(perseusProps(card.ownerDocument ?? card));
  const json = jsonFor(data, uid, path);
  if (json) {
    const budget =
      json.price_i !== undefined && data.currency
        ? { kind: 'fixed' as const, min: json.price_i, currency: data.currency }
        : cardPrice(card);
    return { gig: gigFromJson(json), budget };
  }
  const gig: Gig = {
    seller: path.split('/')[0],
    ...cardRating(card),
    ad: cardIsAd(card),
    fiverrChoice: cardIsChoice(card, href),
  };
  const gigId = uid.match(/^(\d{1,20})(?:_\d+)?$/)?.[1];
  if (gigId) gig.gigId = gigId;
  const level = cardSellerLevel(card);
  if (level) gig.sellerLevel = level;
  return { gig, budget: cardPrice(card) };
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
      // A gig's own page: the one gig, its seller and its packages.
      '.gig-page',
    ],
  },
  pageKind,
  parseCard(card, url) {
    const page = card.matches('.gig-page');
    const { path, href, title } = page
      ? { path: gigPath(url.href, url), href: null, title: visibleText(card.querySelector('h1')) }
      : cardLink(card, url);
    const gigUrl = path ? absoluteUrl(`/${path}`, url) : undefined;
    if (!path || !gigUrl || !title) return undefined;
    const listing: Listing = {
      id: `fiverr:${path}`,
      platform: 'fiverr',
      url: gigUrl,
      title: clip(title, TITLE_MAX),
      description: '',
      platformSkills: [],
    };
    if (page) return readGigPage(card, { ...listing, gig: { seller: path.split('/')[0] } });
    const { gig, budget } = gigFacts(card, path, href);
    return budget ? { ...listing, gig, budget } : { ...listing, gig };
  },
});
