/**
 * The content script's words: its own copy in the catalogue the background noted, the same words
 * the browser would give, and the browser's own whenever the note does not fit (WXT's fake
 * browser, given the shipped catalogues).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageKey } from '@/lib/core/i18n';
import { contentScriptWords, readNotedCatalogue } from '@/lib/extension/content-words';
import { NOTED_CATALOGUE, noteCatalogue } from '@/lib/extension/i18n';
import { CONTENT_WORD_KEYS } from '../../../scripts/content-words';
import { arity, type Language, readCatalog } from '../../../scripts/lib/catalog';
import { fakeBrowserI18n } from '../../setup/browser-i18n';

afterEach(() => {
  fakeBrowser.reset();
});

/** Substitutions a message takes, told apart: "‹1›", "‹2›"… */
const substitutionsFor = (language: Language, key: MessageKey) =>
  Array.from({ length: arity(readCatalog(language)[key] ?? { message: '' }) }, (_, i) => `‹${i + 1}›`);

describe("the content script's own words", () => {
  it.each([
    ['en', 'en-US'],
    ['es', 'es-MX'],
  ] as const)('are, in %s, what the browser gives for every message of the copy', (language, ui) => {
    fakeBrowserI18n(language, ui);
    const browserSays = vi.spyOn(browser.i18n, 'getMessage');
    const own = contentScriptWords({ ui, language });
    const asked = CONTENT_WORD_KEYS.map((key) => own.translate(key, substitutionsFor(language, key)));
    expect(browserSays).not.toHaveBeenCalled();
    browserSays.mockRestore();
    expect(asked).toEqual(
      CONTENT_WORD_KEYS.map((key) => browser.i18n.getMessage(key, substitutionsFor(language, key))),
    );
    expect(own.locale).toBe(ui);
  });

  it('ask the browser for a message the copy lacks', () => {
    fakeBrowserI18n('es', 'es-ES');
    const own = contentScriptWords({ ui: 'es-ES', language: 'es' });
    expect(own.translate('tabDemand', [])).toBe('Demanda');
  });

  it.each([
    ['never noted', undefined],
    ['noted under another UI language', { ui: 'en-US', language: 'en' }],
    ['noted in a language without a copy', { ui: 'es-ES', language: 'fr' }],
    ['damaged', 'es'],
  ])("are the browser's own when the note is %s", (_, noted) => {
    fakeBrowserI18n('es', 'es-ES');
    const browserSays = vi.spyOn(browser.i18n, 'getMessage');
    const words = contentScriptWords(noted);
    expect(words.translate('cardSave', [])).toBe(readCatalog('es').cardSave?.message);
    expect(browserSays).toHaveBeenCalled();
  });
});

describe('the noted catalogue', () => {
  it('is written by the background once, and read back by the content script', async () => {
    fakeBrowserI18n('es', 'es-419');
    const writes = vi.spyOn(browser.storage.local, 'set');
    await noteCatalogue();
    await noteCatalogue();
    expect(writes).toHaveBeenCalledTimes(1);
    await expect(readNotedCatalogue()).resolves.toEqual({ ui: 'es-419', language: 'es' });
    expect(contentScriptWords(await readNotedCatalogue()).locale).toBe('es-419');
  });

  it('reads as nothing when storage refuses', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValue(new Error('storage is unavailable'));
    await expect(readNotedCatalogue()).resolves.toBeUndefined();
    expect(NOTED_CATALOGUE).toBe('catalogue');
  });
});
