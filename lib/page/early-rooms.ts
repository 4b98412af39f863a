/**
 * Room for each card's UI while the page is still arriving. On a real network the marketplace
 * paints its first tiles long before DOMContentLoaded, when the cards are read; room put in only
 * then pushes every tile below down (the jump the card UI must not cause). So, from the moment
 * the profile says this page is ours, each card the parser adds gets its empty room at once
 * (nothing is read from it), in the same microtask checkpoint, before the next frame.
 * Once the first read is done, a card that turned out not to be a listing gives its room back.
 */
import type { SiteAdapter } from '../sites/types';
import { isMarked } from './marks';
import { releaseCardUi, reserveCardUi } from './reserve';

export interface EarlyRooms {
  /** The first read is done: stop watching, and give back the rooms no listing took. */
  done(): void;
}

const NOTHING: EarlyRooms = { done() {} };

export function reserveWhileParsing(
  doc: Document,
  adapter: Pick<SiteAdapter, 'selectors'> | undefined,
  signal: AbortSignal,
): EarlyRooms {
  const Observer = doc.defaultView?.MutationObserver;
  const selector = adapter?.selectors.cards.join(', ') ?? '';
  // Parsed already (the profile came late): the scanner's own reservation does the work.
  if (!Observer || !selector || doc.readyState !== 'loading') return NOTHING;
  const reserved = new Set<Element>();
  const reserve = (card: Element) => {
    // The outermost card only, as the adapter reads it.
    if (reserved.has(card) || card.parentElement?.closest(selector)) return;
    reserved.add(card);
    reserveCardUi(card);
  };
  const consider = (el: Element) => {
    if (el.matches(selector)) reserve(el);
    // The parser adds elements one by one; a subtree added at once (a script's) is searched.
    if (el.firstElementChild) for (const card of Array.from(el.querySelectorAll(selector))) reserve(card);
  };
  const observer = new Observer((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) consider(node as Element);
    }
  });
  for (const card of Array.from(doc.querySelectorAll(selector))) reserve(card);
  observer.observe(doc, { childList: true, subtree: true });
  const stop = () => observer.disconnect();
  signal.addEventListener('abort', stop, { once: true });
  return {
    done() {
      stop();
      for (const card of reserved) if (!isMarked(card)) releaseCardUi(card);
      reserved.clear();
    },
  };
}
