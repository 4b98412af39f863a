/**
 * The content script's own copy of its words (lib/extension/content-words.json) against the
 * browser's `i18n.getMessage`: every message, with substitutions told apart, in the catalogue the
 * browser serves; and the words it noted for the content script to use that copy.
 */
import type { Worker } from 'playwright-core';
import { substitute } from '../../../lib/core/catalogue';
import copy from '../../../lib/extension/content-words.json';

type Chrome = {
  chrome: {
    i18n: { getMessage(key: string, substitutions: string[]): string };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  };
};
const SUBSTITUTIONS = ['‹1›', '‹2›', '‹3›'];

/** Per message of the copy: what the browser says, and what the copy says, in `language`. */
export async function copyAgainstBrowser(worker: Worker, language: keyof typeof copy) {
  const keys = Object.keys(copy[language]);
  const browser = await worker.evaluate(
    ({ keys, subs }) =>
      keys.map((key) => (globalThis as unknown as Chrome).chrome.i18n.getMessage(key, subs)),
    { keys, subs: SUBSTITUTIONS },
  );
  const own = keys.map((key) =>
    substitute((copy[language] as Record<string, string>)[key] ?? '', SUBSTITUTIONS),
  );
  return { browser, own };
}

/** What the background noted for the content script. */
export async function notedCatalogue(worker: Worker): Promise<unknown> {
  return worker.evaluate(
    async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get('catalogue')).catalogue,
  );
}
