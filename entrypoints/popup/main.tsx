import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import '@/components/theme.css';
import { uiMessageSchemas } from '@/lib/messages/ui';
import { createMessenger } from '@/lib/messenger';

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

const root = document.getElementById('app');
if (root) {
  render(
    <Popup
      loadSummary={() => request('ui-bg-get-summary', { recentLimit: 8 })}
      scanThisPage={scanThisPage}
    />,
    root,
  );
}
