/**
 * The extension's words from `browser.i18n` (WXT's fake browser, given the shipped catalogues):
 * the catalogue the browser serves, numbers for its UI locale, and each page's language and title.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { locale, setWords, t } from '@/lib/core/i18n';
import { browserWords, localizePage } from '@/lib/extension/i18n';
import { catalogWords } from '../../../scripts/lib/catalog';
import { fakeBrowserI18n } from '../../setup/browser-i18n';

afterEach(() => {
  fakeBrowser.reset();
  setWords(catalogWords('en'));
});

describe("the browser's words", () => {
  it('are the messages the browser serves, formatted for its UI locale', () => {
    fakeBrowserI18n('es', 'es-MX');
    const words = browserWords();
    expect(words.locale).toBe('es-MX');
    expect(words.translate('scanFound_other', ['3'])).toBe('Se encontraron 3 anuncios en esta página.');
  });

  it("follow the catalogue's language when the UI locale is another one", () => {
    fakeBrowserI18n('en', 'de-DE');
    expect(browserWords().locale).toBe('en');
  });

  it("set each extension page's language and title", () => {
    fakeBrowserI18n('es', 'es-ES');
    localizePage('optionsTitle');
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Opciones de SkillScout');
    expect(locale()).toBe('es-ES');
    expect(t('tabDemand')).toBe('Demanda');
  });
});
