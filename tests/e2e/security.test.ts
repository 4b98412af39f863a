/**
 * What the extension must never do, checked in the real browser: make network requests of its
 * own (the harness watches the service worker and the extension pages for the whole run of
 * each test file, and fails it on any; the shared flow's control request shows the watcher sees
 * one), or let page text act as markup in its own pages.
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

describe('listing text with markup in it', () => {
  it('is inert in the popup, the options page and the dashboard', async () => {
    const html = readFileSync(new URL('../fixtures/upwork/search-2026-02.html', import.meta.url), 'utf8');
    const payload = '<style>*{display:none!important}</style><iframe src="https://evil.example/"></iframe>';
    const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    harness.server.setPage(
      'www.upwork.com',
      '/nx/search/jobs/css',
      html.replace('Build shopify website b2b', escaped).replace(/Stripe/g, escaped),
    );
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/css');
    await expect.poll(() => harness.countStored('listings')).toBe(10);
    // The page itself still shows: a style payload in a title restyles nothing.
    expect(await page.locator('article[data-ev-job-uid]').first().isVisible()).toBe(true);
    for (const file of ['popup.html', 'options.html', 'dashboard.html']) {
      const extensionPage = await harness.openExtensionPage(file);
      await extensionPage.waitForLoadState('networkidle');
      expect(await extensionPage.locator('iframe, body style').count()).toBe(0);
      expect(await extensionPage.locator('main').isVisible()).toBe(true);
      await extensionPage.close();
    }
    await expect.poll(() => harness.extensionRequests).toEqual([]);
    await page.close();
  });
});
