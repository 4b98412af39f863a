/**
 * Room for the card UI before its tags arrive: an empty host where the UI will stand, held open
 * by the page style's minimum height, put in when the card is read (before the page's first
 * paint, on a page read at document_end). The UI then takes its place in one write, so the
 * listing below does not jump when the chips appear; a card whose tags never come gives its room
 * back.
 */
import { UI_CLASS } from './card-ui';
import { ensurePageStyle } from './styles';

/** On the empty host only: the drawn UI replaces it. */
export const RESERVED_ATTRIBUTE = 'data-skillscout-reserved';

export function reserveCardUi(card: Element): void {
  if (card.querySelector(`:scope > .${UI_CLASS}`)) return;
  const doc = card.ownerDocument;
  ensurePageStyle(doc);
  const host = doc.createElement('div');
  host.className = UI_CLASS;
  host.setAttribute(RESERVED_ATTRIBUTE, '');
  card.prepend(host);
}

export function releaseCardUi(card: Element): void {
  card.querySelector(`:scope > .${UI_CLASS}[${RESERVED_ATTRIBUTE}]`)?.remove();
}
