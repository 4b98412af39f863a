/**
 * The badge and "Show in panel" handlers, through the router (the sender and the payload
 * checked as in the service worker), with the browser's UI recorded.
 */
import { describe, expect, it } from 'vitest';
import { type BrowserUi, createHandlers } from '@/lib/background/handlers';
import { tagListing, tagsFor } from '@/lib/gigs/tagging';
import { createRouter } from '@/lib/messages/router';
import { openDatabase } from '@/lib/store/db';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const ID = 'skillscout-id';
const ORIGIN = `chrome-extension://${ID}`;
const page = { id: ID, url: 'https://www.upwork.com/nx/search/jobs/?q=shopify', tabId: 12 };

function recordingUi(opens: boolean | 'throws' = true) {
  const calls: string[] = [];
  const ui: BrowserUi = {
    showFitCount: async (tabId, fitting) => {
      calls.push(`badge ${tabId} ${fitting}`);
    },
    openPanel: (tabId) => {
      calls.push(`open ${tabId}`);
      return opens === 'throws' ? Promise.reject(new Error('no gesture')) : Promise.resolve(opens);
    },
    pointPanelAt: async (tabId, listingId, at) => {
      calls.push(`point ${tabId} ${listingId} ${at}`);
    },
  };
  return { ui, calls };
}

const routerWith = (ui?: BrowserUi) =>
  createRouter(
    createHandlers({
      db: () => openDatabase({ name: `panel-${crypto.randomUUID()}` }),
      tag: tagListing,
      describe: tagsFor,
      now: () => NOW,
      ...(ui ? { ui } : {}),
    }),
    { extensionId: ID, extensionOrigin: ORIGIN },
  );

const fit = { url: page.url, fitting: 3, total: 10 };

describe('the badge', () => {
  it("shows the count a page reports on that page's tab", async () => {
    const { ui, calls } = recordingUi();
    expect(await routerWith(ui)({ type: 'cs-bg-page-fit', payload: fit }, page)).toEqual({ shown: true });
    expect(calls).toEqual(['badge 12 3']);
  });

  it('refuses a count from an extension page, a malformed one, and one with no tab, showing nothing', async () => {
    const { ui, calls } = recordingUi();
    const route = routerWith(ui);
    const popup = { id: ID, url: `${ORIGIN}/popup.html` };
    expect(await route({ type: 'cs-bg-page-fit', payload: fit }, popup)).toEqual({
      error: expect.stringContaining('cs-bg-page-fit'),
    });
    expect(await route({ type: 'cs-bg-page-fit', payload: { ...fit, fitting: -1 } }, page)).toEqual({
      error: expect.stringMatching(/^cs-bg-page-fit: invalid payload\n.*fitting/s),
    });
    expect(
      await route({ type: 'cs-bg-page-fit', payload: { ...fit, url: 'javascript:alert(1)' } }, page),
    ).toEqual({
      error: expect.stringMatching(/invalid payload/),
    });
    expect(await route({ type: 'cs-bg-page-fit', payload: fit }, { id: ID, url: page.url })).toEqual({
      error: 'there is no active tab',
    });
    expect(calls).toEqual([]);
  });

  it('is not shown where there is no browser UI (tests, scripts), and says so', async () => {
    expect(await routerWith()({ type: 'cs-bg-page-fit', payload: fit }, page)).toEqual({ shown: false });
  });
});

describe('"Show in panel"', () => {
  it("opens the panel first (the click's gesture lasts only so long), then points it at the listing", async () => {
    const { ui, calls } = recordingUi();
    const reply = routerWith(ui)({ type: 'cs-bg-show-in-panel', payload: { listingId: 'upwork:1' } }, page);
    // Asked for at once, before anything was awaited, and before anything else.
    expect(calls[0]).toBe('open 12');
    expect(await reply).toEqual({ opened: true });
    expect(calls).toEqual(['open 12', `point 12 upwork:1 ${NOW}`]);
  });

  it('says the panel did not open when the browser refused, and still points it at the listing', async () => {
    const { ui, calls } = recordingUi(false);
    expect(
      await routerWith(ui)({ type: 'cs-bg-show-in-panel', payload: { listingId: 'upwork:1' } }, page),
    ).toEqual({ opened: false });
    expect(calls).toEqual(['open 12', `point 12 upwork:1 ${NOW}`]);
    expect(
      await routerWith()({ type: 'cs-bg-show-in-panel', payload: { listingId: 'upwork:1' } }, page),
    ).toEqual({ opened: false });
  });
});
