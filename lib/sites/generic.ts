/**
 * The generic listing detector: for job boards no adapter knows, and as the fallback
 * when an adapter finds nothing on a marketplace (a redesign is how such extensions usually
 * break). A listing page is a run of sibling blocks built from one template; each holds a link
 * to the job, a title and some text. So: group siblings by tag and first class, keep groups of
 * at least `minCards` whose members look like job cards, and read what a card shows.
 * One pass over the elements to group them, then work per candidate card: linear-ish in size.
 */
import { Listing, type PageKind, type Platform } from '../core/model';
import { marketplaceForHost } from '../core/platforms';
import { readCard } from './generic-card';
import { readLoneJob } from './generic-lone';

export interface DetectOptions {
  /** Defaults to the marketplace of `url`, else `other`. */
  platform?: Platform;
  /** Fewest look-alike siblings that make a list; default 3 (two similar blocks are often not a list). */
  minCards?: number;
}

/**
 * What the content script asks on a marketplace page its adapter could not read: two look-alike
 * blocks are a list there; and where the adapter knows the address as a job's page or a list's
 * (not an article, a profile, a help page), one job alone on it is read as that job.
 */
export function marketplaceFallback(platform: Platform, kind: PageKind): DetectOptions {
  return { platform, minCards: kind === 'other' ? 2 : 1 };
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
/**
 * The listings on a page no adapter reads: pure, reads `root` only, never throws on odd markup,
 * and every listing it returns is schema-valid. Ids are `<platform>:<hash of the job URL>`, so
 * the same job read twice gets the same id. Nothing is found on pages without a repeated list.
 */
export function detectListings(root: ParentNode, url: URL, options: DetectOptions = {}): Detected {
  const platform = options.platform ?? marketplaceForHost(url.hostname) ?? 'other';
  const minCards = Math.max(2, options.minCards ?? 3);
  // `minCards: 1`: no list, but one job on the page (its own page) is read as that job.
  const lone = options.minCards === 1;

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
  if (found.length === 0 && lone) {
    const job = readLoneJob(root, url, platform);
    const checked = job && Listing.safeParse(job.listing);
    return job && checked?.success
      ? { cards: [job.card], listings: [checked.data] }
      : { cards: [], listings: [] };
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
