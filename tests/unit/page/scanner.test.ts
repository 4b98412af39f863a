import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageScan } from '@/lib/messages';
import { FIRST_SCREEN, FIRST_SCREEN_WAIT_MS, startScanner } from '@/lib/page/scanner';
import { detectListings } from '@/lib/sites/generic';
import upwork from '@/lib/sites/upwork';
import guru2020 from '../../fixtures/guru/search-2020-03.html?raw';
import feed2024 from '../../fixtures/upwork/feed-most-recent-2024-09.html?raw';
import details from '../../fixtures/upwork/job-details-constructed.html?raw';
import search2026 from '../../fixtures/upwork/search-2026-02.html?raw';

const TILES = 10;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const settle = async () => {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

function loadPage(html: string, url = 'https://www.upwork.com/nx/search/jobs/?q=automation') {
  // happy-dom's own handle on the test window: the scanner reads the page URL from `location`.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)),
  );
}

/** A copy of the page's first tile with a new uid and title, as "Load more" would add. */
function extraTile(uid: string, title: string): Element {
  const tile = document.querySelector('article[data-ev-job-uid]')!.cloneNode(true) as Element;
  tile.removeAttribute('data-skillscout');
  for (const ui of Array.from(tile.querySelectorAll('.test-ui'))) ui.remove();
  tile.setAttribute('data-ev-job-uid', uid);
  const link = tile.querySelector('[data-test~="job-tile-title-link"]')!;
  link.textContent = title;
  link.setAttribute('href', `/jobs/x_~02${uid}/`);
  // A short description keeps a flood of 300 tiles quick to build in happy-dom.
  const description = tile.querySelector('.air3-line-clamp-wrapper p');
  if (description) description.textContent = `Short description of ${title}.`;
  return tile;
}

let controller: AbortController;
let reports: PageScan[];
let report: ReturnType<typeof vi.fn<(scan: PageScan) => Promise<unknown>>>;

beforeEach(() => {
  controller = new AbortController();
  reports = [];
  report = vi.fn(async (scan: PageScan) => {
    reports.push(scan);
    return { stored: scan.listings.length, added: scan.listings.length };
  });
});
afterEach(() => controller.abort());

/** A stand-in for the card UI: the scanner's job is to call it once per new card. */
const decorate = (card: Element) =>
  card.prepend(Object.assign(document.createElement('span'), { className: 'test-ui' }));

const start = (
  adapter: typeof upwork | undefined = upwork,
  extra: Partial<Parameters<typeof startScanner>[0]> = {},
) =>
  startScanner({
    doc: document,
    platform: 'upwork',
    adapter,
    signal: controller.signal,
    report,
    decorate,
    ...extra,
  });

