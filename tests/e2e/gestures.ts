/**
 * Standing in for the user's clicks that a headless browser cannot make on browser UI: the
 * toolbar button and the page's context menu. Both give the extension the same thing, the
 * activeTab grant for the tab, and the context menu then calls the menu's onClicked listener.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** The CDP "tab" target of a page, for Extensions.triggerAction. */
async function tabTarget(harness: Harness, page: Page) {
  const browser = harness.context.browser();
  if (!browser) throw new Error('no browser to reach the tab targets through');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  return { cdp, targetId: tab.targetId };
}

/**
 * A click on SkillScout's toolbar button over `page`: Chromium grants activeTab for the tab and
 * opens the popup over it, as for a user's click. Returns the popup's target id.
 */
export async function clickToolbarButton(harness: Harness, page: Page): Promise<{ popupTarget: string }> {
  const { cdp, targetId } = await tabTarget(harness, page);
  const before = new Set((await cdp.send('Target.getTargets')).targetInfos.map((t) => t.targetId));
  await cdp.send('Extensions.triggerAction' as never, { id: harness.extensionId, targetId } as never);
  let popupTarget: string | undefined;
  for (let i = 0; i < 50 && !popupTarget; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    popupTarget = targetInfos.find((t) => !before.has(t.targetId) && t.url.endsWith('/popup.html'))?.targetId;
    if (!popupTarget) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await cdp.detach();
  if (!popupTarget) throw new Error('the popup did not open');
  return { popupTarget };
}

/**
 * A click on "Scan this page with SkillScout" in `page`'s context menu. Chromium, on such a
 * click, grants activeTab for the tab and then calls the menu's onClicked listeners with the
 * item's id, the page's URL and the tab: the grant comes the same way (the toolbar-button
 * trigger above, whose popup is closed again), and the listeners are called through the event's
 * own dispatch(), with what Chromium passes.
 */
export async function clickScanMenuItem(harness: Harness, page: Page): Promise<void> {
  const { popupTarget } = await clickToolbarButton(harness, page);
  const browser = harness.context.browser();
  const cdp = await browser!.newBrowserCDPSession();
  await cdp.send('Target.closeTarget', { targetId: popupTarget });
  await cdp.detach();
  await harness.worker.evaluate(async (pageUrl) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
        contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
      };
    };
    // With activeTab granted, the tab's URL is the extension's to see.
    const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
    if (!tab) throw new Error(`no tab shows ${pageUrl}`);
    chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'skillscout-scan-page', pageUrl, editable: false, frameId: 0 },
      tab,
    );
  }, page.url());
}
