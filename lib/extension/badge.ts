/**
 * The toolbar badge of a marketplace tab: how many listings on the page fit the profile, with a
 * tooltip that says so. Set per tab, so each tab shows its own count. Browsers reset a tab's badge
 * and tooltip when it loads another page (tests/e2e/panel.test.ts checks it in Chromium; MDN
 * says so for Firefox), and a marketplace's in-page navigation is counted again by the content
 * script, so nothing here listens to `tabs.onUpdated`: such a listener woke the worker for every
 * tab of every site. Pages that are no marketplace have no content script, so no count.
 */
import { browser } from 'wxt/browser';
import { plural } from '../core/i18n';

const action = () => browser.action ?? browser.browserAction;

export async function showFitCount(tabId: number, fitting: number): Promise<void> {
  await Promise.all([
    // No "0" on the icon: a page with nothing for the user stays quiet; the tooltip still says so.
    action().setBadgeText({ tabId, text: fitting > 0 ? String(fitting) : '' }),
    action().setBadgeBackgroundColor?.({ tabId, color: '#2e7d32' }),
    action().setTitle({ tabId, title: plural('badgeFitting', fitting) }),
  ]);
}
