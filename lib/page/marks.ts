/**
 * The `data-skillscout` attribute every card the extension has read carries, so users'
 * styles, tests and other tools can find them, and so the scanner skips them next time.
 */
export const MARK_ATTRIBUTE = 'data-skillscout';

export type CardState = 'read';

export function markCard(card: Element, state: CardState): void {
  card.setAttribute(MARK_ATTRIBUTE, state);
}

export function isMarked(card: Element): boolean {
  return card.hasAttribute(MARK_ATTRIBUTE);
}
