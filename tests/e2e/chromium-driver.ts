/**
 * The Chromium harness (Playwright) seen through the browser-neutral driver the shared flows use.
 */
import type { ElementHandle, Page } from 'playwright-core';
import { type Harness, startHarness } from './harness';
import {
  type BrowserDriver,
  badgeInExtension,
  inspectInPage,
  type PageDriver,
  pageQueries,
  tabIdInExtension,
  theElement,
} from './shared/driver';

function pageDriver(page: Page): PageDriver {
  const element = async (selector: string) =>
    (await page.evaluateHandle(inspectInPage, theElement(selector))) as ElementHandle<Element>;
  return {
    url: async () => page.url(),
    ...pageQueries((inspection) => page.evaluate(inspectInPage, inspection)),
    async click(selector) {
      await (await element(selector)).click();
    },
    async fill(selector, text) {
      await (await element(selector)).fill(text);
    },
    async press(selector, key) {
      await (await element(selector)).press(key);
    },
    async reload() {
      await page.reload();
    },
    async goto(url) {
      await page.goto(url);
    },
    close: () => page.close(),
  };
}

export async function startChromiumDriver(): Promise<BrowserDriver & { harness: Harness }> {
  const harness = await startHarness();
  return {
    harness,
    openMarketplace: async (host, path) => pageDriver(await harness.openMarketplace(host, path)),
    openExtensionPage: async (file) => pageDriver(await harness.openExtensionPage(file)),
    countStored: (store) => harness.countStored(store),
    request: (type, payload) => harness.request(type, payload),
    tabIdOf: (url) => harness.worker.evaluate(tabIdInExtension, url),
    badgeOf: (tabId) => harness.worker.evaluate(badgeInExtension, tabId),
    async fetchAsExtension(source, url) {
      const made = (target: string) =>
        fetch(target).then(
          () => undefined,
          () => undefined,
        );
      if (source === 'background') {
        await harness.worker.evaluate(made, url);
        return;
      }
      const page = await harness.openExtensionPage('options.html');
      await page.evaluate(made, url);
      await page.close();
    },
    extensionRequests: async () => [...harness.extensionRequests],
    async forgetExtensionRequests() {
      harness.extensionRequests.length = 0;
    },
    close: () => harness.close(),
  };
}
