/**
 * The first screen's questions, asked while the page is still being parsed: once the parser has
 * moved past the first cards (another card follows them), they are read and their tags asked
 * for, and nothing on the page is touched. When the page is parsed, the scanner reads those cards
 * as usual, and their answers, often in by then, are drawn in the same task, before the page's
 * first full layout, instead of a round trip after it.
 */
import type { Listing } from '../core/model';
import type { SiteAdapter } from '../sites/types';
import { FIRST_SCREEN } from './scanner';

export function prefetchWhileParsing(
  doc: Document,
  adapter: SiteAdapter | undefined,
  ask: (listing: Listing) => void,
  signal: AbortSignal,
  limit = FIRST_SCREEN,
): void {
  const Observer = doc.defaultView?.MutationObserver;
  if (!adapter || !Observer || doc.readyState !== 'loading') return;
  const observer = new Observer(() => {
    if (signal.aborted || doc.readyState !== 'loading') return observer.disconnect();
    const cards = adapter.findCards(doc);
    // A card the parser is still filling would be read half: only those another card follows.
    if (cards.length <= limit) return;
    observer.disconnect();
    try {
      const url = new URL(doc.location?.href ?? 'about:blank');
      for (const { listing } of adapter.parseCards(cards.slice(0, limit), url).found) ask(listing);
    } catch {
      // Asking early is only a head start: the scanner reads these cards again when the page is parsed.
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  doc.addEventListener('DOMContentLoaded', () => observer.disconnect(), { once: true });
}
