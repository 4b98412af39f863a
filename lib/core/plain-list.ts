/**
 * Lists written without `Intl.ListFormat` for the locales SkillScout ships: a page's first Intl
 * formatter costs about 30 ms in a content script (its locale data loads in each new page), and a
 * card's "Practise React and Tailwind" should not wait for it. Only locales whose patterns are
 * checked against Intl (tests/unit/core/plain-list.test.ts) are written here; any other gets
 * `undefined`, and the caller asks Intl.
 */

/** Locales that put a comma before the last "and" / "or" ("A, B, and C"). */
const SERIAL_COMMA = new Set(['en', 'en-US']);
/** English locales without it ("A, B and C"). */
const NO_SERIAL_COMMA = new Set(['en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-NZ', 'en-IE']);
const SPANISH = /^es(?:-(?:ES|MX|US|AR|CO|CL|PE|VE|419))?$/;

/**
 * Spanish writes "e" for "y" before an "i" sound ("React e Illustrator", but "y hielo", where
 * "hie" is a glide) and "u" for "o" before an "o" sound ("A u Oracle", "7 u 8"). The next item's
 * first word decides, case-insensitively, as ICU does.
 */
const SPANISH_E = /^(?:i|hi(?![ae]))/i;
const SPANISH_U = /^(?:o|ho|8|11(?:\s|$))/i;

export function plainList(items: readonly string[], type: 'and' | 'or', locale: string): string | undefined {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1] as string;
  if (SERIAL_COMMA.has(locale) || NO_SERIAL_COMMA.has(locale)) {
    const comma = items.length > 2 && SERIAL_COMMA.has(locale) ? ',' : '';
    return `${head}${comma} ${type} ${last}`;
  }
  if (SPANISH.test(locale)) {
    const word = type === 'and' ? (SPANISH_E.test(last) ? 'e' : 'y') : SPANISH_U.test(last) ? 'u' : 'o';
    return `${head} ${word} ${last}`;
  }
  return undefined;
}
