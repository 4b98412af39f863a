/**
 * `browser.i18n` for WXT's fake browser, which has none: messages from a shipped catalogue with
 * the browser's rules (an unknown key is an empty string) and the UI locale given.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageKey } from '../../lib/core/i18n';
import { type Language, readCatalog, translatorOf } from '../../scripts/lib/catalog';

export function fakeBrowserI18n(language: Language, uiLocale: string): void {
  const translate = translatorOf(readCatalog(language));
  Object.assign(fakeBrowser.i18n, {
    getUILanguage: () => uiLocale,
    getMessage: (key: string, substitutions?: string | string[]) => {
      try {
        const subs = substitutions === undefined ? [] : [substitutions].flat();
        return translate(key as MessageKey, subs);
      } catch {
        return '';
      }
    },
  });
}
