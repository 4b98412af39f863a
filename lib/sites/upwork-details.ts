/**
 * An Upwork job's full details: the job page `/jobs/<slug>_~02<uid>/` and the slider that opens
 * over search and the Find Work feeds. No saved copy of either is public; the hooks are the
 * ones public scrapers read (`.air3-slider-content`, the `.features` list whose items carry
 * `[data-cy="expertise"]`, `[data-cy="fixed-price"]`, `[data-cy="duration2"]`), and the words
 * Upwork prints beside them for everything else (hourly range, hours per week, the client).
 */
import { COUNTRY_MAX, DESCRIPTION_MAX, SHORT_TEXT_MAX, TITLE_MAX } from '../core/limits';
import type { Client, Listing, PlatformLevel } from '../core/model';
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
  skillNames,
  visibleText,
} from './text';

export const DETAILS_CARDS = ['.air3-slider-content', '.job-details-content'] as const;

/** The uid: a `data-ev-*` attribute inside, a `~02<uid>` link inside, else the page's own URL. */
function detailsUid(card: Element, url: URL): string | undefined {
  const tagged = card.querySelector('[data-ev-opening_uid], [data-ev-job-uid]');
  const fromData = tagged?.getAttribute('data-ev-opening_uid') ?? tagged?.getAttribute('data-ev-job-uid');
  if (fromData && /^\d{6,}$/.test(fromData)) return fromData;
  for (const link of Array.from(card.querySelectorAll('a[href*="~0"]'))) {
    const uid = link.getAttribute('href')?.match(/~0[12](\d{6,})/)?.[1];
    if (uid) return uid;
  }
  return url.pathname.match(/~0[12](\d{6,})/)?.[1];
}

/** The `.features` item that holds an icon marked `[data-cy=…]`, or whose words match. */
function feature(card: Element, cy: string, words?: RegExp): Element | undefined {
  const marked = card.querySelector(`[data-cy="${cy}"]`)?.closest('li');
  if (marked) return marked;
  return Array.from(card.querySelectorAll('.features li')).find((li) => words?.test(visibleText(li)));
}

const LEVELS: Record<string, PlatformLevel> = {
  entry: 'entry',
  intermediate: 'intermediate',
  expert: 'expert',
};

/** "Entry level", "Entry Level" (2025 tiles), "Intermediate", "Expert" → Upwork's level. */
export function upworkLevel(text: string): PlatformLevel | undefined {
  return LEVELS[text.toLowerCase().split(/\s/)[0] ?? ''];
}

function readClient(card: Element): Client | undefined {
  // Screen-reader text ("Rating is 4.9 out of 5") counts here: it is the only place the number is.
  const text = card.textContent ?? '';
  const client: Client = {};
  if (/payment method (is )?verified/i.test(text)) client.paymentVerified = true;
  else if (/payment method (is )?(not verified|unverified)/i.test(text)) client.paymentVerified = false;
  const rating = Number.parseFloat(text.match(/rating is ([\d.]+) out of 5/i)?.[1] ?? '');
  if (rating > 0 && rating <= 5) client.rating = rating;
  const spent = parseMoney(text.match(/[$€£]\s?[\d.,]+\s?[kKmM]?\+?\s*total spent/i)?.[0] ?? '')[0];
  if (spent) client.spent = spent.amount;
  const country = firstText(card, ['[data-qa="client-location"] strong', '[data-test="location"]']);
  if (country) client.country = clip(country, COUNTRY_MAX);
  return Object.keys(client).length > 0 ? client : undefined;
}

export function readDetails(card: Element, url: URL, now: number): Listing | undefined {
  const uid = detailsUid(card, url);
  const link = card.querySelector(`a[href*="~02${uid}"]`);
  const jobUrl = absoluteUrl(
    link?.getAttribute('href') ?? (url.pathname.includes(`~02${uid}`) ? url.pathname : `/jobs/~02${uid}`),
    url,
  );
  const title = firstText(card, ['h1', 'header h4', 'h4', 'h2', 'h3']);
  if (!uid || !jobUrl || !title) return undefined;

  const description = first(card, [
    '[data-test="Description"]',
    '[data-test~="JobDescription"]',
    '.job-description',
  ]);
  const listing: Listing = {
    id: `upwork:${uid}`,
    platform: 'upwork',
    url: jobUrl,
    title: clip(title, TITLE_MAX),
    description: clip(visibleText(description, true), DESCRIPTION_MAX),
    platformSkills: skillNames(
      allTexts(card, '[data-test="token"] span, .air3-token, .skills-list a'),
    ).filter((s) => !/^\+\d+$/.test(s)),
  };
  const level = visibleText(
    feature(card, 'expertise', /\b(entry level|intermediate|expert)\b/i)?.querySelector('strong'),
  );
  const platformLevel = upworkLevel(level);
  if (platformLevel) listing.platformLevel = platformLevel;
  const fixed = feature(card, 'fixed-price', /fixed[- ]price/i);
  const hourly = feature(card, 'clock-hourly', /\bhourly\b.*[$€£]|[$€£].*\bhourly\b/i);
  const budget = fixed
    ? parseBudget(visibleText(fixed), 'fixed')
    : hourly
      ? parseBudget(visibleText(hourly), 'hourly')
      : undefined;
  if (budget) listing.budget = budget;
  const length = visibleText(feature(card, 'duration2', /\b(months?|weeks?)\b/i)?.querySelector('strong'));
  const workload = visibleText(
    feature(card, 'clock-timelog', /hrs?\/week|hours? per week|hours to be determined/i)?.querySelector(
      'strong',
    ),
  );
  const duration = [length, workload].filter(Boolean).join(', ');
  if (duration) listing.duration = clip(duration, SHORT_TEXT_MAX);
  const proposals = parseProposals(
    visibleText(card).match(/proposals:?\s*((?:less than )?\d+(?:\s*(?:to|-)\s*\d+)?\+?)/i)?.[1] ?? '',
  );
  if (proposals) listing.proposals = proposals;
  const postedAt = parseRelativeTime(
    visibleText(card).match(/posted\s+[^.·]{1,40}?ago|posted\s+yesterday/i)?.[0] ?? '',
    now,
  );
  if (postedAt) listing.postedAt = postedAt;
  const client = readClient(card);
  if (client) listing.client = client;
  return listing;
}
