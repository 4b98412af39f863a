/**
 * The words SkillScout shows, in the browser's language. Every sentence a person reads is a
 * message of `public/_locales/<language>/messages.json` (the browser's own i18n format), looked
 * up by key; numbers, plurals and lists are formatted by `Intl` for the same locale.
 *
 * Pure code never calls the browser for them: each place code runs (the background, a content
 * script, an extension page, a Node script) sets its words once when it starts, with
 * `setWords` — from `browser.i18n` in the extension (`lib/extension/i18n.ts`), from the English
 * catalogue in the tests and the command-line scripts — and `t`, `plural`, `list` and
 * `lib/core/format` read them. So the difficulty reasons, the checklist and the roadmap stay
 * plain functions that run alike in Node and in the extension, and no catalogue is bundled.
 */
import type english from '../../public/_locales/en/messages.json';
import { plainList } from './plain-list';

/** A message's key; the English catalogue is the list of them (a missing key fails the typecheck). */
export type MessageKey = keyof typeof english;
type BaseOf<K> = K extends `${infer Base}_one` ? Base : never;
/** `listings` for the message pair `listings_one` / `listings_other`. */
export type PluralBase = BaseOf<MessageKey>;

/** A message with its substitutions (`$1`…`$9`), as `browser.i18n.getMessage` gives it. */
export type Translate = (key: MessageKey, substitutions: string[]) => string;

export interface Words {
  translate: Translate;
  /** The BCP 47 locale numbers, plurals and lists are written for ("es-MX", "en-US"). */
  locale: string;
}

let current: Words | undefined;
/** Messages without substitutions, as the current words gave them. */
const fixedMessages = new Map<MessageKey, string>();

/** Sets the words for everything that runs here; called once, where the code starts. */
export function setWords(words: Words): void {
  current = words;
  formats.clear();
  fixedMessages.clear();
}

function words(): Words {
  if (!current) {
    throw new Error(
      'SkillScout has no words set: call setWords() where this code starts (the extension uses browserWords(), Node the English catalogue)',
    );
  }
  return current;
}

export function locale(): string {
  return words().locale;
}

/**
 * The locale to format for: the browser's UI locale when the catalogue served is in its
 * language ("es-MX" beside Spanish messages), else the catalogue's own language, so numbers
 * never read in another language than the sentence around them (a browser in French gets the
 * English messages, and English numbers with them).
 */
export function formattingLocale(uiLocale: string, catalogLanguage: string): string {
  const language = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (language(uiLocale) !== language(catalogLanguage)) return catalogLanguage;
  try {
    return Intl.getCanonicalLocales(uiLocale.replace(/_/g, '-'))[0] ?? catalogLanguage;
  } catch {
    return catalogLanguage;
  }
}

/** Formatters are costly to make and cheap to use: one per locale and options, kept. */
const formats = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>(
  key: string,
  make: (locale: string) => T,
): T {
  const id = `${locale()}|${key}`;
  let format = formats.get(id) as T | undefined;
  if (!format) {
    format = make(locale());
    formats.set(id, format);
  }
  return format;
}

/** A number formatter for the locale; `key` names the options (they are made once per key). */
export function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(key, (l) => new Intl.NumberFormat(l, options));
}

/**
 * Locales whose whole numbers below 1,000 are plain Latin digits and whose plural of a whole
 * number is "one" for 1 alone (Intl agrees: tests/unit/core/i18n.test.ts): the languages
 * SkillScout ships. Making a page's first Intl formatter costs tens of milliseconds in Chromium
 * (its locale data loads), which a card UI showing "+3" should not wait for.
 */
const PLAIN_SMALL_NUMBERS = /^(en|es)(-|$)/i;

const plainSmall = (n: number) =>
  Number.isInteger(n) && n >= 0 && n < 1000 && PLAIN_SMALL_NUMBERS.test(locale());

/** 1234.5 → "1,234.5" (English), "1234,5" (Spanish). */
export function formatNumber(n: number): string {
  if (plainSmall(n)) return String(n);
  return numberFormat('number', { maximumFractionDigits: 2 }).format(n);
}

/** The message for `key`; numbers among the substitutions are written for the locale. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  if (substitutions.length === 0) {
    // A card asks for "Save", "Skills" and the like fifty times a page; the browser is asked once.
    let message = fixedMessages.get(key);
    if (message === undefined) {
      message = words().translate(key, []);
      fixedMessages.set(key, message);
    }
    return message;
  }
  return words().translate(
    key,
    substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s)),
  );
}

/**
 * The form of a counted message that the count takes in the locale (`Intl.PluralRules`): the
 * count is `$1`, further substitutions follow. Every language has a `_one` and an `_other`
 * form of each; a plural category a language has beyond those (Spanish "many", for a million)
 * takes the `_other` form, which is right for counts written in digits.
 */
export function plural(base: PluralBase, count: number, ...more: Array<string | number>): string {
  const form = plainSmall(count)
    ? count === 1
      ? 'one'
      : 'other'
    : cached('plural', (l) => new Intl.PluralRules(l)).select(count) === 'one'
      ? 'one'
      : 'other';
  return t(`${base}_${form}` as MessageKey, count, ...more);
}

/** ["HTML", "CSS", "React"] → "HTML, CSS, and React" / "HTML, CSS y React" (or "…, or React"). */
export function list(items: readonly string[], type: 'and' | 'or' = 'and'): string {
  // One item is itself in every language, and the shipped languages' lists are written plainly.
  const plain = plainList(items, type, locale());
  if (plain !== undefined) return plain;
  return cached(
    `list ${type}`,
    (l) => new Intl.ListFormat(l, { type: type === 'and' ? 'conjunction' : 'disjunction' }),
  ).format(items);
}
