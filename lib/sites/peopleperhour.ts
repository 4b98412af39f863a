/**
 * PeoplePerHour: job lists under `/freelance-jobs…` (real 2020 list items, `.job-list-item`;
 * since about 2024 `li.list__item⤍List⤚2ytmm`, a hashed CSS-module class, so the stable part
 * `list__item` is matched and the item's words are read where the 2020 classes are gone).
 * The list shows title, posting time, proposals and price, but no skills and no description:
 * those listings are tagged from their titles alone. The job's number ends its URL
 * (`…/ruby-r-o-r-developer-needed-2762436`) and is its id.
 */
import { TITLE_MAX } from '../core/limits';
import type { Listing, PageKind } from '../core/model';
import { matchPatternFor } from '../core/platforms';
import { defineSite } from './define';
import { absoluteUrl, clip, first, firstText, parseBudget, parseRelativeTime, visibleText } from './text';

/**
 * `datetime="2020-03-19 14:28:50"` carries no zone. PeoplePerHour is a London site and the
 * time is read as UTC: exact in winter, an hour late in British summer time.
 */
function readPostedAt(card: Element): string | undefined {
  const raw = card.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  const m = raw.match(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)/);
  if (!m) return undefined;
  const time = Date.parse(`${m[1]}T${m[2]}Z`);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** "$400 Fixed Price", "£25 /hr": the client's price for the job (the item's first amount, if no price class). */
function readBudget(card: Element): Listing['budget'] {
  const text =
    firstText(card, ['.price-tag', '.price']) ||
    (visibleText(card).match(/[$€£]\s?[\d,.]+[kK]?(\s*\/\s*h(ou)?r)?/)?.[0] ?? '');
  return parseBudget(text, /\/\s*h(ou)?r|per hour|hourly/i.test(text) ? 'hourly' : 'fixed');
}

/** "17" in `.proposal-count`, or "17 Proposals" in the item's words. */
function readProposals(card: Element): number | undefined {
  const text =
    firstText(card, ['.proposal-count']) || (visibleText(card).match(/(\d+)\s+proposals?\b/i)?.[1] ?? '');
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

function pageKind(url: URL): PageKind {
  if (/-\d+\/?$/.test(url.pathname) && url.pathname.startsWith('/freelance-jobs/')) return 'details';
  if (url.pathname.startsWith('/freelance-') || url.pathname.startsWith('/jobs')) return 'search';
  return 'other';
}

export default defineSite({
  id: 'peopleperhour',
  label: 'PeoplePerHour',
  matches: [matchPatternFor('www.peopleperhour.com')],
  selectors: { cards: ['.job-list-item', '.project-list-item', 'li[class*="list__item"]'] },
  pageKind,
  parseCard(card, url, now) {
    const link = first(card, [
      '.title a.job',
      'h6 a[href*="/freelance-jobs/"]',
      'a[href*="/freelance-jobs/"]',
    ]);
    const jobUrl = absoluteUrl(link?.getAttribute('href'), url);
    const id = jobUrl?.match(/-(\d+)\/?$/)?.[1];
    const title = visibleText(link);
    if (!id || !jobUrl || !title) return undefined;

    const listing: Listing = {
      id: `peopleperhour:${id}`,
      platform: 'peopleperhour',
      url: jobUrl,
      title: clip(title, TITLE_MAX),
      description: '',
      platformSkills: [],
    };
    const postedAt = readPostedAt(card) ?? parseRelativeTime(visibleText(card), now);
    if (postedAt) listing.postedAt = postedAt;
    const proposals = readProposals(card);
    if (proposals !== undefined) listing.proposals = { min: proposals, max: proposals };
    const budget = readBudget(card);
    if (budget) listing.budget = budget;
    return listing;
  },
});
