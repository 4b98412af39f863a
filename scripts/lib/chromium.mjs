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

/**
 * What Debian's Chromium lacks to run in Spanish (the e2e run in Spanish needs it): its UI language
 * comes from locale files that the chromium-l10n package ships. Another Chromium or Chrome
 * ($CHROME_PATH) ships them itself.
 * @param {string} executablePath
 * @returns {string | undefined}
 */
export function missingSpanish(executablePath) {
  const locales = '/usr/lib/chromium/locales';
  if (!executablePath.startsWith('/usr/bin/chromium') || !existsSync(locales)) return undefined;
  if (existsSync(join(locales, 'es.pak'))) return undefined;
  return `Chromium has no Spanish locale files, and the end-to-end tests run it in Spanish once.
Install them:   apt-get update && apt-get install -y chromium-l10n`;
}

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
 * `language` ("es") runs the browser in that language. On Linux, Chromium takes its UI language
 * (`chrome.i18n.getUILanguage()`, `navigator.language`) from LANGUAGE / LANG, and only for a
 * language whose locale file it has (Debian: the chromium-l10n package); `--lang` alone picks the
 * extension's messages but leaves the UI locale in English, so both are given.
 * @param {{ extensionDir: string, port: number, hosts: readonly string[], headless: boolean, userGestures?: boolean, language?: string }} options
 */
export async function launchWithExtension({
  extensionDir,
  port,
  hosts,
  headless,
  userGestures = false,
  language,
}) {
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
      ...(language ? [`--lang=${language}`] : []),
    ],
    ...(language
      ? {
          env: {
            ...process.env,
            LANGUAGE: language,
            LANG: `${language}_${language.toUpperCase()}.UTF-8`,
            LC_ALL: '',
          },
        }
      : {}),
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
