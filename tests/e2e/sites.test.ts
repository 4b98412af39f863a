/**
 * Every adapter in a real browser, on every fixture page: the content script finds each
 * listing the unit tests expect (Chromium's own selector engine, `:has()` included) and
 * marks its card, and the background stores them (once each: a gig on a search page and on its
 * own page is one listing).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import routesFile from '../fixtures/routes.json';
import { type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('each marketplace adapter on its fixture pages', () => {
  let stored = 0;
  for (const route of routesFile.routes) {
    it(`marks every listing on ${route.file}`, async () => {
      const expected = route.listings;
      const page: Page = await harness.openMarketplace(route.host, route.path);
      await expect.poll(() => page.locator('[data-skillscout="read"]').count()).toBe(expected);
      stored += expected - ((route as { alsoOnEarlierPages?: number }).alsoOnEarlierPages ?? 0);
      await expect.poll(() => harness.countStored('listings')).toBe(stored);
      await page.close();
    });
  }
});
