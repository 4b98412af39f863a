import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerScanMenu, SCAN_MENU_ID, showScanResult } from '@/lib/extension/tabs';

const SCAN_MENU_TITLE = 'Scan this page with SkillScout';

type Clicked = (info: { menuItemId: string | number }, tab?: { id?: number }) => void;

/** WXT's fake browser has no menus: a stand-in that records what is made and who listens. */
function fakeMenus() {
  const made: object[] = [];
  let clicked: Clicked | undefined;
  Object.assign(fakeBrowser.contextMenus, {
    removeAll: vi.fn(async () => {
      made.length = 0;
    }),
    create: vi.fn((item: object) => made.push(item)),
    onClicked: { addListener: (listener: Clicked) => (clicked = listener) },
  });
  return { made, click: (info: { menuItemId: string }, tab?: { id?: number }) => clicked?.(info, tab) };
}

beforeEach(() => fakeBrowser.reset());

describe('the context menu', () => {
  it('offers "Scan this page with SkillScout" on pages, selections and links, made afresh each start', async () => {
    const menus = fakeMenus();
    const item = { id: SCAN_MENU_ID, title: SCAN_MENU_TITLE, contexts: ['page', 'selection', 'link'] };
    registerScanMenu(() => {});
    await vi.waitFor(() => expect(menus.made).toEqual([item]));
    // The next start of the service worker: the menu it finds is replaced, not doubled.
    registerScanMenu(() => {});
    await vi.waitFor(() => expect(fakeBrowser.contextMenus.create).toHaveBeenCalledTimes(2));
    await vi.waitFor(() =>
      expect(menus.made).toEqual([
        { id: SCAN_MENU_ID, title: SCAN_MENU_TITLE, contexts: ['page', 'selection', 'link'] },
      ]),
    );
  });

  it('scans the clicked tab with the generic scan and reports what it found', async () => {
    const menus = fakeMenus();
    const injected: object[] = [];
    Object.assign(fakeBrowser.scripting, {
      executeScript: vi.fn(async (options: object) => {
        injected.push(options);
        return [{ result: { found: 4 } }];
      }),
    });
    const results: Array<[number, number | Error]> = [];
    registerScanMenu((tabId, found) => results.push([tabId, found]));
    menus.click({ menuItemId: 'something-else' }, { id: 3 });
    menus.click({ menuItemId: SCAN_MENU_ID }, { id: 9 });
    await vi.waitFor(() => expect(results).toEqual([[9, 4]]));
    expect(injected).toEqual([{ target: { tabId: 9 }, files: ['/generic-scan.js'] }]);
  });

  it('reports a page that cannot be scanned, and a browser without menus still starts', async () => {
    const menus = fakeMenus();
    Object.assign(fakeBrowser.scripting, {
      executeScript: vi.fn(async () => {
        throw new Error('Cannot access a chrome:// URL');
      }),
    });
    const results: Array<[number, number | Error]> = [];
    registerScanMenu((tabId, found) => results.push([tabId, found]));
    menus.click({ menuItemId: SCAN_MENU_ID }, { id: 2 });
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(String(results[0]?.[1])).toBe('Error: Cannot access a chrome:// URL');
    // WXT's fake browser throws on every menus call: the background must start regardless.
    fakeBrowser.reset();
    expect(() => registerScanMenu(() => {})).not.toThrow();
  });
});

describe('the scan result on the toolbar', () => {
  it('shows the count with a tooltip that says it is what the scan found, or that the scan failed', async () => {
    showScanResult(9, 4);
    showScanResult(10, 1);
    showScanResult(11, new Error('Cannot access a chrome:// URL'));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: 11 })).not.toBe(''));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('4');
    expect(await fakeBrowser.action.getTitle({ tabId: 9 })).toBe(
      'SkillScout: your scan found 4 listings on this page',
    );
    expect(await fakeBrowser.action.getTitle({ tabId: 10 })).toBe(
      'SkillScout: your scan found 1 listing on this page',
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 11 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 11 })).toBe(
      'SkillScout could not scan this page: Cannot access a chrome:// URL',
    );
  });
});
