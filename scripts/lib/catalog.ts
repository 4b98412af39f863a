/**
 * A catalogue in the browser's `messages.json` format read without a browser, the way
 * `browser.i18n.getMessage` reads it (lib/core/catalogue.ts). Stricter than a browser, for the tests and the
 * command-line scripts: an unknown key, or a number of substitutions other than the message
 * takes, throws instead of showing an empty or half-filled sentence.
 */
import { type CatalogueEntry, expanded, substitute } from '../../lib/core/catalogue';
import type { Translate, Words } from '../../lib/core/i18n';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

export { expanded };
export type CatalogMessage = CatalogueEntry;
export type Catalog = Record<string, CatalogMessage>;

/** The languages SkillScout ships, English (the default) first. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGS: Record<Language, Catalog> = { en, es };

export function readCatalog(language: Language): Catalog {
  return CATALOGS[language];
}

/**
 * How many substitutions a message takes: its declared placeholders, or its highest `$N` (a
 * counted message may leave its count unsaid: "Check it in Options").
 */
export function arity(entry: CatalogMessage): number {
  const used = [...expanded(entry).matchAll(/\$(\d)/g)].map((m) => Number(m[1]));
  return Math.max(Object.keys(entry.placeholders ?? {}).length, ...used);
}

/**
 * Each message's expanded text and arity, worked out once: the benchmarks time the difficulty
 * model's reasons through this translator, and working them out per call was a sixth of the
 * model's time there, a cost the browser's own `getMessage` does not have.
 */
const prepared = new WeakMap<CatalogMessage, { text: string; arity: number }>();

function prepare(entry: CatalogMessage): { text: string; arity: number } {
  let ready = prepared.get(entry);
  if (!ready) {
    ready = { text: expanded(entry), arity: arity(entry) };
    prepared.set(entry, ready);
  }
  return ready;
}

export function translatorOf(catalog: Catalog): Translate {
  return (key, substitutions) => {
    const entry = catalog[key];
    if (!entry) throw new Error(`no message "${key}" in the catalogue`);
    const { text, arity: wanted } = prepare(entry);
    if (substitutions.length !== wanted) {
      throw new Error(`message "${key}" takes ${wanted} substitutions, not ${substitutions.length}`);
    }
    return substitute(text, substitutions);
  };
}

/** Words from a shipped catalogue, formatting for `locale` (en-US unless told). */
export function catalogWords(
  language: Language,
  locale: string = language === 'en' ? 'en-US' : language,
): Words {
  return { translate: translatorOf(readCatalog(language)), locale };
}
