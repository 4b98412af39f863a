/**
 * The page's side of the side panel, the toolbar badge and the keyboard commands: it answers
 * the panel's questions (which listings are shown, in what order), reveals a card the panel
 * points at, moves to the next or previous card that fits, and reports how many fit.
 */
import { LISTINGS_PER_MESSAGE } from '../core/limits';
import type { Platform } from '../core/model';
import type { PageFit } from '../messages/content';
import type { StepDirection, TabHandlers } from '../messages/tab';
import type { ShownCard } from './decorate';

export const FLASH_ATTRIBUTE = 'data-skillscout-flash';
/** How long a revealed card stays highlighted: long enough to find it, short enough not to linger. */
const FLASH_MS = 2_000;

export interface PageLinkDeps {
  doc: Document;
  platform: Platform;
  cards: () => ShownCard[];
  reportFit: (fit: PageFit) => Promise<unknown>;
  signal: AbortSignal;
  /** Cards drawn within this long make one report. */
  delayMs?: number;
}

export interface PageLink {
  handlers: TabHandlers;
  /** The cards or their fit changed: report the count once the drawing settles. */
  changed(): void;
}

/** Scrolls the card to the middle of the window and highlights it; with `focus`, the page's focus moves there too. */
export function revealCard(card: Element, focus: boolean): void {
  const doc = card.ownerDocument;
  // A hidden page draws no frames, so a smooth scroll would never get there: jump instead.
  const still =
    doc.visibilityState !== 'visible' ||
    (doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true);
  card.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  card.setAttribute(FLASH_ATTRIBUTE, '');
  setTimeout(() => card.removeAttribute(FLASH_ATTRIBUTE), FLASH_MS);
  if (!focus) return;
  // The card's own link (its title, usually) is where the page's Tab order goes on from.
  const target = card.querySelector<HTMLElement>('a[href]') ?? (card as HTMLElement);
  if (target === card && !card.hasAttribute('tabindex')) card.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

export function createPageLink({
  doc,
  platform,
  cards,
  reportFit,
  signal,
  delayMs = 250,
}: PageLinkDeps): PageLink {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The card the last command moved to, for the next one when the focus has left the cards. */
  let stepped: string | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const report = () => {
    timer = undefined;
    if (signal.aborted) return;
    const shown = cards();
    const url = doc.location?.href ?? '';
    reportFit({ url, fitting: shown.filter((c) => c.fits).length, total: shown.length }).catch(() => {
      // The badge is a convenience: a background that cannot be reached leaves it as it was.
    });
  };

  const step = (direction: StepDirection) => {
    const fitting = cards().filter((c) => c.fits);
    if (fitting.length === 0) return {};
    const active = doc.activeElement;
    let current = fitting.findIndex((c) => active && c.card.contains(active));
    if (current < 0) current = fitting.findIndex((c) => c.listing.id === stepped);
    const next =
      current < 0
        ? direction === 'next'
          ? 0
          : fitting.length - 1
        : (current + (direction === 'next' ? 1 : -1) + fitting.length) % fitting.length;
    const target = fitting[next];
    if (!target) return {};
    stepped = target.listing.id;
    revealCard(target.card, true);
    return { listingId: target.listing.id };
  };

  return {
    handlers: {
      'ui-cs-get-listings': () => ({
        url: doc.location?.href ?? '',
        platform,
        listings: cards()
          .slice(0, LISTINGS_PER_MESSAGE)
          .map((c) => c.listing),
      }),
      'ui-cs-reveal': ({ listingId }) => {
        const shown = cards().find((c) => c.listing.id === listingId);
        if (shown) revealCard(shown.card, false);
        return { found: shown !== undefined };
      },
      'bg-cs-step': ({ direction }) => step(direction),
    },
    changed() {
      if (timer !== undefined || signal.aborted) return;
      timer = setTimeout(report, delayMs);
    },
  };
}
