/**
 * Every adapter in a real browser, on every fixture page: the content script finds each
 * listing the unit tests expect (Chromium's own selector engine, `:has()` included) and
 * marks its card, and the background stores them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import routesFile from '../fixtures/routes.json';
import { type Harness, startHarness } from './harness';

/** The same hand counts as tests/unit/sites/registry.test.ts. */
const EXPECTED: Record<string, number> = {
  'upwork/search-2026-02.html': 10,
  'upwork/feed-most-recent-2024-09.html': 2,
  'freelancer/search-2020-03.html': 1,
  'freelancer/jobs-avg-bid-constructed.html': 3,
  'guru/search-2020-03.html': 3,
  'peopleperhour/search-2020-03.html': 2,
  'fiverr/search-constructed.html': 6,
  'toptal/react-jobs-constructed.html': 4,
};

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
      const expected = EXPECTED[route.file] ?? -1;
      const page: Page = await harness.openMarketplace(route.host, route.path);
      await expect.poll(() => page.locator('[data-skillscout="read"]').count()).toBe(expected);
      stored += expected;
      await expect.poll(() => harness.countStored('listings')).toBe(stored);
      await page.close();
    });
  }
});
