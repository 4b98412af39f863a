import { render } from 'preact';
import { browser } from 'wxt/browser';
import { popupApiOver } from '@/components/popup/api';
import { Popup } from '@/components/popup/Popup';
import { loadProfile } from '@/lib/extension/profile-storage';
import '@/components/shared/theme.css';
import type { Platform } from '@/lib/core/model';
import { marketplaceForHost } from '@/lib/core/platforms';
import { createMessenger } from '@/lib/messages/client';
import { uiMessageSchemas } from '@/lib/messages/ui';

const request = createMessenger((message) => browser.runtime.sendMessage(message), uiMessageSchemas);

/** Reads the active tab with the generic detector; the popup's click grants activeTab for it. */
async function scanThisPage(): Promise<number> {
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
async function currentPlatform(): Promise<Platform | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url && URL.canParse(tab.url) ? marketplaceForHost(new URL(tab.url).hostname) : undefined;
}

const api = popupApiOver(request, { scanThisPage, loadProfile, currentPlatform });

const root = document.getElementById('app');
if (root) render(<Popup api={api} />, root);
