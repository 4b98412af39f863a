/**
 * Reading one card-like block the generic detector found: its title, its link, its text and
 * the money it shows. Shared by the list detector (`generic.ts`) and the one-job reader
 * (`generic-lone.ts`); reads the DOM only and returns schema-shaped listings.
 */

import { cyrb53 } from '../core/hash';
import { DESCRIPTION_MAX } from '../core/limits';
import type { Listing, Platform } from '../core/model';
import { payPeriodIn } from '../core/money';
import { absoluteUrl, clip, parseBudget, visibleText } from './text';

/** Links and words that say "a piece of paid work", so a blog's "related posts" is not a job list. */
export const JOBISH_URL = /job|project|gig|task|work|freelance|contract|position|career|opening|vacanc|hire/i;
export const JOBISH_TEXT =
  /\b(budget|hourly|fixed[- ]price|proposals?|bids?|quotes?|apply|posted|per hour|salary|rate|remote|deadline)\b/i;

const TRACKING =
  /^(utm_.*|fbclid|gclid|mc_[ce]id|ref|referrer.*|source|context_referrer|context_type|pos|ref_ctx_id|imp_id|funnel|pckg_id|seller_online|fiverr_choice)$/i;
/** What the client has spent on the platform: money on the card, but not this job's budget. */
const SPENT = /\+?\s*(spent|total spent)\b/iy;

/** "$25 - $50", "$500-$1k", "€35": the first amount, or range, a card shows. */
const MONEY_RANGE =
  /([$€£₹])\s?(\d[\d,]*(?:\.\d+)?\s?[kK]?)(?:\s*(?:-|–|to)\s*[$€£₹]?\s?(\d[\d,]*(?:\.\d+)?\s?[kK]?))?/g;

/** The same URL always gets the same id. */
export const hash = (text: string): string => cyrb53(text).toString(36);

/**
 * The job's address. Unlike the adapters' links, the query is kept: on an unknown board it may
 * be what names the job (`/viewjob?id=123`); only tracking parameters are dropped.
 */
export function addressOf(href: string | null | undefined, base: URL): string | undefined {
  const raw = href?.trim() ?? '';
  if (!raw || raw.startsWith('#') || !absoluteUrl(raw, base)) return undefined;
  const url = new URL(raw, base);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  return url.pathname.length > 1 || url.search ? url.href : undefined;
}

export function linkUrl(link: Element | null, base: URL): string | undefined {
  return addressOf(link?.getAttribute('href'), base);
}

/** A link standing alone (a title), not one inline in a sentence of prose. */
export function standsAlone(link: Element, card: Element): boolean {
  const paragraph = link.closest('p');
  if (!paragraph || !card.contains(paragraph)) return true;
  return visibleText(paragraph).length <= visibleText(link).length + 20;
}

export interface Read {
  listing: Listing;
  jobish: boolean;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The heading's own link: inside it, or around it within the card. */
function headingLink(heading: Element, card: Element): Element | null {
  const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
  return link && (link === card || card.contains(link)) ? link : null;
}

/**
 * A heading (or an element playing one) is the title, the first one that links to something
 * before any that does not (a "Under $25" group label above a gig's linked title is no title);
 * else the longest link standing alone.
 */
function titleAndLink(card: Element, base: URL): { title: string; link: Element | null } {
  const headings = Array.from(card.querySelectorAll(HEADINGS)).filter((h) => visibleText(h).length >= 3);
  const heading = headings.find((h) => linkUrl(headingLink(h, card), base)) ?? headings[0];
  let title = visibleText(heading);
  let link = heading ? headingLink(heading, card) : null;
  // A badge beside the title link ("Featured") is not part of the title.
  const linkText = link && heading?.contains(link) ? visibleText(link) : '';
  if (linkText.length >= 3) title = linkText;
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
  return { title, link };
}

/** The listing a block makes with this title and address: its prose, its money, whether it reads as work. */
export function describeBlock(
  card: Element,
  title: string,
  url: string,
  platform: Platform,
): Read | undefined {
  if (title.length < 3 || title.length > 500) return undefined;
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
  const kind = /\/\s*h(ou)?r\b|hourly|per hour/i.test(text) ? 'hourly' : 'fixed';
  const budget = money && parseBudget(money[0], kind);
  if (budget) {
    // "$4,000/month", "$60k a year": a salary paid per period, not a price for the job.
    const after = text.slice(money.index, money.index + money[0].length + 24);
    const period = kind === 'fixed' ? payPeriodIn(after) : undefined;
    listing.budget = period ? { ...budget, period } : budget;
  }
  const jobish = JOBISH_URL.test(new URL(url).pathname) || JOBISH_TEXT.test(text) || budget !== undefined;
  return { listing, jobish };
}

export function readCard(card: Element, base: URL, platform: Platform): Read | undefined {
  const { title, link } = titleAndLink(card, base);
  const url = linkUrl(link, base);
  return url ? describeBlock(card, title, url, platform) : undefined;
}
