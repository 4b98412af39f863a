/**
 * A catalogue in the browser's `messages.json` format read without a browser, the way
 * `browser.i18n.getMessage` reads it: named placeholders (`$count$`) stand for their content
 * (`$1`), then `$1`…`$9` take the substitutions. Stricter than a browser, for the tests and the
 * command-line scripts: an unknown key, or a number of substitutions other than the message
 * takes, throws instead of showing an empty or half-filled sentence.
 */
import type { Translate, Words } from '../../lib/core/i18n';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

export interface CatalogMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogMessage>;

/** The languages SkillScout ships, English (the default) first. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGS: Record<Language, Catalog> = { en, es };

export function readCatalog(language: Language): Catalog {
  return CATALOGS[language];
}

/** The message with its placeholders replaced by their content (`$count$` → `$1`). */
export function expanded(entry: CatalogMessage): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message.replace(
    /\$([a-z0-9_@]+)\$/gi,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
}

/**
 * How many substitutions a message takes: its declared placeholders, or its highest `$N` (a
 * counted message may leave its count unsaid: "Check it in Options").
 */
export function arity(entry: CatalogMessage): number {
  const used = [...expanded(entry).matchAll(/\$(\d)/g)].map((m) => Number(m[1]));
  return Math.max(Object.keys(entry.placeholders ?? {}).length, ...used);
}

export function translatorOf(catalog: Catalog): Translate {
  return (key, substitutions) => {
    const entry = catalog[key];
    if (!entry) throw new Error(`no message "${key}" in the catalogue`);
    const wanted = arity(entry);
    if (substitutions.length !== wanted) {
      throw new Error(`message "${key}" takes ${wanted} substitutions, not ${substitutions.length}`);
    }
    return expanded(entry).replace(/\$(\d)|\$\$/g, (_whole, n: string | undefined) =>
      n === undefined ? '$' : (substitutions[Number(n) - 1] ?? ''),
    );
  };
}

/** Words from a shipped catalogue, formatting for `locale` (en-US unless told). */
export function catalogWords(
  language: Language,
  locale: string = language === 'en' ? 'en-US' : language,
): Words {
  return { translate: translatorOf(readCatalog(language)), locale };
}
