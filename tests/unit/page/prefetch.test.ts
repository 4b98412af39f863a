/**
 * The first screen asked about while the page is parsed: the saved 50-tile Upwork page arriving
 * tile by tile into a document still loading (happy-dom), and the early answers taken by the
 * cards read again at the end.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Listing } from '@/lib/core/model';
import type { Request } from '@/lib/messages/client';
import type { contentMessageSchemas } from '@/lib/messages/content';
import { describeVia } from '@/lib/page/describe';
import { prefetchWhileParsing } from '@/lib/page/prefetch';
import { FIRST_SCREEN } from '@/lib/page/scanner';
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

describe('asking about the first screen while the page is parsed', () => {
  it('reads the first cards once another card follows them, and touches nothing', async () => {
    expect(tiles.length).toBe(50);
    const page = loadingDocument();
    const asked: Listing[] = [];
    prefetchWhileParsing(document, upwork, (l) => asked.push(l), new AbortController().signal);
    for (const tile of tiles.slice(0, FIRST_SCREEN)) document.body.append(document.importNode(tile, true));
    await turn();
    // The tenth card may still be being filled: nothing is read yet.
    expect(asked).toEqual([]);
    for (const tile of tiles.slice(FIRST_SCREEN, 20)) document.body.append(document.importNode(tile, true));
    await turn();
    expect(asked.map((l) => l.id)).toEqual(
      tiles.slice(0, FIRST_SCREEN).map((t) => `upwork:${t.getAttribute('data-ev-job-uid')}`),
    );
    expect(asked[0]?.title.length).toBeGreaterThan(10);
    // Read once, and the page left as the site made it.
    for (const tile of tiles.slice(20)) document.body.append(document.importNode(tile, true));
    await turn();
    expect(asked).toHaveLength(FIRST_SCREEN);
    expect(document.querySelector('[data-skillscout], .skillscout-room, .skillscout-ui')).toBeNull();
    page.parsed();
  });

  it('does nothing on a page already parsed, or once the script is stopped', async () => {
    const asked: Listing[] = [];
    prefetchWhileParsing(document, upwork, (l) => asked.push(l), new AbortController().signal);
    const stop = new AbortController();
    const page = loadingDocument();
    prefetchWhileParsing(document, upwork, (l) => asked.push(l), stop.signal);
    stop.abort();
    for (const tile of tiles.slice(0, 20)) document.body.append(document.importNode(tile, true));
    await turn();
    expect(asked).toEqual([]);
    page.parsed();
  });
});

describe('early answers', () => {
  const listing = (id: string, title = 'Fix a Shopify theme', postedAt = '2026-02-20T10:00:00.000Z') =>
    ({
      id,
      platform: 'upwork',
      url: `https://www.upwork.com/jobs/~02${id}`,
      title,
      description: 'Small change to a product page.',
      postedAt,
      platformSkills: ['Shopify'],
    }) as Listing;

  const recording = () => {
    const sent: string[][] = [];
    const request = (async (_type: string, payload: { listings: Listing[] }) => {
      sent.push(payload.listings.map((l) => l.title));
      return {
        items: payload.listings.map((l) => ({
          id: l.id,
          tags: { skills: [], difficulty: { level: 'beginner', score: 0.1, reasons: [l.title] } },
          queued: false,
        })),
      };
    }) as unknown as Request<typeof contentMessageSchemas>;
    return { sent, describe: describeVia(request) };
  };

  it('are taken by the card read again that reads the same, posted time aside', async () => {
    const { sent, describe } = recording();
    describe.prefetch(listing('1'));
    await describe.settled();
    const answer = await describe(listing('1', 'Fix a Shopify theme', '2026-02-20T10:00:00.042Z'));
    expect(answer?.tags.difficulty.reasons).toEqual(['Fix a Shopify theme']);
    expect(sent).toEqual([['Fix a Shopify theme']]);
  });

  it('are asked again when the card reads otherwise by then, and taken once only', async () => {
    const { sent, describe } = recording();
    describe.prefetch(listing('1'));
    describe.prefetch(listing('2', 'Translate a menu'));
    await describe.settled();
    await describe(listing('1', 'Fix a Shopify theme, and its cart'));
    await describe(listing('2', 'Translate a menu'));
    await describe(listing('2', 'Translate a menu'));
    expect(sent).toEqual([
      ['Fix a Shopify theme', 'Translate a menu'],
      ['Fix a Shopify theme, and its cart'],
      ['Translate a menu'],
    ]);
  });
});
