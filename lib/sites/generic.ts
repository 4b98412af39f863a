/**
 * The generic listing detector (issue 5): for job boards no adapter knows, and as the fallback
 * when an adapter finds nothing on a marketplace (a redesign is how such extensions usually
 * break). A listing page is a run of sibling blocks built from one template; each holds a link
 * to the job, a title and some text. So: group siblings by tag and first class, keep groups of
 * at least `minCards` whose members look like job cards, and read what a card shows.
 * One pass over the elements to group them, then work per candidate card: linear-ish in size.
 */
import { DESCRIPTION_MAX } from '../core/limits';
import { Listing, type Platform } from '../core/model';
import { marketplaceForHost } from '../core/platforms';
import { absoluteUrl, clip, parseMoney, visibleText } from './text';

export interface DetectOptions {
  /** Defaults to the marketplace of `url`, else `other`. */
  platform?: Platform;
  /** Fewest look-alike siblings that make a list; default 3 (two similar blocks are often not a list). */
  minCards?: number;
}

export interface Detected {
  /** The card elements, in page order; `listings[i]` was read from `cards[i]`. */
  cards: Element[];
  listings: Listing[];
}

/** Pages bigger than this are read only in part: the detector must never stall a page. */
const MAX_ELEMENTS = 60_000;
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'PATH',
  'OPTION',
  'BR',
  'IMG',
]);
/** Links and words that say "a piece of paid work", so a blog's "related posts" is not a job list. */
const JOBISH_URL = /job|project|gig|task|work|freelance|contract|position|career|opening|vacanc|hire/i;
const JOBISH_TEXT =
  /\b(budget|hourly|fixed[- ]price|proposals?|bids?|quotes?|apply|posted|per hour|salary|rate|remote|deadline)\b/i;

const TRACKING =
  /^(utm_.*|fbclid|gclid|mc_[ce]id|ref|referrer.*|source|context_referrer|pos|ref_ctx_id|imp_id|funnel)$/i;
/** What the client has spent on the platform: money on the card, but not this job's budget. */
const SPENT = /\+?\s*(spent|total spent)\b/iy;

/** "$25 - $50", "$500-$1k", "€35": the first amount, or range, a card shows. */
const MONEY_RANGE =
  /([$€£₹])\s?(\d[\d,]*(?:\.\d+)?\s?[kK]?)(?:\s*(?:-|–|to)\s*[$€£₹]?\s?(\d[\d,]*(?:\.\d+)?\s?[kK]?))?/g;

/** cyrb53: a fast, stable 53-bit string hash, so the same URL always gets the same id. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The job's address. Unlike the adapters' links, the query is kept: on an unknown board it may
 * be what names the job (`/viewjob?id=123`); only tracking parameters are dropped.
 */
function linkUrl(link: Element | null, base: URL): string | undefined {
  const href = link?.getAttribute('href')?.trim() ?? '';
  if (!href || href.startsWith('#') || !absoluteUrl(href, base)) return undefined;
  const url = new URL(href, base);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  return url.pathname.length > 1 || url.search ? url.href : undefined;
}

/** A link standing alone (a title), not one inline in a sentence of prose. */
function standsAlone(link: Element, card: Element): boolean {
  const paragraph = link.closest('p');
  if (!paragraph || !card.contains(paragraph)) return true;
  return visibleText(paragraph).length <= visibleText(link).length + 20;
}

interface Read {
  listing: Listing;
  jobish: boolean;
}

function readCard(card: Element, base: URL, platform: Platform): Read | undefined {
  // A heading (or an element playing one) is the title; else the longest link standing alone.
  const heading = card.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  let title = visibleText(heading);
  let link: Element | null = null;
  if (heading && title.length >= 3) {
    link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
    if (link && link !== card && !card.contains(link)) link = null;
    // A badge beside the title link ("Featured") is not part of the title.
    const linkText = link && heading.contains(link) ? visibleText(link) : '';
    if (linkText.length >= 3) title = linkText;
  } else {
    title = '';
  }
  if (!linkUrl(link, base)) {
    link = null;
    const links = card.matches('a[href]') ? [card] : Array.from(card.querySelectorAll('a[href]'));
    let longest = -1;
    for (const a of links) {
      const text = visibleText(a);
      if (!linkUrl(a, base) || text.length > 500 || !standsAlone(a, card)) continue;
      if (text.length > longest) [link, longest] = [a, text.length];
    }
    if (!title && link) title = visibleText(link);
  }
  const url = linkUrl(link, base);
  if (!url || title.length < 3 || title.length > 500) return undefined;

  const text = visibleText(card);
  const body = text.replace(title, '').trim();
  if (body.length < 20) return undefined;
  // The client's text is the card's prose; short lines beside it are metadata ("Send before: …").
  const texts = Array.from(card.querySelectorAll('p'))
    .map((p) => visibleText(p))
    .filter((t) => t.length > 0 && t !== title);
  const prose = texts.filter((t) => t.length >= 40);
  const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
  const paragraphs = prose.length > 0 ? prose : longest ? [longest] : [];
  const listing: Listing = {
    id: `${platform}:${hash(url)}`,
    platform,
    url,
    title,
    description: clip(paragraphs.length > 0 ? paragraphs.join('\n') : body, DESCRIPTION_MAX),
    platformSkills: [],
  };
  const money = [...text.matchAll(MONEY_RANGE)].find((m) => {
    SPENT.lastIndex = (m.index ?? 0) + m[0].length;
    return !SPENT.test(text);
  });
  const [low, high] = money
    ? parseMoney(`${money[1]}${money[2]} ${money[3] ? money[1] + money[3] : ''}`)
    : [];
  if (low) {
    const max = Math.max(low.amount, high?.amount ?? low.amount);
    const kind = /\/\s*h(ou)?r\b|hourly|per hour/i.test(text) ? 'hourly' : 'fixed';
    listing.budget = { kind, min: Math.min(low.amount, max), max, currency: low.currency };
  }
  const jobish = JOBISH_URL.test(new URL(url).pathname) || JOBISH_TEXT.test(text) || low !== undefined;
  return { listing, jobish };
}

