/**
 * The content script's words. Its first `i18n.getMessage` would load the whole catalogue
 * synchronously (7–19 ms on every marketplace page, measured in Chromium), so it carries its own
 * copy of the messages it shows (content-words.json, written by `npm run words:content` from
 * `public/_locales/`) and uses it in the catalogue the background noted for it.
 */
import { browser } from 'wxt/browser';
import { substitute } from '../core/catalogue';
import { formattingLocale, setWords, type Words } from '../core/i18n';
import contentWordsFile from './content-words.json';
import { browserWords, NOTED_CATALOGUE } from './i18n';

const contentCatalogues: Record<string, Record<string, string> | undefined> = contentWordsFile;

/** What the background noted, or undefined (not noted yet, or storage refused). */
export async function readNotedCatalogue(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(NOTED_CATALOGUE))[NOTED_CATALOGUE];
  } catch {
    return undefined;
  }
}

/**
 * The copy in the catalogue the background noted, while the browser's UI language is still the
 * one it was noted under; the browser's own words otherwise (never noted, or the language changed
 * since). A message the copy lacks is asked of the browser.
 */
export function contentScriptWords(noted: unknown): Words {
  const i18n = browser.i18n;
  const ui = i18n.getUILanguage();
  const language =
    typeof noted === 'object' && noted !== null && 'ui' in noted && 'language' in noted && noted.ui === ui
      ? String(noted.language)
      : undefined;
  const own = language === undefined ? undefined : contentCatalogues[language];
  if (!own || language === undefined || own.catalogLanguage !== language) return browserWords();
  return {
    translate: (key, substitutions) => {
      const message = own[key];
      return message === undefined ? i18n.getMessage(key, substitutions) : substitute(message, substitutions);
    },
    locale: formattingLocale(ui, language),
  };
}

/** Sets the content script's words from what the background noted (see contentScriptWords). */
export function setContentScriptWords(noted: unknown): void {
  setWords(contentScriptWords(noted));
}
