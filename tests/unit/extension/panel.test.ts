/**
 * The side panel's browser side on WXT's fake browser: opening it in either browser, the listing
 * it is asked to show (session storage), and the tab it follows.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  followTabs,
  openPanel,
  type PanelFocus,
  panelOpenerForActiveTab,
  pointPanelAt,
  watchPanelFocus,
} from '@/lib/extension/panel';

// WXT's fake browser has neither Chrome's side panel nor Firefox's sidebar: each test brings its own.
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  Reflect.deleteProperty(fakeBrowser, 'sidebarAction');
  Reflect.deleteProperty(fakeBrowser, 'sidePanel');
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('openPanel', () => {
  it("opens Chrome's side panel for the tab, or says false when Chrome refuses (no user gesture)", async () => {
    const open = vi.fn(async (_options: { tabId: number }) => {});
    Object.assign(fakeBrowser, { sidePanel: { open } });
    expect(await openPanel(5)).toBe(true);
    expect(open).toHaveBeenCalledWith({ tabId: 5 });
    open.mockRejectedValueOnce(
      new Error('`sidePanel.open()` may only be called in response to a user gesture.'),
    );
    expect(await openPanel(5)).toBe(false);
  });

  it("opens Firefox's sidebar where there is no side panel, and says false where there is neither", async () => {
    expect(await openPanel(5)).toBe(false);
    const open = vi.fn(async () => {});
    Object.assign(fakeBrowser, { sidebarAction: { open } });
    expect(await openPanel(5)).toBe(true);
    open.mockRejectedValueOnce(new Error('sidebarAction.open may only be called from a user input handler'));
    expect(await openPanel(5)).toBe(false);
  });
});

describe('the listing the panel is asked to show', () => {
  it('reaches a panel open now, and a panel opened later', async () => {
    const seen: PanelFocus[] = [];
    const stop = watchPanelFocus((focus) => seen.push(focus));
    await pointPanelAt(4, 'upwork:1', 1000);
    await settle();
    expect(seen).toEqual([{ tabId: 4, listingId: 'upwork:1', at: 1000 }]);
    stop();
    await pointPanelAt(4, 'upwork:2', 2000);
    await settle();
    expect(seen).toHaveLength(1);
    const later: PanelFocus[] = [];
    watchPanelFocus((focus) => later.push(focus));
    await settle();
    expect(later).toEqual([{ tabId: 4, listingId: 'upwork:2', at: 2000 }]);
  });

  it('ignores a stored value of another shape', async () => {
    await fakeBrowser.storage.session.set({ panelFocus: { tabId: 'four', listingId: 'upwork:1' } });
    const seen: PanelFocus[] = [];
    watchPanelFocus((focus) => seen.push(focus));
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('followTabs', () => {
  async function tabs() {
    await fakeBrowser.windows.create({ focused: true });
    const upwork = await fakeBrowser.tabs.create({ url: 'https://www.upwork.com/nx/search/jobs/' });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    return { upwork: upwork.id ?? -1, other: other.id ?? -1, windowId: upwork.windowId ?? -1 };
  }

  it('follows the tab it was pinned to, then every tab the user switches to in its window', async () => {
    const { upwork, other, windowId } = await tabs();
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    const seen: Array<number | undefined> = [];
    const stop = await followTabs((tabId) => seen.push(tabId), upwork);
    expect(seen).toEqual([upwork]);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other, windowId });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: windowId + 1 });
    expect(seen).toEqual([upwork, other]);
    // Its page navigating, or finishing loading, reads it again; another tab's does not.
    await fakeBrowser.tabs.onUpdated.trigger(other, { url: 'https://example.org/b' }, { id: other } as never);
    await fakeBrowser.tabs.onUpdated.trigger(other, { status: 'complete' }, { id: other } as never);
    await fakeBrowser.tabs.onUpdated.trigger(upwork, { status: 'complete' }, { id: upwork } as never);
    await fakeBrowser.tabs.onUpdated.trigger(other, { title: 'B' }, { id: other } as never);
    expect(seen).toEqual([upwork, other, other, other]);
    await fakeBrowser.tabs.onRemoved.trigger(other, { windowId, isWindowClosing: false });
    expect(seen.at(-1)).toBeUndefined();
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: upwork, windowId });
    expect(seen).toHaveLength(5);
  });

  it("reads the page again when the tab's content script reports its cards, and only that tab's", async () => {
    const { upwork, other } = await tabs();
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    const seen: Array<number | undefined> = [];
    await followTabs((tabId) => seen.push(tabId), upwork);
    const report = {
      type: 'cs-bg-page-fit',
      payload: { url: 'https://www.upwork.com/x', fitting: 2, total: 9 },
    };
    const replies = await fakeBrowser.runtime.onMessage.trigger(report, { tab: { id: upwork } } as never);
    // The panel only listens: the background answers the report.
    expect(replies).toEqual([undefined]);
    await fakeBrowser.runtime.onMessage.trigger(report, { tab: { id: other } } as never);
    await fakeBrowser.runtime.onMessage.trigger({ ...report, payload: { fitting: 'many' } }, {
      tab: { id: upwork },
    } as never);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'ui-bg-get-summary', payload: {} }, {
      tab: { id: upwork },
    } as never);
    expect(seen).toEqual([upwork, upwork]);
  });

  it("starts on the window's active tab, never on the panel's own tab when it is one", async () => {
    const { upwork, other, windowId } = await tabs();
    // The fake browser keeps no active tab of its own: the window's active tab is the Upwork one.
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([(await fakeBrowser.tabs.get(upwork)) as never]);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    const seen: Array<number | undefined> = [];
    await followTabs((tabId) => seen.push(tabId));
    expect(seen).toEqual([upwork]);
    expect(query).toHaveBeenCalledWith({ active: true, windowId });
    // Opened as a page in a tab: that tab is itself, not one to show.
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue((await fakeBrowser.tabs.get(upwork)) as never);
    const own: Array<number | undefined> = [];
    await followTabs((tabId) => own.push(tabId));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: upwork, windowId });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other, windowId });
    expect(own).toEqual([undefined, other]);
  });
});

describe("the popup's opener", () => {
  it('looks the tab up when the popup opens, so that the click opens the panel straight away', async () => {
    const open = vi.fn(async (_options: { tabId: number }) => {});
    Object.assign(fakeBrowser, { sidePanel: { open } });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 21 } as never]);
    const openNow = panelOpenerForActiveTab();
    // Clicked before the lookup answered: nothing to open yet, and it says so.
    expect(await openNow()).toBe(false);
    await settle();
    const opening = openNow();
    expect(open).toHaveBeenCalledWith({ tabId: 21 });
    expect(await opening).toBe(true);
  });
});
