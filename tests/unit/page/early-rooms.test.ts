/** Room for the card UI while the page is still being parsed, given back by cards that are not listings. */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { reserveWhileParsing } from '@/lib/page/early-rooms';
import { markCard } from '@/lib/page/marks';
import { ROOM_CLASS } from '@/lib/page/reserve';
import upwork from '@/lib/sites/upwork';
import search2026 from '../../fixtures/upwork/search-2026-02.html?raw';

/** A page the parser is still reading: a fresh document that says it is loading. */
function loadingPage(): Document {
  const doc = new Window().document as unknown as Document;
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return doc;
}

/** The real 2026 tiles, taken from the saved page, to be added as the parser would add them. */
function realTiles(doc: Document): Element[] {
  const saved = new DOMParser().parseFromString(search2026, 'text/html');
  return Array.from(saved.querySelectorAll('article[data-ev-job-uid]'), (t) => doc.importNode(t, true));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const rooms = (root: ParentNode) => root.querySelectorAll(`.${ROOM_CLASS}`).length;

describe('reserveWhileParsing', () => {
  it('puts a room first in every tile as it arrives, before anything reads it', async () => {
    const doc = loadingPage();
    reserveWhileParsing(doc, upwork, new AbortController().signal);
    const list = doc.createElement('section');
    doc.body.append(list);
    const tiles = realTiles(doc);
    expect(tiles).toHaveLength(10);
    for (const tile of tiles) list.append(tile);
    await settle();
    expect(tiles.every((t) => t.firstElementChild?.classList.contains(ROOM_CLASS))).toBe(true);
    expect(rooms(doc)).toBe(10);
    // A subtree added at once (a script's) is searched too.
    const wrapper = doc.createElement('div');
    wrapper.append(...realTiles(doc).slice(0, 2));
    list.append(wrapper);
    await settle();
    expect(rooms(wrapper)).toBe(2);
  });

  it('gives the room back, once the first read is done, in tiles the read did not take', async () => {
    const doc = loadingPage();
    const early = reserveWhileParsing(doc, upwork, new AbortController().signal);
    const tiles = realTiles(doc);
    doc.body.append(...tiles);
    await settle();
    for (const t of tiles.slice(0, 7)) markCard(t, 'read');
    early.done();
    expect(tiles.slice(0, 7).every((t) => rooms(t) === 1)).toBe(true);
    expect(tiles.slice(7).every((t) => rooms(t) === 0)).toBe(true);
    // And it no longer watches.
    const late = realTiles(doc)[0] as Element;
    doc.body.append(late);
    await settle();
    expect(rooms(late)).toBe(0);
  });

  it('stops watching when the content script is invalidated', async () => {
    const doc = loadingPage();
    const controller = new AbortController();
    reserveWhileParsing(doc, upwork, controller.signal);
    controller.abort();
    const [tile] = realTiles(doc);
    doc.body.append(tile as Element);
    await settle();
    expect(rooms(doc)).toBe(0);
  });

  it('does nothing on a page already parsed, or with no adapter', async () => {
    const parsed = new Window().document as unknown as Document;
    reserveWhileParsing(parsed, upwork, new AbortController().signal).done();
    parsed.body.append(...realTiles(parsed));
    const noAdapter = loadingPage();
    reserveWhileParsing(noAdapter, undefined, new AbortController().signal);
    noAdapter.body.append(...realTiles(noAdapter));
    await settle();
    expect(rooms(parsed) + rooms(noAdapter)).toBe(0);
  });
});