/**
 * The listings on a page no adapter reads: pure, reads `root` only, never throws on odd markup,
 * and every listing it returns is schema-valid. Ids are `<platform>:<hash of the job URL>`, so
 * the same job read twice gets the same id. Nothing is found on pages without a repeated list.
 */
export function detectListings(root: ParentNode, url: URL, options: DetectOptions = {}): Detected {
  const platform = options.platform ?? marketplaceForHost(url.hostname) ?? 'other';
  const minCards = Math.max(2, options.minCards ?? 3);

  // Siblings from one template share a parent, a tag and (nearly always) their first class.
  const groups = new Map<Element, Map<string, Element[]>>();
  const elements = root.querySelectorAll('*');
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const el = elements[i];
    const parent = el?.parentElement;
    if (!el || !parent || SKIPPED_TAGS.has(el.tagName.toUpperCase())) continue;
    const key = `${el.tagName}.${el.classList.item(0) ?? ''}`;
    let byKey = groups.get(parent);
    if (!byKey) {
      byKey = new Map();
      groups.set(parent, byKey);
    }
    const members = byKey.get(key);
    if (members) members.push(el);
    else byKey.set(key, [el]);
  }

  const candidates: { reads: { card: Element; listing: Listing }[]; depth: number }[] = [];
  for (const [parent, byKey] of groups) {
    if (parent.closest('nav, header, footer, [role="navigation"]')) continue;
    for (const members of byKey.values()) {
      if (members.length < minCards) continue;
      const reads: { card: Element; listing: Listing }[] = [];
      let jobish = 0;
      let substantial = 0;
      for (const card of members) {
        // Empty placeholders (skeletons, spacers) neither count for nor against the list.
        if ((card.textContent ?? '').trim().length < 25) continue;
        substantial++;
        if (!card.matches('a[href]') && !card.querySelector('a[href]')) continue;
        const read = readCard(card, url, platform);
        const checked = read && Listing.safeParse(read.listing);
        if (!read || !checked?.success) continue;
        reads.push({ card, listing: checked.data });
        if (read.jobish) jobish++;
      }
      if (reads.length >= minCards && reads.length * 2 >= substantial && jobish * 2 >= reads.length) {
        let depth = 0;
        for (let p: Element | null = parent; p; p = p.parentElement) depth++;
        candidates.push({ reads, depth });
      }
    }
  }

  // The biggest list wins; of nested lists with as many cards, the outer one (the whole card).
  candidates.sort((a, b) => b.reads.length - a.reads.length || a.depth - b.depth);
  const taken = new Set<Element>();
  const holdsTaken = new Set<Element>();
  const found: { card: Element; listing: Listing }[] = [];
  const seenIds = new Set<string>();
  for (const { reads } of candidates) {
    const overlaps = reads.some(({ card }) => {
      if (holdsTaken.has(card)) return true;
      for (let p: Element | null = card; p; p = p.parentElement) if (taken.has(p)) return true;
      return false;
    });
    if (overlaps) continue;
    for (const read of reads) {
      taken.add(read.card);
      for (let p = read.card.parentElement; p; p = p.parentElement) holdsTaken.add(p);
      // Two cards linking to one job (a promoted copy) are one listing.
      if (!seenIds.has(read.listing.id)) {
        seenIds.add(read.listing.id);
        found.push(read);
      }
    }
  }
  // Back in page order: one more walk over the elements (sorting by compareDocumentPosition
  // costs a tree walk per comparison in some DOMs).
  const byCard = new Map(found.map((f) => [f.card, f.listing]));
  const out: Detected = { cards: [], listings: [] };
  for (let i = 0; i < elements.length && byCard.size > out.cards.length; i++) {
    const el = elements[i];
    const listing = el && byCard.get(el);
    if (el && listing) {
      out.cards.push(el);
      out.listings.push(listing);
    }
  }
  return out;
}
