/**
 * Upwork: job search (`/nx/search/jobs/`, 2025 and 2026 tiles), the Find Work feeds
 * (`/nx/find-work/…`, 2024 tiles) and a job's full details (`upwork-details.ts`). Hooks are
 * Upwork's own `data-test` and `data-ev-*` attributes, the most stable ones it has;
 * `data-test~=` because the attribute can hold several words.
 */
import { SHORT_TEXT_MAX } from '../core/limits';
import type { Client, Listing, PageKind, PlatformLevel } from '../core/model';
import { matchPatternFor } from '../core/platforms';
import { defineSite } from './define';
import {
  absoluteUrl,
  allTexts,
  clip,
  first,
  firstText,
  parseBudget,
  parseMoney,
  parseProposals,
  parseRelativeTime,
  visibleText,
} from './text';
import { DETAILS_CARDS, readDetails, upworkLevel } from './upwork-details';

function readLevel(card: Element): PlatformLevel | undefined {
  return upworkLevel(firstText(card, ['[data-test="experience-level"]', '[data-test="contractor-tier"]']));
}

/** The job's own uid: from the tile's data attributes, else from the `~02<uid>` in its link. */
function readUid(card: Element, href: string): string | undefined {
  const fromData = card.getAttribute('data-ev-job-uid') ?? card.getAttribute('data-ev-opening_uid');
  if (fromData && /^\d+$/.test(fromData)) return fromData;
  return href.match(/~0[12](\d{6,})/)?.[1];
}

function readBudget(card: Element): Listing['budget'] {
  const type = firstText(card, ['[data-test="job-type-label"]', '[data-test="job-type"]']);
  if (/hourly/i.test(type)) return parseBudget(type, 'hourly');
  const fixed = firstText(card, ['[data-test="is-fixed-price"]', '[data-test="budget"]']);
  return fixed ? parseBudget(fixed, 'fixed') : undefined;
}

/** "Est. time: 1 to 3 months, Less than 30 hrs/week" (hourly tiles only), without its label. */
function readDuration(card: Element): string | undefined {
  const text = firstText(card, [
    '[data-test="duration-label"]',
    '[data-test="duration"]',
    '[data-cy="duration2"]',
  ]);
  const value = text.replace(/^\s*est(imated)?\.?\s*time:?\s*/i, '').trim();
  return value ? clip(value, SHORT_TEXT_MAX) : undefined;
}

function readClient(card: Element): Client | undefined {
  const client: Client = {};
  const payment = first(card, [
    '[data-test="payment-verified"]',
    '[data-test="payment-verification-status"]',
  ]);
  if (payment) client.paymentVerified = !/unverified|not verified/i.test(visibleText(payment));
  const ratingText = card.querySelector('.air3-rating-value-text')?.textContent ?? '';
  const srRating = card.querySelector('.air3-rating .sr-only')?.textContent ?? '';
  const rating = Number.parseFloat(ratingText || (srRating.match(/rating is ([\d.]+)/i)?.[1] ?? ''));
  // Upwork prints "Rating is 0 out of 5" for clients with no reviews yet: that is no rating.
  if (rating > 0 && rating <= 5) client.rating = rating;
  const spent = parseMoney(
    firstText(card, ['[data-test="total-spent"]', '[data-test="client-spendings"]']),
  )[0];
  if (spent) client.spent = spent.amount;
  const country = firstText(card, ['[data-test="location"]', '[data-test="client-country"]']);
  if (country) client.country = country;
  return Object.keys(client).length > 0 ? client : undefined;
}

/** 2026 tiles show the client's text pre-formatted (line breaks are content); 2024 tiles do not. */
function readDescription(card: Element): string {
  const plain = card.querySelector('[data-test="job-description-text"]');
  if (plain) return visibleText(plain);
  return firstText(card, ['[data-test~="JobDescription"]', '.air3-line-clamp-wrapper p'], true);
}

function pageKind(url: URL): PageKind {
  if (url.pathname.startsWith('/nx/search/jobs')) return 'search';
  if (url.pathname.startsWith('/nx/find-work')) return 'feed';
  if (/^\/(freelance-)?jobs\//.test(url.pathname)) return 'details';
  return 'other';
}

export default defineSite({
  id: 'upwork',
  label: 'Upwork',
  matches: [matchPatternFor('www.upwork.com')],
  selectors: {
    cards: [
      'article[data-ev-job-uid]',
      'article[data-test~="JobTile"]',
      '[data-test="job-tile-list"] > section',
      'section[data-ev-opening_uid]',
      // A job's own page and the details slider over search and the feeds.
      ...DETAILS_CARDS,
    ],
  },
  pageKind,
  parseCard(card, url, now) {
    if (card.matches(DETAILS_CARDS.join(','))) return readDetails(card, url, now);
    const link = first(card, [
      'a[data-test~="job-tile-title-link"]',
      '.job-tile-title a',
      'h2 a[href*="/jobs/"]',
      'h3 a[href*="/jobs/"]',
      'a[href*="/jobs/"]',
    ]);
    const href = link?.getAttribute('href') ?? '';
    const uid = readUid(card, href);
    const jobUrl = absoluteUrl(href, url);
    const title = visibleText(link);
    if (!uid || !jobUrl || !title) return undefined;

    const listing: Listing = {
      id: `upwork:${uid}`,
      platform: 'upwork',
      url: jobUrl,
      title,
      description: readDescription(card),
      platformSkills: allTexts(card, '[data-test="token"] span, [data-test="attr-item"]'),
    };
    const postedAt = parseRelativeTime(
      firstText(card, ['[data-test="job-pubilshed-date"]', '[data-test="posted-on"]']),
      now,
    );
    if (postedAt) listing.postedAt = postedAt;
    const budget = readBudget(card);
    if (budget) listing.budget = budget;
    const duration = readDuration(card);
    if (duration) listing.duration = duration;
    const level = readLevel(card);
    if (level) listing.platformLevel = level;
    const proposals = parseProposals(
      firstText(card, [
        '[data-test="proposals-tier"] strong',
        '[data-test="proposals"]',
        '[data-test="proposals-tier"]',
      ]),
    );
    if (proposals) listing.proposals = proposals;
    const client = readClient(card);
    if (client) listing.client = client;
    return listing;
  },
});
