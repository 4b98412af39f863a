/** The tab the user is looking at when they open the popup. */
import { browser } from 'wxt/browser';
import type { Platform } from '../core/model';
import { marketplaceForHost } from '../core/platforms';

/** Reads the active tab with the generic detector; the popup's click grants activeTab for it. */
export async function scanActiveTab(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('there is no active tab');
  const [injection] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    files: ['/generic-scan.js'],
  });
  const result = injection?.result as { found?: unknown } | undefined;
  return typeof result?.found === 'number' ? result.found : 0;
}

/** The active tab's marketplace: its URL is visible because the marketplaces are host permissions. */
export async function activeTabPlatform(): Promise<Platform | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url && URL.canParse(tab.url) ? marketplaceForHost(new URL(tab.url).hostname) : undefined;
}
