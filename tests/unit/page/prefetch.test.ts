/**
 * Cards read while the page is parsed: the saved 50-tile Upwork page arriving tile by tile into
 * a document still loading (happy-dom), each read handed on with its card, and those reads handed
 * to the page's first read unless the site changed the card since (its own UI drawn meanwhile is
 * no change).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Listing } from '@/lib/core/model';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { assessFit } from '@/lib/gigs/fit';
import { tagsFor } from '@/lib/gigs/tagging';
import { renderCardUi } from '@/lib/page/card-ui';
import { type EarlyReadOptions, readWhileParsing } from '@/lib/page/prefetch';
import { reserveCardUi } from '@/lib/page/reserve';
import upwork from '@/lib/sites/upwork';
import fifty from '../../fixtures/upwork/search-50-constructed.html?raw';

const tiles = Array.from(
  new DOMParser().parseFromString(fifty, 'text/html').querySelectorAll('article[data-ev-job-uid]'),
);

/** The document reads as still loading until `parsed()`, which fires DOMContentLoaded. */
function loadingDocument() {
  let state: DocumentReadyState = 'loading';
  const restore = vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
  return {
    parsed() {
      state = 'interactive';
      document.dispatchEvent(new Event('DOMContentLoaded'));
      restore.mockRestore();
    },
  };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const uidOf = (tile: Element) => `upwork:${tile.getAttribute('data-ev-job-uid')}`;
const arrive = (from: number, to: number) => {
  for (const tile of tiles.slice(from, to)) document.body.append(document.importNode(tile, true));
};
const pageUrl = new URL('https://www.upwork.com/nx/search/jobs/?q=shopify');

/** No time limit per chunk: happy-dom reads a card in a few milliseconds, a slow machine in more. */
const unhurried = { budgetMs: Number.POSITIVE_INFINITY };

/** Early reading of the test document with the Upwork adapter, and what it asked about, in order. */
function startReading(options: EarlyReadOptions = unhurried, signal = new AbortController().signal) {
  const asked: Listing[] = [];
  const cards: Element[] = [];
  const early = readWhileParsing(
    document,
    upwork,
    (card, listing) => {
      cards.push(card);
      asked.push(listing);
    },
    signal,
    options,
  );
  return { asked, cards, early };
}

/**
 * A clock that moves a millisecond each time it is read (two cards fit in the chunk's 3 ms, four
 * in a task's 5) and the tasks it asks for, run by the test one at a time.
 */
function steppedReading() {
  let time = 0;
  const tasks: Array<() => void> = [];
  return {
    tasks,
    budgetMs: 3,
    taskBudgetMs: 5,
    clock: () => time++,
    later: (task: () => void) => {
      tasks.push(task);
    },
  };
}

describe('reading cards while the page is parsed', () => {
  it('reads each card once something follows it, asks about it, and touches nothing', async () => {
    expect(tiles.length).toBe(50);
    const page = loadingDocument();
    const { asked } = startReading();
    arrive(0, 10);
    await turn();
    // The tenth card may still be being filled by the parser: nothing follows it yet.
    expect(asked.map((l) => l.id)).toEqual(tiles.slice(0, 9).map(uidOf));
    expect(asked[0]?.title.length).toBeGreaterThan(10);
    document.body.append(document.createTextNode('\n'));
    await turn();
    expect(asked.map((l) => l.id)).toEqual(tiles.slice(0, 10).map(uidOf));
    arrive(10, 50);
    document.body.append(document.createElement('footer'));
    await turn();
    // Each card once, and the page left as the site made it.
    expect(asked.map((l) => l.id)).toEqual(tiles.map(uidOf));
    expect(document.querySelector('[data-skillscout], .skillscout-room, .skillscout-ui')).toBeNull();
    page.parsed();
  });

  it("hands the same reads to the page's first read, and reads again only the cards not read early", async () => {
    const page = loadingDocument();
    const { asked, early } = startReading();
    arrive(0, 20);
    await turn();
    page.parsed();
    const cards = upwork.findCards(document);
    expect(cards.filter((card) => early.has(card))).toHaveLength(19);
    const parse = vi.spyOn(upwork, 'parseCards');
    const { found } = early.adapter!.parseCards(cards, pageUrl);
    expect(found.map((f) => f.card)).toEqual(cards);
    // The very objects read early (their answers are taken without comparing), the last card read now.
    expect(found.slice(0, 19).map((f) => f.listing)).toEqual(asked.slice(0, 19));
    for (const [i, f] of found.slice(0, 19).entries()) expect(f.listing).toBe(asked[i]);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(parse.mock.calls[0]?.[0]).toEqual([cards[19]]);
    expect(found[19]?.listing.id).toBe(uidOf(tiles[19] as Element));
    // From then on every card is read as it comes: the early reads are gone.
    expect(early.has(cards[0] as Element)).toBe(false);
    early.adapter!.parseCards(cards.slice(0, 2), pageUrl);
    expect(parse.mock.calls[1]?.[0]).toEqual(cards.slice(0, 2));
  });

  it('reads again a card that a script changed after its early read, its text or its link', async () => {
    const page = loadingDocument();
    const { early } = startReading();
    arrive(0, 12);
    await turn();
    const cards = upwork.findCards(document);
    const title = cards[0]?.querySelector('[data-test~="job-tile-title-link"]');
    title!.textContent = 'Rewritten by the page: Shopify theme fix';
    cards[1]?.querySelector('a[href]')?.setAttribute('href', '/jobs/changed_~021900000000000000001/');
    // Not yet delivered to the observer when the page's first read asks: still seen.
    page.parsed();
    expect(early.has(cards[0] as Element)).toBe(false);
    expect(early.has(cards[1] as Element)).toBe(false);
    expect(early.has(cards[2] as Element)).toBe(true);
    const { found } = early.adapter!.parseCards(cards, pageUrl);
    expect(found[0]?.listing.title).toBe('Rewritten by the page: Shopify theme fix');
  });

  it('hands on each card with its read, and keeps the read when only its own UI was drawn since', async () => {
    const page = loadingDocument();
    const { asked, cards, early } = startReading();
    arrive(0, 12);
    await turn();
    expect(cards).toEqual(upwork.findCards(document).slice(0, 11));
    const [drawn, roomOnly] = cards as [Element, Element];
    const tags = tagsFor(asked[0] as Listing);
    // What the page UI does to a card while the rest of the page arrives: room, then chips and marks.
    reserveCardUi(roomOnly);
    reserveCardUi(drawn);
    renderCardUi(
      drawn,
      {
        listing: asked[0] as Listing,
        tags,
        fit: assessFit(DEFAULT_PROFILE, tags),
        saved: false,
        hideMode: 'none',
        highlight: true,
      },
      async () => undefined,
    );
    drawn.querySelector(':scope > .skillscout-room')?.remove();
    await turn();
    arrive(12, 14);
    await turn();
    page.parsed();
    expect(drawn.hasAttribute('data-skillscout-fit')).toBe(true);
    expect(early.has(drawn)).toBe(true);
    expect(early.has(roomOnly)).toBe(true);
    // Not read again: the objects handed on are the ones the page's first read takes.
    const { found } = early.adapter!.parseCards([drawn, roomOnly], pageUrl);
    expect(found.map((f) => f.listing)).toEqual(asked.slice(0, 2));
    expect(found[0]?.listing).toBe(asked[0]);
  });

  it('does nothing on a page already parsed, or once the script is stopped', async () => {
    const parsedAlready = startReading();
    expect(parsedAlready.early.adapter).toBe(upwork);
    const stop = new AbortController();
    const page = loadingDocument();
    const stopped = startReading(unhurried, stop.signal);
    stop.abort();
    arrive(0, 20);
    await turn();
    expect([...parsedAlready.asked, ...stopped.asked]).toEqual([]);
    expect(stopped.early.has(upwork.findCards(document)[0] as Element)).toBe(false);
    page.parsed();
  });

  it('reads for a few milliseconds per parser chunk, and the rest in tasks of its own', async () => {
    const page = loadingDocument();
    const { tasks, ...stepped } = steppedReading();
    const { asked, early } = startReading(stepped);
    arrive(0, 12);
    await turn();
    expect(asked.map((l) => l.id)).toEqual(tiles.slice(0, 2).map(uidOf));
    expect(tasks).toHaveLength(1);
    tasks.shift()?.();
    expect(asked.map((l) => l.id)).toEqual(tiles.slice(0, 6).map(uidOf));
    expect(tasks).toHaveLength(1);
    // The page is parsed and its first read takes what was read: the task left does nothing more.
    page.parsed();
    early.adapter?.parseCards(upwork.findCards(document), pageUrl);
    tasks.shift()?.();
    expect(asked).toHaveLength(6);
    expect(tasks).toHaveLength(0);
  });

  it('reads every card the parser is past, in as many tasks as it takes', async () => {
    const page = loadingDocument();
    const { tasks, ...stepped } = steppedReading();
    const { asked } = startReading(stepped);
    arrive(0, 30);
    await turn();
    while (tasks.length > 0) tasks.shift()?.();
    // The thirtieth may still be being filled: nothing follows it.
    expect(asked.map((l) => l.id)).toEqual(tiles.slice(0, 29).map(uidOf));
    page.parsed();
  });

  it('reads at most as many cards early as it is told, and leaves the rest to the scanner', async () => {
    const page = loadingDocument();
    const { asked } = startReading({ most: 15, ...unhurried });
    arrive(0, 40);
    await turn();
    expect(asked.map((l) => l.id)).toEqual(tiles.slice(0, 15).map(uidOf));
    page.parsed();
  });
});
