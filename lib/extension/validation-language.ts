/**
 * Zod's own words, in the messages that say why a file or an entry was refused ("Too big:
 * expected string to have <=5000 characters"), in the language of the rest of the sentence. Only
 * where such messages reach the user — the background (imports, saved log entries) and the
 * dashboard's log form — so other bundles do not carry them. (zod/mini alone says only "Invalid
 * input": its words come with a locale.)
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import es from 'zod/v4/locales/es.js';
import { locale } from '../core/i18n';

export function setValidationLanguage(): void {
  // Each language SkillScout speaks has its zod words here; English for the others.
  config(locale().split('-')[0] === 'es' ? es() : en());
}
