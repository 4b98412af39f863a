/** Lists written without Intl must read exactly as Intl writes them, in every locale they claim. */
import { describe, expect, it } from 'vitest';
import { plainList } from '@/lib/core/plain-list';

const LOCALES = [
  ...['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-NZ', 'en-IE'],
  ...['es', 'es-ES', 'es-MX', 'es-US', 'es-AR', 'es-CO', 'es-CL', 'es-PE', 'es-VE', 'es-419'],
];

/** Skill names and words where Spanish changes "y" to "e" or "o" to "u", and near misses. */
const WORDS = [
  ...['React', 'CSS', 'Illustrator', 'iOS', 'Ionic', 'IA', 'Hibernate', 'hielo', 'Hiato', 'hio', 'Hi'],
  ...['Yii', 'ía', 'Ía', 'Oracle', 'Odoo', 'ohio', 'Hoja', 'HTML', 'óleo', 'Ó', '8', '80', '811', '11'],
  ...['11 x', '11x', '110', '18', '(iOS)', ' Ion', 'Next.js', 'C#', 'UX/UI'],
];

describe('plainList', () => {
  it('writes every claimed locale exactly as Intl.ListFormat does, for "and" and "or"', () => {
    for (const locale of LOCALES) {
      for (const type of ['and', 'or'] as const) {
        const intl = new Intl.ListFormat(locale, { type: type === 'and' ? 'conjunction' : 'disjunction' });
        for (const last of WORDS) {
          for (const items of [[last], ['HTML', last], ['HTML', 'CSS', last], ['A', 'B', 'C', last]]) {
            expect(plainList(items, type, locale), `${locale} ${type} ${items.join('|')}`).toBe(
              intl.format(items),
            );
          }
        }
      }
    }
  });

  it('leaves a locale it does not know to Intl', () => {
    expect(plainList(['HTML', 'CSS'], 'and', 'fr')).toBeUndefined();
    expect(plainList(['HTML', 'CSS'], 'and', 'en-ZA')).toBeUndefined();
    expect(plainList(['HTML', 'CSS'], 'and', 'es-GQ')).toBeUndefined();
  });

  it('needs no locale for no item or one', () => {
    expect(plainList([], 'and', 'fr')).toBe('');
    expect(plainList(['HTML'], 'or', 'de')).toBe('HTML');
  });
});
