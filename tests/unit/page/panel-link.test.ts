/**
 * The page's side of the side panel, the badge and the commands, on cards of the saved Upwork
 * search page (their listings as the adapter reads them).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageFit } from '@/lib/messages/content';
import type { ShownCard } from '@/lib/page/decorate';
import { createPageLink, FLASH_ATTRIBUTE, revealCard } from '@/lib/page/panel-link';
import { realListings } from '../store/helpers';

/** One article per listing, each with its title link, as the page has them; every other one fits. */
function cardsOnPage(): ShownCard[] {
  return realListings.slice(0, 6).map((listing, i) => {
    const card = document.createElement('article');
    const link = Object.assign(document.createElement('a'), {
      href: listing.url,
      textContent: listing.title,
    });
    card.append(link);
    document.body.append(card);
    return { card, listing, fits: i % 2 === 0 };
  });
}

let shown: ShownCard[];
let reports: PageFit[];
let controller: AbortController;
const link = () =>
  createPageLink({
    doc: document,
    platform: 'upwork',
    cards: () => shown,
    reportFit: async (fit) => {
      reports.push(fit);
    },
    signal: controller.signal,
    delayMs: 100,
  });

beforeEach(() => {
  vi.useFakeTimers();
  shown = cardsOnPage();
  reports = [];
  controller = new AbortController();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the panel asking the page', () => {
  it('gets the listings the page shows, in its order', async () => {
    const { handlers } = link();
    const answer = await handlers['ui-cs-get-listings']({});
    expect(answer.platform).toBe('upwork');
    expect(answer.url).toBe(document.location.href);
    expect(answer.listings.map((l) => l.id)).toEqual(realListings.slice(0, 6).map((l) => l.id));
  });

  it('reveals a card: scrolled to the middle and highlighted for two seconds, the focus left in the panel', async () => {
    const { handlers } = link();
    const target = shown[3];
    if (!target) throw new Error('no card');
    const scroll = vi.spyOn(target.card, 'scrollIntoView');
    const before = document.activeElement;
    expect(await handlers['ui-cs-reveal']({ listingId: target.listing.id })).toEqual({ found: true });
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    expect(target.card.hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
    expect(document.activeElement).toBe(before);
    vi.advanceTimersByTime(1_999);
    expect(target.card.hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(target.card.hasAttribute(FLASH_ATTRIBUTE)).toBe(false);
  });

  it('says so when the listing is no longer on the page', async () => {
    const { handlers } = link();
    expect(await handlers['ui-cs-reveal']({ listingId: 'upwork:123' })).toEqual({ found: false });
    expect(document.querySelector(`[${FLASH_ATTRIBUTE}]`)).toBeNull();
  });
});

describe('the next and previous commands', () => {
  it('move the focus through the cards that fit, round the ends, from wherever the focus is', async () => {
    const { handlers } = link();
    const fitting = shown.filter((c) => c.fits);
    const ids = fitting.map((c) => c.listing.id);
    const focusedCard = () => shown.find((c) => c.card.contains(document.activeElement))?.listing.id;
    expect(await handlers['bg-cs-step']({ direction: 'next' })).toEqual({ listingId: ids[0] });
    expect(focusedCard()).toBe(ids[0]);
    expect(document.activeElement?.tagName).toBe('A');
    expect(await handlers['bg-cs-step']({ direction: 'next' })).toEqual({ listingId: ids[1] });
    expect(await handlers['bg-cs-step']({ direction: 'previous' })).toEqual({ listingId: ids[0] });
    expect(await handlers['bg-cs-step']({ direction: 'previous' })).toEqual({ listingId: ids[2] });
    expect(await handlers['bg-cs-step']({ direction: 'next' })).toEqual({ listingId: ids[0] });
    // The user tabbed into a card that does not fit, then left the cards: the last card stepped to counts.
    (document.activeElement as HTMLElement).blur();
    expect(await handlers['bg-cs-step']({ direction: 'next' })).toEqual({ listingId: ids[1] });
    // The user's own focus in a fitting card is where the next step starts.
    fitting[2]?.card.querySelector('a')?.focus();
    expect(await handlers['bg-cs-step']({ direction: 'previous' })).toEqual({ listingId: ids[1] });
  });

  it('do nothing on a page where nothing fits', async () => {
    shown = shown.map((c) => ({ ...c, fits: false }));
    const { handlers } = link();
    expect(await handlers['bg-cs-step']({ direction: 'next' })).toEqual({});
  });

  it('focus a card without a link itself, made focusable for that', () => {
    const card = document.createElement('div');
    document.body.append(card);
    revealCard(card, true);
    expect(card.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(card);
  });
});

describe('the badge count', () => {
  it('is reported once cards stop being drawn, with how many fit', () => {
    const page = link();
    page.changed();
    page.changed();
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(reports).toEqual([{ url: document.location.href, fitting: 3, total: 6 }]);
    shown = shown.slice(0, 2);
    page.changed();
    vi.advanceTimersByTime(100);
    expect(reports.at(-1)).toEqual({ url: document.location.href, fitting: 1, total: 2 });
  });

  it('is not reported once the content script is stopped, and a refused report is no error', async () => {
    const page = createPageLink({
      doc: document,
      platform: 'upwork',
      cards: () => shown,
      reportFit: () => Promise.reject(new Error('Extension context invalidated.')),
      signal: controller.signal,
    });
    page.changed();
    await vi.advanceTimersByTimeAsync(250);
    const stopped = link();
    stopped.changed();
    controller.abort();
    stopped.changed();
    vi.advanceTimersByTime(1_000);
    expect(reports).toEqual([]);
  });
});
