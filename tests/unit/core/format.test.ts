/**
 * Money, levels and times as a person reads them, in English (the default) and in Spanish:
 * each currency as the locale writes it, plurals and relative times by Intl.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as format from '@/lib/core/format';
import { setWords } from '@/lib/core/i18n';
import { catalogWords } from '../../../scripts/lib/catalog';

afterEach(() => setWords(catalogWords('en')));

const NOW = Date.UTC(2026, 1, 20, 12);
/** Intl puts no-break spaces between a Spanish amount and its currency; compared as plain spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

function sample(): string[] {
  return [
    format.formatMoney(60, 'USD'),
    format.formatMoney(7.5, 'USD'),
    format.formatMoney(1200, 'EUR'),
    format.formatMoney(500, 'USD', 'always'),
    format.formatBudget({ kind: 'hourly', min: 20, max: 45, currency: 'USD' }),
    format.formatBudget({ kind: 'fixed', min: 500, max: 500, currency: 'GBP' }),
    format.formatBudget({ kind: 'fixed', min: 117, max: 117, currency: 'USD', source: 'average-bid' }),
    format.formatBudget({ kind: 'fixed', min: 50_000, max: 65_000, currency: 'USD', period: 'year' }),
    format.formatHours(12.25),
    format.formatPercent(0.25),
    format.formatRate(50, 'USD'),
    format.formatMoneyCompact(12_000, 'USD'),
    format.timeAgo(NOW - 10_000, NOW),
    format.timeAgo(NOW - 5 * 60_000, NOW),
    format.timeAgo(NOW - 3 * 3_600_000, NOW),
    format.timeAgo(NOW - 26 * 3_600_000, NOW),
    format.timeAgo(NOW - 3 * 86_400_000, NOW),
    format.levelLabel({ level: 'beginner', uncertain: true }),
    format.levelDescription({ level: 'expert', uncertain: false }),
    format.statusName('applying'),
    format.platformLevelName('entry'),
  ].map(plain);
}

describe('formatting for a person', () => {
  it('writes English as before: dollars with their sign, other currencies as en-US writes them', () => {
    expect(sample()).toEqual([
      '$60',
      '$7.50',
      '€1,200',
      '$500.00',
      '$20–$45/h',
      '£500 fixed',
      '$117 average bid',
      '$50,000–$65,000/year',
      '12.3 h',
      '25%',
      '$50.00/h',
      '$12K',
      'now',
      '5 min. ago',
      '3 hr. ago',
      'yesterday',
      '3 days ago',
      'Beginner?',
      'Expert',
      'Writing a proposal',
      'Entry level',
    ]);
  });

  it('writes Spanish as Spanish does: decimal comma, the currency after the amount, "hace…"', () => {
    setWords(catalogWords('es'));
    expect(sample()).toEqual([
      '60 US$',
      '7,50 US$',
      '1200 €',
      '500,00 US$',
      'de 20 US$ a 45 US$/h',
      '500 GBP, precio fijo',
      'oferta media: 117 US$',
      'de 50.000 US$ a 65.000 US$/año',
      '12,3 h',
      '25 %',
      '50,00 US$/h',
      '12 mil US$',
      'ahora',
      'hace 5 min',
      'hace 3 h',
      'ayer',
      'hace 3 d',
      '¿Principiante?',
      'Experto',
      'Escribiendo la propuesta',
      'Nivel inicial',
    ]);
  });

  it('follows the region of the locale: in Mexico the dollar sign is the peso, so US dollars say so', () => {
    setWords({ ...catalogWords('es'), locale: 'es-MX' });
    expect(plain(format.formatMoney(1200, 'USD'))).toBe('USD 1,200');
    expect(plain(format.formatMoney(1200, 'MXN'))).toBe('$1,200');
  });

  it('writes whole US dollars, and whole thousands compact, as Intl does in the shipped locales, without making a formatter', () => {
    const amounts = [
      ...Array.from({ length: 2_001 }, (_, i) => i),
      9_999,
      10_000,
      12_345,
      99_999,
      100_000,
      1_234_567,
      98_765_432_1,
      Number.MAX_SAFE_INTEGER,
    ];
    for (const locale of ['en', 'en-US', 'es', 'es-ES']) {
      setWords({ ...catalogWords(locale.slice(0, 2) as 'en' | 'es'), locale });
      const intl = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      });
      const compact = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
      });
      const made = vi.spyOn(Intl, 'NumberFormat');
      for (const n of amounts) expect(format.formatMoney(n, 'USD'), `${locale} ${n}`).toBe(intl.format(n));
      for (let k = 1; k < 1000; k++)
        expect(format.formatMoneyCompact(k * 1000, 'USD'), `${locale} ${k}K`).toBe(compact.format(k * 1000));
      expect(made).not.toHaveBeenCalled();
      made.mockRestore();
    }
  });

  it('asks Intl for cents, other currencies, negative amounts and other regions', () => {
    setWords({ ...catalogWords('en'), locale: 'en-GB' });
    expect(format.formatMoney(1234, 'USD')).toBe('US$1,234');
    setWords({ ...catalogWords('en'), locale: 'en-US' });
    expect(format.formatMoney(7.5, 'USD')).toBe('$7.50');
    expect(format.formatMoney(-5, 'USD')).toBe('-$5');
    expect(format.formatMoney(500, 'USD', 'always')).toBe('$500.00');
    expect(format.formatMoneyCompact(1_500, 'USD')).toBe('$1.5K');
    expect(format.formatMoneyCompact(2_000_000, 'USD')).toBe('$2M');
  });
});
