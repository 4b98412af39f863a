/**
 * The one-click scan of a job board SkillScout has no adapter for. In a real browser the
 * popup's click grants activeTab; headless tests cannot click the toolbar, so the same
 * script is injected from the service worker into a page the extension may read.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the generic scan', () => {
  it('reads the cards of an unknown job board, decorates them and stores them', async () => {
    const board = readFileSync(
      new URL('../fixtures/generic/job-board-constructed.html', import.meta.url),
      'utf8',
    );
    harness.server.setPage('www.toptal.com', '/community/gigs', board);
    const page = await harness.openMarketplace('www.toptal.com', '/community/gigs');
    const result = await harness.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<Array<{ id: number }>> };
          scripting: { executeScript(o: object): Promise<Array<{ result: unknown }>> };
        };
      };
      // The page just opened is the newest tab (tab urls are not ours to see without "tabs").
      const tabId = Math.max(...(await chrome.tabs.query({})).map((tab) => tab.id));
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId },
        files: ['/generic-scan.js'],
      });
      return injection?.result;
    });
    expect(result).toEqual({ found: 4 });
    await expect.poll(() => page.locator('li.gig-row[data-skillscout="read"]').count()).toBe(4);
    expect(await page.locator('header [data-skillscout], footer [data-skillscout]').count()).toBe(0);
    const chips = await page.locator('li.gig-row').nth(1).locator('.skillscout-ui .chip').allTextContents();
    expect(chips).toContain('Shopify');
    await expect.poll(() => harness.countStored('listings')).toBe(4);
    await page.close();
  });
});
