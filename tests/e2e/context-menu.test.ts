/**
 * "Scan this page with SkillScout" from the page's context menu, on a job board SkillScout has
 * neither an adapter nor a permission for. Headless Chromium shows no menus to click: the click
 * is stood in for by what Chromium does on it (see gestures.ts): the activeTab grant, then the
 * menu's onClicked listeners called with the item's id, the page's URL and its tab.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickScanMenuItem } from './gestures';
import { type Harness, OTHER_BOARD, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const board = readFileSync(
  new URL('../fixtures/generic/job-board-constructed.html', import.meta.url),
  'utf8',
);

describe('the context menu scan on another job board', () => {
  it('cannot read the board before the user clicks: no permission for it', async () => {
    harness.server.setPage(OTHER_BOARD, '/gigs', board);
    const page = await harness.openMarketplace(OTHER_BOARD, '/gigs');
    const refused = await harness.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<Array<{ id: number }>> };
          scripting: { executeScript(o: object): Promise<unknown> };
        };
      };
      const tabId = Math.max(...(await chrome.tabs.query({})).map((tab) => tab.id));
      return chrome.scripting.executeScript({ target: { tabId }, files: ['/generic-scan.js'] }).then(
        () => 'read',
        (error: Error) => error.message,
      );
    });
    expect(refused).toMatch(/Cannot access contents of the page/);
    expect(await page.locator('[data-skillscout]').count()).toBe(0);
    await page.close();
  });

  it('reads, tags and stores its listings after a click on the menu item, and shows the count', async () => {
    const page = await harness.openMarketplace(OTHER_BOARD, '/gigs');
    await clickScanMenuItem(harness, page);
    await expect.poll(() => page.locator('li.gig-row[data-skillscout="read"]').count()).toBe(4);
    expect(await page.locator('header [data-skillscout], footer [data-skillscout]').count()).toBe(0);
    await expect
      .poll(() => page.locator('li.gig-row').nth(1).locator('.skillscout-ui .chip').allTextContents())
      .toContain('Shopify');
    await expect.poll(() => harness.countStored('listings')).toBe(4);
    const badge = await harness.worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
          action: { getBadgeText(d: { tabId: number }): Promise<string> };
        };
      };
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return tab ? chrome.action.getBadgeText({ tabId: tab.id }) : 'no tab';
    }, page.url());
    expect(badge).toBe('4');
    await page.close();
  });
});
