/**
 * Room for the card UI before its tags arrive: an empty block where the UI will stand, held open
 * by the page style's minimum height, put in when the card is read (before the page's first
 * paint when the profile is read by then). The UI takes its place in the same task, so the
 * listing below does not jump when the chips appear; a card whose tags never come gives its room
 * back. Not the UI's own class: what finds `.skillscout-ui` finds drawn UIs only.
 */
import { UI_CLASS } from './card-ui';
import { ensurePageStyle } from './styles';

export const ROOM_CLASS = 'skillscout-room';

export function reserveCardUi(card: Element): void {
  if (card.querySelector(`:scope > .${UI_CLASS}, :scope > .${ROOM_CLASS}`)) return;
  const doc = card.ownerDocument;
  ensurePageStyle(doc);
  const room = doc.createElement('div');
  room.className = ROOM_CLASS;
  room.setAttribute('aria-hidden', 'true');
  card.prepend(room);
}

export function releaseCardUi(card: Element): void {
  card.querySelector(`:scope > .${ROOM_CLASS}`)?.remove();
}
