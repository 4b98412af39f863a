/**
 * What the extension must never do, checked in the real browser: make network requests of its
 * own (the harness watches the service worker and the extension pages for the whole run of
 * each test file, and fails it on any), or let page text act as markup in its own pages.
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

describe('the network watcher', () => {
  it('sees a request the service worker makes (so its silence means something)', async () => {
    // Whether the fetch succeeds (the test certificate may be refused there) does not matter: it was made.
    await harness.worker.evaluate(() =>
      fetch('https://www.upwork.com/nx/search/jobs/').then(
        (r) => r.status,
        () => 0,
      ),
    );
    await expect.poll(() => harness.extensionRequests.length).toBe(1);
    expect(harness.extensionRequests[0]).toBe('https://www.upwork.com/nx/search/jobs/');
    // The control request was ours, not the extension's: forget it.
    harness.extensionRequests.length = 0;
  });
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
