/**
 * The extension's words come from the browser: `browser.i18n.getMessage` picks the catalogue
 * of the browser's language in `_locales/` (English when there is none), and the UI locale says
 * how numbers are written. Each entrypoint calls `setBrowserWords()` first, before any code
 * that writes a word.
 */
import { browser } from 'wxt/browser';
import { formattingLocale, type MessageKey, setWords, t, type Words } from '../core/i18n';

export function browserWords(): Words {
  const i18n = browser.i18n;
  return {
    translate: (key, substitutions) => i18n.getMessage(key, substitutions),
    // The catalogue names its own language: the browser's UI locale can differ from the
    // catalogue it serves (Chromium started with --lang serves that language's messages
    // while its UI stays in the system's).
    locale: formattingLocale(i18n.getUILanguage(), i18n.getMessage('catalogLanguage')),
  };
}

export function setBrowserWords(): void {
  setWords(browserWords());
}

/** An extension page in the user's language: its `lang` (for screen readers and fonts) and its title. */
export function localizePage(title: MessageKey): void {
  setBrowserWords();
  document.documentElement.lang = browser.i18n.getMessage('catalogLanguage');
  document.title = t(title);
}

/**
 * Which catalogue the browser serves, noted by the background in `storage.local` for the content
 * script (./content-words.ts), with the UI language it was noted under.
 */
export const NOTED_CATALOGUE = 'catalogue';

export interface NotedCatalogue {
  ui: string;
  language: string;
}

/** The background, at its start: notes the catalogue the browser serves, if it changed. */
export async function noteCatalogue(): Promise<void> {
  const noted: NotedCatalogue = {
    ui: browser.i18n.getUILanguage(),
    language: browser.i18n.getMessage('catalogLanguage'),
  };
  const stored = (await browser.storage.local.get(NOTED_CATALOGUE))[NOTED_CATALOGUE];
  if (JSON.stringify(stored) !== JSON.stringify(noted))
    await browser.storage.local.set({ [NOTED_CATALOGUE]: noted });
}
