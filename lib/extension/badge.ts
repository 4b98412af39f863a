/**
 * The toolbar badge of a marketplace tab: how many listings on the page fit the profile, with a
 * tooltip that says so. Set per tab, so each tab shows its own count; cleared when the tab goes
 * to another address (the page's content script counts again for the new one). Pages that are
 * no marketplace have no content script, so no count.
 */
import { browser } from 'wxt/browser';
import { plural, t } from '../core/i18n';

const action = () => browser.action ?? browser.browserAction;

export async function showFitCount(tabId: number, fitting: number): Promise<void> {
  await Promise.all([
    // No "0" on the icon: a page with nothing for the user stays quiet; the tooltip still says so.
    action().setBadgeText({ tabId, text: fitting > 0 ? String(fitting) : '' }),
    action().setBadgeBackgroundColor?.({ tabId, color: '#2e7d32' }),
    action().setTitle({ tabId, title: plural('badgeFitting', fitting) }),
  ]);
}

export async function clearFitCount(tabId: number): Promise<void> {
  await Promise.all([
    action().setBadgeText({ tabId, text: '' }),
    action().setTitle({ tabId, title: t('actionTitle') }),
  ]);
}

/** Clears a tab's count when it navigates; a failure (the tab closed meanwhile) is of no consequence. */
export function clearFitCountOnNavigation(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) clearFitCount(tabId).catch(() => {});
  });
}
