// @ts-check
/**
 * Finding and launching the real Firefox the Firefox end-to-end tests drive, through WebDriver
 * BiDi (puppeteer-core). No browser is downloaded: Debian's firefox-esr (or $FIREFOX_PATH) is used.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_MISSING = `Firefox was not found, and the Firefox end-to-end tests need it.
Install it:   apt-get update && apt-get install -y firefox-esr
or point to a Firefox binary (148 or newer):   FIREFOX_PATH=/path/to/firefox npm test`;

/**
 * What Debian's Firefox ESR lacks to run in Spanish: a Firefox UI language is a language pack
 * (the firefox-esr-l10n-es-es package installs it beside Firefox). Another Firefox
 * ($FIREFOX_PATH) is taken as it is.
 * @param {string} executablePath
 * @returns {string | undefined}
 */
export function missingSpanish(executablePath) {
  if (executablePath !== '/usr/bin/firefox-esr') return undefined;
  if (existsSync('/usr/lib/firefox-esr/browser/extensions/langpack-es-ES@firefox-esr.mozilla.org.xpi')) {
    return undefined;
  }
  return `Firefox has no Spanish language pack, and the Firefox end-to-end tests run it in Spanish once.
Install it:   apt-get update && apt-get install -y firefox-esr-l10n-es-es`;
}

/**
 * The tests' network watcher runs in Firefox's parent process over WebDriver BiDi, which Firefox
 * allows from 148 on (the add-on itself needs only 140). An older Firefox is named, not skipped.
 * @param {string} executablePath
 * @returns {string | undefined}
 */
export function tooOldFirefox(executablePath) {
  const shown = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0] ?? '';
  const major = Number(/(\d+)\./.exec(shown)?.[1] ?? 0);
  if (major >= FIREFOX_FOR_TESTS) return undefined;
  return `${shown} is too old for the Firefox end-to-end tests (they need ${FIREFOX_FOR_TESTS} or newer).
Update it:   apt-get update && apt-get install -y firefox-esr firefox-esr-l10n-es-es
or point to a newer Firefox:   FIREFOX_PATH=/path/to/firefox npm test`;
}

export const FIREFOX_FOR_TESTS = 148;

/** @returns {string | undefined} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Preferences of the throwaway profile.
 * Firefox has no switch that maps a host to an address, so every request it makes goes to the
 * fixture server as its proxy: the marketplace hosts are answered from the saved pages, and
 * nothing (Firefox's own update and settings checks included) can leave the machine.
 * @param {number} port the fixture server's port
 * @param {string} addonId
 * @param {string} uuid the moz-extension:// host the extension gets
 */
function preferences(port, addonId, uuid) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    'network.trr.mode': 5,
    // The extension's pages live at moz-extension://<uuid>/; a known uuid lets the tests open them.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
  };
}

/**
 * Launches headless Firefox with a throwaway profile (removed when the browser closes).
 * `-remote-allow-system-access` lets the tests open the extension's own pages in a tab and
 * watch every request Firefox makes from its parent process (see the Firefox harness).
 * Install the extension with `browser.installExtension(dir)`: a temporary add-on, as
 * about:debugging would load it.
 * `language` ("es-ES") runs Firefox in that language: its language pack must be installed.
 * @param {{ addonId: string, port: number, language?: string }} options
 */
export async function launchFirefox({ addonId, port, language }) {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_MISSING);
  const uuid = crypto.randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['-remote-allow-system-access'],
    // The fixture server's certificate is a throwaway self-signed one.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      ...preferences(port, addonId, uuid),
      ...(language ? { 'intl.locale.requested': language } : {}),
    },
    defaultViewport: { width: 1200, height: 900 },
  });
  return { browser, extensionOrigin: `moz-extension://${uuid}` };
}
