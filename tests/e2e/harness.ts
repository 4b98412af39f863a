/**
 * The end-to-end harness: the built extension in real headless Chromium, marketplace
 * hosts mapped to the local fixture server, and helpers to reach the service worker and
 * the extension's own pages.
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { MARKETPLACES } from '../../lib/core/platforms';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { countStoredInPage } from './shared/driver';

// Service-worker requests reach Playwright only with this set (Chromium): the watcher needs them.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
export const HOSTS = MARKETPLACES.map((m) => m.host);
/** A job board SkillScout has no adapter and no permission for, served by the same fixture server. */
export const OTHER_BOARD = 'www.remote-gigs.example';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: Awaited<ReturnType<typeof startFixtureServer>>;
  /** Opens a marketplace page (or the other board) served by the fixture server (https, as the real sites are). */
  openMarketplace(host: string, pathAndQuery: string): Promise<Page>;
  /** Opens one of the extension's own pages, e.g. `popup.html`. */
  openExtensionPage(file: string): Promise<Page>;
  /** Rows in one of the extension's IndexedDB stores, read raw from an extension page. */
  countStored(store: string): Promise<number>;
  /** Sends a raw message to the background from an extension page and returns the reply. */
  request(type: string, payload: unknown): Promise<unknown>;
  /**
   * Network requests the extension itself made (from its service worker or its own pages) to
   * anything but its own files. SkillScout makes none; `close()` fails the run if there were any.
   */
  extensionRequests: string[];
  /**
   * Stops the extension's service worker through the DevTools protocol and waits until it is
   * stopped; `restarted` settles when something has woken it again.
   */
  stopServiceWorker(): Promise<{ restarted: Promise<void> }>;
  close(): Promise<void>;
}

/** `language`: run the browser in that language ("es"); English when absent. */
export async function startHarness({ language }: { language?: string } = {}): Promise<Harness> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first (npm test does).`);
  }
  const hosts = [...HOSTS, OTHER_BOARD];
  const server = await startFixtureServer({ hosts });
  const { context, worker, extensionId, userDataDir } = await launchWithExtension({
    extensionDir: EXTENSION_DIR,
    port: server.port,
    hosts,
    headless: true,
    userGestures: true,
    ...(language ? { language } : {}),
  });

  const openExtensionPage = async (file: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return page;
  };
  // An extension page shares the service worker's origin and database, and keeps working
  // while the worker is stopped and restarted: reads and raw messages go through it.
  let helper: Promise<Page> | undefined;
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(chrome-extension|data|blob):/.test(url)) return;
    const fromWorker = request.serviceWorker() !== null;
    let fromExtensionPage = false;
    try {
      fromExtensionPage = request.frame().url().startsWith('chrome-extension://');
    } catch {
      // Requests of a service worker have no frame.
    }
    if (fromWorker || fromExtensionPage) extensionRequests.push(url);
  });
  const helperPage = () => {
    helper ??= openExtensionPage('options.html');
    return helper;
  };
  return {
    context,
    worker,
    extensionId,
    server,
    async openMarketplace(host, pathAndQuery) {
      const page = await context.newPage();
      await page.goto(`https://${host}${pathAndQuery}`);
      return page;
    },
    openExtensionPage,
    extensionRequests,
    async countStored(store) {
      return (await helperPage()).evaluate(countStoredInPage, store);
    },
    async request(type, payload) {
      return (await helperPage()).evaluate(
        ([t, p]) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage({ type: t, payload: p }),
        [type, payload] as const,
      );
    },
    async stopServiceWorker() {
      const cdp = await context.newCDPSession(await helperPage());
      let seen = (_status: string) => {};
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) if (v.scriptURL.endsWith('/background.js')) seen(v.runningStatus);
      });
      const reach = (wanted: string) =>
        new Promise<void>((resolve) => {
          const previous = seen;
          seen = (status) => {
            previous(status);
            if (status === wanted) resolve();
          };
        });
      const stopped = reach('stopped');
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      const restarted = reach('running').finally(() => cdp.detach().catch(() => {}));
      return { restarted };
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (extensionRequests.length > 0) {
        throw new Error(`the extension made network requests of its own: ${extensionRequests.join(', ')}`);
      }
    },
  };
}
