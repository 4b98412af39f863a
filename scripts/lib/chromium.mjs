// @ts-check
/**
 * Finding and launching the real Chromium the e2e tests and the demo drive.
 * No browser is downloaded: Debian's /usr/bin/chromium (or $CHROME_PATH) is used.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const CHROMIUM_MISSING = `Chromium was not found, and the end-to-end tests and the demo need it.
Install it:   apt-get update && apt-get install -y chromium
or point to a Chromium or Chrome binary:   CHROME_PATH=/path/to/chrome npm test`;

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Launches Chromium with the built extension loaded and the marketplace hosts mapped to
 * the local fixture server.
 * `userGestures` lets a test stand in for the user's click on the toolbar button (CDP's
 * Extensions.triggerAction, which needs `--enable-unsafe-extension-debugging`): the way to give
 * the extension the activeTab grant a click gives.
 * @param {{ extensionDir: string, port: number, hosts: readonly string[], headless: boolean, userGestures?: boolean }} options
 */
export async function launchWithExtension({ extensionDir, port, hosts, headless, userGestures = false }) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  const userDataDir = mkdtempSync(join(tmpdir(), 'skillscout-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    // Playwright's own headless switch drops extensions; the new headless mode keeps them.
    headless: false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // The machine has no network: without these Chromium keeps trying Google's hosts.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${rules}`,
      ...(userGestures ? ['--enable-unsafe-extension-debugging'] : []),
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
    // upwork.com is HSTS-preloaded, so the fixture server speaks https with a throwaway certificate.
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}