describe('the first scan', () => {
  it('reads, marks and decorates every tile, and reports them in one message', () => {
    loadPage(search2026);
    start();
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(TILES);
    expect(document.querySelectorAll('article > .test-ui')).toHaveLength(TILES);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      platform: 'upwork',
      pageKind: 'search',
      url: 'https://www.upwork.com/nx/search/jobs/?q=automation',
    });
    expect(reports[0]?.listings).toHaveLength(TILES);
  });

  it('reads the first screen of tiles at once and the rest in the next task, reported once', async () => {
    loadPage(search2026);
    for (let n = 0; n < 5; n++) {
      document
        .querySelector('article')
        ?.parentElement?.append(extraTile(`19000000000000000${n}`, `Extra ${n}`));
    }
    const readWhenCalled: number[] = [];
    start(upwork, {
      onFirstScreen: () => {
        readWhenCalled.push(document.querySelectorAll('[data-skillscout="read"]').length);
      },
    });
    expect(readWhenCalled).toEqual([FIRST_SCREEN]);
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(FIRST_SCREEN);
    expect(reports).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(TILES + 5);
    expect(document.querySelectorAll('article > .test-ui')).toHaveLength(TILES + 5);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.listings).toHaveLength(TILES + 5);
    expect(readWhenCalled).toHaveLength(1);
  });

  it('takes the cards read while the page was parsed and a first screen more in its first read', async () => {
    loadPage(search2026);
    const list = document.querySelector('article')?.parentElement;
    for (let n = 0; n < 15; n++)
      list?.append(extraTile(`1900000000000002${String(n).padStart(3, '0')}`, `More ${n}`));
    const tiles = Array.from(document.querySelectorAll('article[data-ev-job-uid]'));
    expect(tiles).toHaveLength(TILES + 15);
    const early = new Set(tiles.slice(0, 12));
    const readWhenCalled: number[] = [];
    start(upwork, {
      readEarly: (card) => early.has(card),
      onFirstScreen: () => {
        readWhenCalled.push(document.querySelectorAll('[data-skillscout="read"]').length);
      },
    });
    // Twelve read early, then all thirteen left: less than a screen more is not worth a round trip.
    expect(readWhenCalled).toEqual([TILES + 15]);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.listings).toHaveLength(TILES + 15);
  });

  it('leaves more than a screen past the early cards and the first screen for later', async () => {
    loadPage(search2026);
    const list = document.querySelector('article')?.parentElement;
    for (let n = 0; n < 25; n++)
      list?.append(extraTile(`1900000000000004${String(n).padStart(3, '0')}`, `More ${n}`));
    const tiles = Array.from(document.querySelectorAll('article[data-ev-job-uid]'));
    expect(tiles).toHaveLength(TILES + 25);
    const early = new Set(tiles.slice(0, 12));
    const readWhenCalled: number[] = [];
    start(upwork, {
      readEarly: (card) => early.has(card),
      onFirstScreen: () => {
        readWhenCalled.push(document.querySelectorAll('[data-skillscout="read"]').length);
      },
    });
    // Twelve read early, then ten: the first screen's worth that still had to be read.
    expect(readWhenCalled).toEqual([12 + FIRST_SCREEN]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(TILES + 25);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.listings).toHaveLength(TILES + 25);
  });

  it('counts only the cards read early from the first on: one read later is read as usual', () => {
    loadPage(search2026);
    const list = document.querySelector('article')?.parentElement;
    for (let n = 0; n < 15; n++)
      list?.append(extraTile(`1900000000000003${String(n).padStart(3, '0')}`, `More ${n}`));
    const tiles = Array.from(document.querySelectorAll('article[data-ev-job-uid]'));
    // The first card changed after its early read: the ones after it count for nothing more.
    const early = new Set(tiles.slice(1, 20));
    start(upwork, { readEarly: (card) => early.has(card) });
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(FIRST_SCREEN);
  });

  it("reads the rest of the first read once the first screen's answers are in, not before", async () => {
    loadPage(search2026);
    for (let n = 0; n < 5; n++) {
      document
        .querySelector('article')
        ?.parentElement?.append(extraTile(`19000000000000001${n}`, `Extra ${n}`));
    }
    let answer = () => {};
    start(upwork, { onFirstScreen: () => new Promise<void>((resolve) => (answer = resolve)) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(FIRST_SCREEN);
    answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(TILES + 5);
    expect(reports).toHaveLength(1);
  });

  it('reads the rest anyway when the first answers never come, or fail', async () => {
    vi.useFakeTimers();
    try {
      loadPage(search2026);
      document.querySelector('article')?.parentElement?.append(extraTile('190000000000000021', 'Extra'));
      start(upwork, { onFirstScreen: () => new Promise<void>(() => {}) });
      await vi.advanceTimersByTimeAsync(FIRST_SCREEN_WAIT_MS - 1);
      expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(FIRST_SCREEN);
      // The wait, then the read in a task of its own.
      await vi.advanceTimersByTimeAsync(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(TILES + 1);
    } finally {
      vi.useRealTimers();
    }
    controller.abort();
    controller = new AbortController();
    loadPage(search2026);
    document.querySelector('article')?.parentElement?.append(extraTile('190000000000000022', 'Extra'));
    start(upwork, { onFirstScreen: () => Promise.reject(new Error('no background')) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(TILES + 1);
  });

  it('asks for a card to be drawn again when the page removes its UI, and only then', async () => {
    loadPage(search2026);
    const restored: Element[] = [];
    const withUi = (card: Element) =>
      card.prepend(Object.assign(document.createElement('div'), { className: 'skillscout-ui' }));
    start(upwork, { decorate: withUi, restore: (card) => restored.push(card) });
    const tile = document.querySelector('article[data-ev-job-uid]') as Element;
    tile.querySelector(':scope > .skillscout-ui')?.remove();
    // The page's own nodes coming and going are no such loss.
    tile.querySelector('h2, h3, a')?.remove();
    await settle();
    expect(restored).toEqual([tile]);
  });

  it('drops the rest of the first read when the content script is invalidated before it', async () => {
    loadPage(search2026);
    document.querySelector('article')?.parentElement?.append(extraTile('190000000000000009', 'Extra'));
    start();
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(FIRST_SCREEN);
    expect(reports).toHaveLength(0);
  });

  it('skips marked tiles on a rescan and sends nothing twice', async () => {
    loadPage(search2026);
    const scanner = start();
    scanner.rescan();
    await settle();
    expect(reports).toHaveLength(1);
    expect(document.querySelectorAll('.test-ui')).toHaveLength(TILES);
  });
});

describe('pages that change', () => {
  it('reads a tile added later, once, in the next frame', async () => {
    loadPage(search2026);
    start();
    const list = document.querySelector('article')!.parentElement!;
    list.append(extraTile('1999999999999999999', 'Lazy tile'));
    await settle();
    expect(reports).toHaveLength(2);
    expect(reports[1]?.listings.map((l) => [l.id, l.title])).toEqual([
      ['upwork:1999999999999999999', 'Lazy tile'],
    ]);
  });

  it('batches many additions in one frame into one report', async () => {
    loadPage(search2026);
    const findCards = vi.spyOn(upwork, 'findCards');
    // A slow machine can take seconds to clone 300 tiles: the "page never rendered" timer must
    // not add its own rescan to the count this test is about.
    start(upwork, { settleMs: 60_000 });
    const list = document.querySelector('article')!.parentElement!;
    for (let i = 0; i < 300; i++)
      list.append(extraTile(`17000000000000${String(i).padStart(5, '0')}`, `Tile ${i}`));
    await settle();
    expect(reports).toHaveLength(2);
    expect(reports[1]?.listings).toHaveLength(300);
    // 300 added nodes is a flood: one rescan of the document, not 300 small ones.
    expect(findCards.mock.calls.filter(([root]) => root === document)).toHaveLength(2);
  }, 20_000); // happy-dom clones 300 tiles slowly; the browser e2e covers real speed

  it('reads the tiles "Load more jobs" appends to Best Matches, and only those', async () => {
    loadPage(
      `${feed2024}<button type="button" data-test="load-more-button">Load more jobs</button>`,
      'https://www.upwork.com/nx/find-work/best-matches',
    );
    start();
    expect(reports[0]?.listings).toHaveLength(2);
    expect(reports[0]?.pageKind).toBe('feed');
    // What Upwork's button does: fetch the next page and append its tiles to the same list.
    const list = document.querySelector('[data-test="job-tile-list"]')!;
    document.querySelector('[data-test="load-more-button"]')!.addEventListener('click', () => {
      for (const [i, uid] of ['1840000000000000001', '1840000000000000002'].entries()) {
        const tile = list.querySelector('section')!.cloneNode(true) as Element;
        tile.removeAttribute('data-skillscout');
        tile.setAttribute('data-ev-opening_uid', uid);
        for (const ui of Array.from(tile.querySelectorAll('.test-ui'))) ui.remove();
        const link = tile.querySelector('a[href*="/jobs/"]')!;
        link.setAttribute('href', `/jobs/More-work_~02${uid}/`);
        link.textContent = `Loaded job ${i + 1}`;
        list.append(tile);
      }
    });
    (document.querySelector('[data-test="load-more-button"]') as HTMLElement).click();
    await settle();
    expect(reports).toHaveLength(2);
    expect(reports[1]?.listings.map((l) => [l.id, l.title])).toEqual([
      ['upwork:1840000000000000001', 'Loaded job 1'],
      ['upwork:1840000000000000002', 'Loaded job 2'],
    ]);
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(4);
  });

  it('sends a job again when its details slider opens with the full description', async () => {
    loadPage(search2026, 'https://www.upwork.com/nx/search/jobs/details/~022024996923792202057');
    start();
    const shortOne = reports[0]?.listings.find((l) => l.id === 'upwork:2024986923792202057');
    const slider = new DOMParser()
      .parseFromString(
        details.replace('<h4', '<a href="/jobs/~022024986923792202057">Open</a><h4'),
        'text/html',
      )
      .querySelector('.job-details-content')!;
    slider.className = 'air3-slider-content';
    document.body.append(document.importNode(slider, true));
    await settle();
    expect(reports).toHaveLength(2);
    const [full] = reports[1]?.listings ?? [];
    expect(full?.id).toBe('upwork:2024986923792202057');
    expect(full?.description.length).toBeGreaterThan(shortOne?.description.length ?? 0);
    // Opened again (or re-rendered) with nothing new: not sent a third time.
    document.querySelector('.air3-slider-content')!.replaceWith(document.importNode(slider, true));
    await settle();
    expect(reports).toHaveLength(2);
  });

  it('stops everything when the content script is invalidated', async () => {
    loadPage(search2026);
    start();
    controller.abort();
    document.querySelector('article')!.parentElement!.append(extraTile('1888888888888888888', 'After abort'));
    await settle();
    expect(reports).toHaveLength(1);
    expect(
      document.querySelector('[data-ev-job-uid="1888888888888888888"]')?.hasAttribute('data-skillscout'),
    ).toBe(false);
  });
});

describe('when the background refuses a report', () => {
  it('keeps the listings and sends them again', async () => {
    loadPage(search2026);
    report.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    start(upwork, { retryMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(report).toHaveBeenCalledTimes(2);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.listings).toHaveLength(TILES);
  });
});

describe('pages it cannot read', () => {
  it('reports a marketplace with no adapter at once and touches nothing', () => {
    loadPage(
      '<html><body><div class="JobSearchCard-item">PHP website</div></body></html>',
      'https://www.freelancer.com/jobs/php/',
    );
    startScanner({
      doc: document,
      platform: 'freelancer',
      adapter: undefined,
      signal: controller.signal,
      report,
    });
    expect(reports).toEqual([
      {
        url: 'https://www.freelancer.com/jobs/php/',
        platform: 'freelancer',
        pageKind: 'other',
        listings: [],
        problem: 'no-adapter',
      },
    ]);
    expect(document.querySelector('[data-skillscout]')).toBeNull();
  });

  it('reports an unrecognised layout once the page has had time to render', async () => {
    loadPage(
      '<html><body><main><h1>Find work</h1><div class="new-job-card">Redesigned</div></main></body></html>',
    );
    start(upwork, { settleMs: 10 });
    expect(reports).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(reports).toEqual([
      {
        url: 'https://www.upwork.com/nx/search/jobs/?q=automation',
        platform: 'upwork',
        pageKind: 'search',
        listings: [],
        problem: 'layout-not-recognised',
      },
    ]);
  });

  it('does not call a page unrecognised when its tiles arrive late', async () => {
    loadPage('<html><body><main id="list"></main></body></html>');
    start(upwork, { settleMs: 20 });
    const parsed = new DOMParser().parseFromString(search2026, 'text/html');
    document.getElementById('list')!.append(document.importNode(parsed.querySelector('article')!, true));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(reports).toHaveLength(1);
    expect(reports[0]?.problem).toBeUndefined();
    expect(reports[0]?.listings).toHaveLength(1);
  });
});

describe('an adapter that breaks', () => {
  it('is reported as an adapter error and leaves the page as it was', () => {
    loadPage(search2026);
    const before = document.body.innerHTML;
    vi.spyOn(upwork, 'findCards').mockImplementation(() => {
      throw new SyntaxError("'article[data-ev-job-uid' is not a valid selector");
    });
    expect(() => start()).not.toThrow();
    expect(reports).toEqual([
      {
        url: 'https://www.upwork.com/nx/search/jobs/?q=automation',
        platform: 'upwork',
        pageKind: 'search',
        listings: [],
        problem: 'adapter-error',
      },
    ]);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('a redesigned page', () => {
  it('is read by the generic detector when the adapter finds nothing, and reported as such', async () => {
    // Guru's job list served where the Upwork adapter expects its own tiles.
    loadPage(guru2020, 'https://www.upwork.com/nx/search/jobs/?q=rails');
    start(upwork, {
      settleMs: 10,
      fallback: (doc, url) => detectListings(doc, url, { platform: 'upwork', minCards: 2 }),
    });
    expect(reports).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(reports.map((r) => [r.problem, r.listings.length])).toEqual([
      ['read-by-generic-detector', 0],
      [undefined, 3],
    ]);
    expect(reports[1]?.listings.map((l) => l.title)).toEqual([
      'Web app upgrade',
      'Ruby on Rails blog site development',
      'Ruby on rails development',
    ]);
    expect(document.querySelectorAll('[data-skillscout="read"]')).toHaveLength(3);
  });
});
