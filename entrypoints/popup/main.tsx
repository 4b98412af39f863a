import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { popupApiOver } from '@/components/popup-api';
import { loadProfile } from '@/components/storage';
import { activeTabId, scanTab, tabLayoutReport } from '@/lib/extension/tabs';
import '@/components/theme.css';
import { uiMessageSchemas } from '@/lib/messages/ui';
import { createMessenger } from '@/lib/messenger';
import type { Platform } from '@/lib/model';
import { marketplaceForHost } from '@/lib/sites/hosts';

const request = createMessenger((message) => browser.runtime.sendMessage(message), uiMessageSchemas);

/** The active tab's marketplace: its URL is visible because the marketplaces are host permissions. */
async function currentPlatform(): Promise<Platform | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url && URL.canParse(tab.url) ? marketplaceForHost(new URL(tab.url).hostname) : undefined;
}

const api = popupApiOver(request, {
  // The popup's click grants activeTab for the tab it was opened over.
  scanThisPage: async () => scanTab(await activeTabId()),
  layoutReport: async () => tabLayoutReport(await activeTabId()),
  copyText: (text) => navigator.clipboard.writeText(text),
  loadProfile,
  currentPlatform,
});

const root = document.getElementById('app');
if (root) render(<Popup api={api} />, root);
