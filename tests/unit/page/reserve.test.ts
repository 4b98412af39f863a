/** Room for the card UI, kept from the moment a card is read until its UI takes it or it is given back. */
import { afterEach, describe, expect, it } from 'vitest';
import { UI_CLASS } from '@/lib/page/card-ui';
import { ROOM_CLASS, releaseCardUi, reserveCardUi } from '@/lib/page/reserve';
import { PAGE_STYLE_ID, RESERVED_HEIGHT_PX } from '@/lib/page/styles';

function card(): Element {
  const article = document.createElement('article');
  article.append(Object.assign(document.createElement('h2'), { textContent: 'Build shopify website b2b' }));
  document.body.append(article);
  return article;
}

afterEach(() => {
  document.body.replaceChildren();
  document.getElementById(PAGE_STYLE_ID)?.remove();
});

describe('reserving the card UI', () => {
  it('puts one empty block first in the card, held open by the page style, and no UI yet', () => {
    const tile = card();
    reserveCardUi(tile);
    reserveCardUi(tile);
    const rooms = tile.querySelectorAll(`:scope > .${ROOM_CLASS}`);
    expect(rooms).toHaveLength(1);
    expect(tile.firstElementChild).toBe(rooms[0]);
    expect(rooms[0]?.childNodes).toHaveLength(0);
    expect(rooms[0]?.getAttribute('aria-hidden')).toBe('true');
    expect(tile.querySelector(`.${UI_CLASS}`)).toBeNull();
    expect(document.getElementById(PAGE_STYLE_ID)?.textContent).toContain(
      `.${ROOM_CLASS} { display: block; min-height: ${RESERVED_HEIGHT_PX}px;`,
    );
  });

  it('leaves a card that already shows its UI alone', () => {
    const tile = card();
    const ui = Object.assign(document.createElement('div'), { className: UI_CLASS });
    tile.prepend(ui);
    reserveCardUi(tile);
    expect(tile.querySelector(`.${ROOM_CLASS}`)).toBeNull();
    releaseCardUi(tile);
    expect(tile.firstElementChild).toBe(ui);
  });

  it('gives the room back, leaving the card as the site made it', () => {
    const tile = card();
    const before = tile.innerHTML;
    reserveCardUi(tile);
    releaseCardUi(tile);
    expect(tile.innerHTML).toBe(before);
  });
});
