/**
 * Guru: job search `/d/jobs/…` (real 2020 records, `div.record.jobRecord`; scrapers of 2024–2026
 * still read `.jobRecord`, `h2.jobRecord__title a` and the record's `[data-gid]`). Its job
 * links, `/jobs/<slug>/<id>`, are the hook most likely to survive, so the id comes from the
 * link, else from `data-gid`.
 */
import { COUNTRY_MAX, DESCRIPTION_MAX, SHORT_TEXT_MAX, TITLE_MAX } from '../core/limits';
import type { Client, Listing, PageKind } from '../core/model';
import { matchPatternFor } from '../core/platforms';
import { defineSite } from './define';
import {
  absoluteUrl,
  clip,
  first,
  firstText,
  parseBudget,
  parseDayText,
  parseMoney,
  skillNames,
  visibleText,
} from './text';

/**
 * The skills list opens with the job's category breadcrumb ("Programming & Development ›
 * Apps & Mobile"), styled like the skills after it; each of its links is kept as one name,
 * as Upwork's category token is, so no chip is glued to its neighbour.
 */
function readSkills(card: Element): string[] {
  const seen = new Set<string>();
  for (const chip of Array.from(card.querySelectorAll('.skillsList__skill'))) {
    const links = chip.matches('a') ? [chip] : Array.from(chip.querySelectorAll('a'));
    for (const el of links.length > 0 ? links : [chip]) {
      const text = visibleText(el);
      if (text) seen.add(text);
    }
  }
  return skillNames(seen);
}

/** The budget line: "Hourly | $25 - $50 | 1-10 hrs/wk | 1-3 months", "Fixed Price | $500-$1k". */
function readBudget(line: string): Listing['budget'] {
  return parseBudget(line, /hourly/i.test(line) ? 'hourly' : 'fixed');
}

/** The workload and length parts of the budget line: "1-10 hrs/wk, 1-3 months". */
function readDuration(line: string): string | undefined {
  const parts = line
    .split('|')
    .map((part) => part.trim())
    .filter((part) => /\b(hrs?\/wk|hours?\b|weeks?\b|months?\b|ongoing)/i.test(part));
  return parts.length > 0 ? clip(parts.join(', '), SHORT_TEXT_MAX) : undefined;
}

/** Country, "$83 Spent", and the verified-payment icon, from the client's avatar block. */
function readClient(card: Element): Client | undefined {
  const info = first(card, ['.avatarinfo', '.module_avatar']);
  if (!info) return undefined;
  const client: Client = {};
  const country = firstText(info, ['.subtext strong']);
  if (country) client.country = clip(country, COUNTRY_MAX);
  const spent = parseMoney(visibleText(info).match(/[$€£₹][\d,.]+[kKmM]?\s*Spent/i)?.[0] ?? '')[0];
  if (spent) client.spent = spent.amount;
  // The icon is shown for verified clients; its absence is not proof of the opposite.
  if (info.querySelector('[title="Verified Payment Method"]')) client.paymentVerified = true;
  return Object.keys(client).length > 0 ? client : undefined;
}

function pageKind(url: URL): PageKind {
  if (/^\/jobs\/[^/]+\/\d+/.test(url.pathname)) return 'details';
  if (url.pathname.startsWith('/d/jobs')) return 'search';
  return 'other';
}

export default defineSite({
  id: 'guru',
  label: 'Guru',
  matches: [matchPatternFor('www.guru.com')],
  selectors: { cards: ['.jobRecord', '[data-gid]'] },
  pageKind,
  parseCard(card, url) {
    const link = first(card, ['.jobRecord__title a', 'h2 a[href*="/jobs/"]', 'a[href*="/jobs/"]']);
    const href = link?.getAttribute('href') ?? '';
    const jobUrl = absoluteUrl(href, url);
    const gid = (
      card.getAttribute('data-gid') ?? card.querySelector('[data-gid]')?.getAttribute('data-gid')
    )?.match(/^\d+$/)?.[0];
    const id = jobUrl?.match(/\/jobs\/[^/]+\/(\d+)\/?$/)?.[1] ?? gid;
    const title = visibleText(link);
    if (!id || !jobUrl || !title) return undefined;

    const listing: Listing = {
      id: `guru:${id}`,
      platform: 'guru',
      url: jobUrl,
      title: clip(title, TITLE_MAX),
      // The list shows a cut-off excerpt ending in "…"; that is all the card has.
      description: clip(firstText(card, ['.jobRecord__desc']), DESCRIPTION_MAX),
      platformSkills: readSkills(card),
    };
    const meta = firstText(card, ['.jobRecord__meta']);
    const postedAt = parseDayText(meta);
    if (postedAt) listing.postedAt = postedAt;
    const quotes = meta.match(/(\d[\d,]*)\s*Quotes?/i)?.[1];
    if (quotes !== undefined) {
      const n = Number(quotes.replace(/,/g, ''));
      listing.proposals = { min: n, max: n };
    }
    const budgetLine = firstText(card, ['.jobRecord__budget']);
    const budget = readBudget(budgetLine);
    if (budget) listing.budget = budget;
    const duration = readDuration(budgetLine);
    if (duration) listing.duration = duration;
    const client = readClient(card);
    if (client) listing.client = client;
    return listing;
  },
});
