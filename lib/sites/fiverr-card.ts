/**
 * What a Fiverr gig card shows, read from its markup. The page's JSON (`fiverr-perseus.ts`) is
 * the better source where it covers the card; this is what is left when it does not (gigs added
 * after the page loaded, a page whose JSON changed shape). Fiverr's class names are hashed and
 * change, so the hooks are its `data-track-tag` names, its link scheme and the words it prints.
 */
import type { Gig, Listing } from '../core/model';
import { sellerLevel } from './fiverr-perseus';
import { parseMoney, visibleText } from './text';

/** Badges Fiverr names `…_badge` (`top_rated_badge`, `seller_level_two_badge`, `vetted_pro_badge`). */
export function cardSellerLevel(card: Element): Gig['sellerLevel'] {
  for (const badge of Array.from(card.querySelectorAll('[data-track-tag$="_badge"]'))) {
    const tag = badge.getAttribute('data-track-tag') ?? '';
    if (tag.includes('choice')) continue;
    const level = sellerLevel(tag) ?? sellerLevel(visibleText(badge));
    if (level) return level;
  }
  for (const el of Array.from(card.querySelectorAll('p, span, b, strong'))) {
    if (el.childElementCount > 0) continue;
    const text = visibleText(el);
    if (/^(top rated( seller)?|level [12]( seller)?|vetted pro|pro)$/i.test(text)) return sellerLevel(text);
  }
  return undefined;
}

/** "5k+" → 5000 (a lower bound), "1,234" → 1234. */
export function reviewCount(text: string): number | undefined {
  const m = text.replace(/[()\s]/g, '').match(/^(\d[\d,]*(?:\.\d+)?)(k)?\+?$/i);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(/,/g, '')) * (m[2] ? 1_000 : 1);
  return Number.isFinite(n) ? Math.round(n) : undefined;
}

/** The star score and review count printed under the title: "4.8 (5k+)". */
export function cardRating(card: Element): { rating?: number; reviews?: number } {
  const score = visibleText(card.querySelector('.rating-score'));
  const count = visibleText(card.querySelector('.rating-count-number, .ratings-count'));
  const fromText = visibleText(card).match(/\b([0-5]\.\d)\s*\(\s*(\d[\d,.]*k?\+?)\s*\)/i);
  const rating = Number.parseFloat(score || (fromText?.[1] ?? ''));
  const reviews = reviewCount(count || (fromText?.[2] ?? ''));
  return {
    ...(rating >= 0 && rating <= 5 ? { rating } : {}),
    ...(reviews !== undefined ? { reviews } : {}),
  };
}

/** "From $46", "Starting at €35": the price a buyer pays for the basic package, fee included. */
export function cardPrice(card: Element): Listing['budget'] {
  const m = visibleText(card).match(/(?:from|starting at)\s*([$€£₹]\s?[\d,.]+[kK]?)/i);
  const money = parseMoney(m?.[1] ?? '')[0];
  return money ? { kind: 'fixed', min: money.amount, currency: money.currency } : undefined;
}

/** An ad: Fiverr prints "Ad" or "Ad by <seller>" on promoted gigs. */
export function cardIsAd(card: Element): boolean {
  if (card.querySelector('[data-track-tag*="promoted"]')) return true;
  return Array.from(card.querySelectorAll('span, p, small, div')).some(
    (el) => el.childElementCount === 0 && /^(ad|ad by\b.*)$/i.test(visibleText(el)),
  );
}

/** A Fiverr's Choice pick: the badge on the card or on the section it sits in, or the link says so. */
export function cardIsChoice(card: Element, href: string | null): boolean {
  if (card.querySelector('[data-track-tag="fiverr_choice_badge"]')) return true;
  if (href && /[?&]fiverr_choice=true\b/.test(href)) return true;
  for (let p = card.parentElement; p; p = p.parentElement) {
    const header = p.querySelector(':scope > header');
    if (header?.querySelector('[data-track-tag="fiverr_choice_badge"]')) return true;
  }
  return false;
}
