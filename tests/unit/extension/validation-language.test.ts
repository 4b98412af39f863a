/** Zod's reasons for refusing a value, in the language of the sentence around them. */

import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { setWords } from '@/lib/core/i18n';
import { ProgressEntry } from '@/lib/core/model';
import { setValidationLanguage } from '@/lib/extension/validation-language';
import { catalogWords } from '../../../scripts/lib/catalog';

afterEach(() => {
  setWords(catalogWords('en'));
  z.config(en());
});

const refusal = () =>
  ProgressEntry.safeParse({
    id: 'x',
    title: 'x',
    platform: 'upwork',
    skills: [],
    hours: 'ten',
    earnings: 1,
    currency: 'USD',
  }).error?.issues[0]?.message;

describe('the validation language', () => {
  it('says why in English for English words', () => {
    setValidationLanguage();
    expect(refusal()).toBe('Invalid input: expected number, received string');
  });

  it('is Spanish with Spanish words', () => {
    setWords(catalogWords('es'));
    setValidationLanguage();
    expect(refusal()).toBe('Entrada inválida: se esperaba número, recibido texto');
  });
});
