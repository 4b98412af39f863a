/**
 * The Firefox end-to-end harness: the built Firefox extension installed as a temporary add-on in
 * real headless Firefox, driven through WebDriver BiDi (puppeteer-core); the marketplace hosts
 * answered by the local fixture server, which Firefox uses as its proxy for every request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { MARKETPLACES } from '../../lib/core/platforms';
import { launchFirefox } from '../../scripts/lib/firefox.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import {
  type BrowserDriver,
  badgeInExtension,
  countStoredInPage,
  inspectInPage,
  type PageDriver,
  pageQueries,
  tabIdInExtension,
  theElement,
} from '../e2e/shared/driver';
import { WATCH_IN_PARENT, type Watch } from './watch';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv3/', import.meta.url));
const HOSTS = MARKETPLACES.map((m) => m.host);

/** The raw WebDriver BiDi connection puppeteer keeps (Firefox-only commands go through it). */
interface Bidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** The BiDi browsing context of a puppeteer page (puppeteer keeps it as the frame's id). */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** Evaluates an expression in Firefox's parent process (its browser window), for the watcher. */
async function evaluateInParent(bidi: Bidi, expression: string): Promise<unknown> {
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const [window] = tree.result.contexts as Array<{ context: string }>;
  if (!window) throw new Error('Firefox has no browser window to watch requests from');
  const reply = await bidi.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: false,
  });
  const { result } = reply.result as { result?: { value?: unknown } };
  return result?.value;
}

function pageDriver(page: Page, bidi: Bidi): PageDriver {
  const element = async (selector: string) =>
    (await page.evaluateHandle(inspectInPage, theElement(selector))) as ElementHandle<Element>;
  return {
    url: () => page.evaluate(() => location.href),
    ...pageQueries((inspection) => page.evaluate(inspectInPage, inspection)),
    async click(selector) {
      await (await element(selector)).click();
    },
    async fill(selector, text) {
      const field = await element(selector);
      await field.evaluate((input) => {
        (input as HTMLInputElement).value = '';
      });
      await field.type(text);
    },
    async press(selector, key) {
      await (await element(selector)).press(key as Parameters<ElementHandle['press']>[0]);
    },
    async reload() {
      await bidi.send('browsingContext.reload', { context: contextOf(page), wait: 'complete' });
    },
    async goto(url) {
      await bidi.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
    },
    close: () => page.close(),
  };
}

/** `language`: run Firefox in that language ("es-ES"); English when absent. */
export async function startFirefoxHarness({
  language,
}: {
  language?: string;
} = {}): Promise<BrowserDriver & { browser: Browser }> {
  const manifestPath = `${FIREFOX_EXTENSION_DIR}/manifest.json`;
  if (!existsSync(manifestPath)) {
    throw new Error(
      `No built Firefox extension in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first (npm test does).`,
    );
  }
  const addonId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const server = await startFixtureServer({ hosts: HOSTS });
  const { browser, extensionOrigin } = await launchFirefox({
    addonId,
    port: server.port,
    ...(language ? { language } : {}),
  });
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  // BiDi hands back remote values; JSON keeps the list plain.
  const watch = async (call: keyof Watch): Promise<string[]> =>
    JSON.parse(
      String(await evaluateInParent(bidi, `JSON.stringify(globalThis.__skillscoutWatch.${call}())`)),
    );
  // Watching starts before the add-on is installed, so its first requests would be seen too.
  await evaluateInParent(bidi, WATCH_IN_PARENT(addonId));
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const openPage = async (url: string) => {
    const page = await browser.newPage();
    // puppeteer's own goto refuses moz-extension:// and waits forever; BiDi's navigate does not.
    await bidi.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
    return page;
  };
  let helper: Promise<Page> | undefined;
  const helperPage = () => {
    helper ??= openPage(`${extensionOrigin}/options.html`);
    return helper;
  };

  return {
    browser,
    async openMarketplace(host, pathAndQuery) {
      return pageDriver(await openPage(`https://${host}${pathAndQuery}`), bidi);
    },
    async openExtensionPage(file) {
      return pageDriver(await openPage(`${extensionOrigin}/${file}`), bidi);
    },
    async countStored(store) {
      return (await helperPage()).evaluate(countStoredInPage, store);
    },
    async request(type, payload) {
      return (await helperPage()).evaluate(
        (t, p) =>
          (
            globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).browser.runtime.sendMessage({ type: t, payload: p }),
        type,
        payload,
      );
    },
    async tabIdOf(url) {
      return (await helperPage()).evaluate(tabIdInExtension, url);
    },
    async badgeOf(tabId) {
      return (await helperPage()).evaluate(badgeInExtension, tabId);
    },
    async fetchAsExtension(source, url) {
      await (await helperPage()).evaluate(
        async (from, target) => {
          const { runtime } = (
            globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }
          ).browser;
          // The background's own fetch: the request is made by the background page.
          const realm = from === 'background' ? await runtime.getBackgroundPage() : window;
          await realm.fetch(target).catch(() => undefined);
        },
        source,
        url,
      );
    },
    extensionRequests: () => watch('seen'),
    async forgetExtensionRequests() {
      await watch('forget');
    },
    async close() {
      let requests: string[];
      try {
        requests = await watch('seen');
      } finally {
        await browser.close();
        await server.close();
      }
      if (requests.length > 0) {
        throw new Error(`the extension made network requests of its own: ${requests.join(', ')}`);
      }
    },
  };
}
