/**
 * Words set once per place the code runs, and what `t`, `plural` and `list` make of them for
 * a locale. Each test that changes the words puts English back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formattingLocale, list, locale, plural, setWords, t } from '@/lib/core/i18n';
import { catalogWords } from '../../../scripts/lib/catalog';

afterEach(() => setWords(catalogWords('en')));

describe('the words', () => {
  it('are English in the tests, as the default language', () => {
    expect(locale()).toBe('en-US');
    expect(t('tabOverview')).toBe('Overview');
  });

  it('write numbers among the substitutions for the locale', () => {
    expect(t('gigManyReviews', 14182)).toBe('14,182 reviews: a gig this established is hard to outrank.');
    setWords(catalogWords('es'));
    expect(t('gigManyReviews', 14182)).toBe('14.182 reseñas: es difícil superar a un servicio tan asentado.');
  });

  it('pick the plural form the count takes in the language', () => {
    expect([0, 1, 2].map((n) => plural('scanFound', n))).toEqual([
      'Found 0 listings on this page.',
      'Found 1 listing on this page.',
      'Found 2 listings on this page.',
    ]);
    setWords(catalogWords('es'));
    // Spanish has a third category ("many", for a million) that takes the other form.
    expect([1, 2, 1_000_000].map((n) => plural('scanFound', n))).toEqual([
      'Se encontró 1 anuncio en esta página.',
      'Se encontraron 2 anuncios en esta página.',
      'Se encontraron 1.000.000 anuncios en esta página.',
    ]);
  });

  it('list as the language lists, with "and" or "or"', () => {
    expect(list(['HTML', 'CSS', 'React'])).toBe('HTML, CSS, and React');
    expect(list(['Saved', 'Dropped'], 'or')).toBe('Saved or Dropped');
    setWords(catalogWords('es'));
    expect(list(['HTML', 'CSS', 'React'])).toBe('HTML, CSS y React');
    expect(list(['Guardado', 'Descartado'], 'or')).toBe('Guardado o Descartado');
  });

  it('format for the browser locale in the catalogue language, else for the catalogue language', () => {
    expect(formattingLocale('es-MX', 'es')).toBe('es-MX');
    expect(formattingLocale('es_419', 'es')).toBe('es-419');
    expect(formattingLocale('en-US', 'en')).toBe('en-US');
    // A browser in French gets the English messages, and English numbers with them.
    expect(formattingLocale('fr-FR', 'en')).toBe('en');
    // Chromium run with --lang=es serves Spanish messages while its UI locale stays the system's.
    expect(formattingLocale('en-US', 'es')).toBe('es');
  });

  it('are refused with a clear error before they are set', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('@/lib/core/i18n');
    expect(() => fresh.t('tabOverview')).toThrow(/no words set: call setWords\(\)/);
  });
});

describe('small whole numbers in the shipped languages (written without a formatter)', () => {
  const locales = ['en-US', 'en-GB', 'es', 'es-MX', 'es-ES'] as const;

  it('read as Intl writes them, in the singular exactly when Intl says one', () => {
    for (const tag of locales) {
      setWords(catalogWords(tag.startsWith('en') ? 'en' : 'es', tag));
      const rules = new Intl.PluralRules(tag);
      const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
      for (let n = 0; n < 1000; n++) {
        expect(t('cardMore', n)).toBe(t('cardMore', numbers.format(n)));
        const form = rules.select(n) === 'one' ? 'one' : 'other';
        expect(plural('scanFound', n)).toBe(t(`scanFound_${form}`, numbers.format(n)));
      }
    }
  });

  it('leave larger and fractional numbers to Intl', () => {
    setWords(catalogWords('es', 'es-ES'));
    expect(t('cardMore', 12_345)).toBe(t('cardMore', '12.345'));
    expect(t('cardMore', 2.5)).toBe(t('cardMore', '2,5'));
  });

  it('make a list of one item that item', () => {
    expect(list(['HTML'])).toBe('HTML');
    expect(list(['HTML', 'CSS'])).toBe('HTML and CSS');
  });
});
