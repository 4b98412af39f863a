/**
 * What the extension does in a tab the user pointed at: read it with the generic scan, or
 * describe its layout. Injected on the user's click only (the popup's buttons, the page's
 * context menu): `activeTab` grants the tab for that click; marketplace tabs are host
 * permissions. The only lib room that calls browser APIs for tabs.
 */
import { browser } from 'wxt/browser';
import { plural, t } from '../core/i18n';
import type { Platform } from '../core/model';
import { marketplaceForHost } from '../core/platforms';

export const SCAN_MENU_ID = 'skillscout-scan-page';

/** The tab the popup was opened over. */
export async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('errorNoActiveTab'));
  return tab.id;
}

async function inject(tabId: number, file: '/generic-scan.js' | '/layout-report.js'): Promise<unknown> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return injection?.result;
}

/** The active tab's marketplace: its URL is visible because the marketplaces are host permissions. */
export async function activeTabPlatform(): Promise<Platform | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url && URL.canParse(tab.url) ? marketplaceForHost(new URL(tab.url).hostname) : undefined;
}

/** Reads the tab with the generic detector; resolves with how many listings it found. */
export async function scanTab(tabId: number): Promise<number> {
  const result = (await inject(tabId, '/generic-scan.js')) as { found?: unknown } | undefined;
  return typeof result?.found === 'number' ? result.found : 0;
}

/** The tab's layout report, built in the tab from its DOM (structure only: see `layoutReport`). */
export async function tabLayoutReport(tabId: number): Promise<string> {
  const report = await inject(tabId, '/layout-report.js');
  if (typeof report !== 'string' || report.length === 0) throw new Error(t('errorNoLayoutReport'));
  return report;
}

/**
 * "Scan this page with SkillScout" in the page's context menu. Made again on every start of the
 * background (Firefox does not keep menus across restarts; Chrome keeps them, hence removeAll).
 * A browser with no context menus (Firefox for Android) has none: the popup's button still scans.
 */
export function registerScanMenu(onScanned: (tabId: number, found: number | Error) => void): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  try {
    menus
      .removeAll()
      .then(() =>
        menus.create({ id: SCAN_MENU_ID, title: t('menuScanPage'), contexts: ['page', 'selection', 'link'] }),
      )
      .catch(() => {
        // No menu this time; the popup's button is the other way to scan.
      });
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== SCAN_MENU_ID || tab?.id === undefined) return;
      const tabId = tab.id;
      scanTab(tabId).then(
        (found) => onScanned(tabId, found),
        (error: unknown) => onScanned(tabId, error instanceof Error ? error : new Error(String(error))),
      );
    });
  } catch {
    // The background must start whatever the menus API does.
  }
}

/**
 * The count on the toolbar icon for this tab: what the menu's scan found ("!" when it could not
 * run), with a tooltip that says so (on marketplace pages the count is of the listings that fit).
 */
export function showScanResult(tabId: number, found: number | Error): void {
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeText({ tabId, text: found instanceof Error ? '!' : String(found) });
  void action.setTitle({
    tabId,
    title: found instanceof Error ? t('badgeScanFailed', found.message) : plural('badgeScanned', found),
  });
}
