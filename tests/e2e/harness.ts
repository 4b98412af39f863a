/**
 * The end-to-end harness: the built extension in real headless Chromium, marketplace
 * hosts mapped to the local fixture server, and helpers to reach the service worker and
 * the extension's own pages.
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { MARKETPLACES } from '../../lib/sites/hosts';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
export const HOSTS = MARKETPLACES.map((m) => m.host);

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: Awaited<ReturnType<typeof startFixtureServer>>;
  /** Opens a marketplace page served by the fixture server (https, as the real sites are). */
  openMarketplace(host: string, pathAndQuery: string): Promise<Page>;
  /** Opens one of the extension's own pages, e.g. `popup.html`. */
  openExtensionPage(file: string): Promise<Page>;
  /** Rows in one of the extension's IndexedDB stores, read raw inside the service worker. */
  countStored(store: string): Promise<number>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first (npm test does).`);
  }
  const server = await startFixtureServer({ hosts: HOSTS });
  const { context, worker, extensionId, userDataDir } = await launchWithExtension({
    extensionDir: EXTENSION_DIR,
    port: server.port,
    hosts: HOSTS,
    headless: true,
  });

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
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    countStored(store) {
      return worker.evaluate(
        (name) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('skillscout');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains(name)) {
                db.close();
                resolve(0);
                return;
              }
              const count = db.transaction(name).objectStore(name).count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
              count.onerror = () => reject(count.error);
            };
          }),
        store,
      );
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
