/**
 * The alias keys as text, the form the shipped index takes (`compiled-index.generated.ts`): one
 * line per entry, `step|key;key=Form;…`, where step is the entry's number less the previous
 * line's (left out when 1), a key is its tokens joined by spaces and `=Form` gives the form that
 * needs context. The tokeniser never puts these separators in a token.
 */
import type { FlatBuilder, KeyInsert } from './index-build';
import { aliasNormId } from './norm-ids';

const SEPARATORS = /[ ;|=\n]/;

/** `keys` as text (see above); throws when a token or form holds a separator. */
export function keysText(keys: Iterable<KeyInsert>): string {
  const lines: string[] = [];
  let line: string[] = [];
  let lineEntry = -1;
  let previous = -1;
  const close = (): void => {
    if (lineEntry < 0) return;
    const step = lineEntry - previous;
    lines.push(`${step === 1 ? '' : step}|${line.join(';')}`);
    previous = lineEntry;
  };
  for (const key of keys) {
    if (key.entry !== lineEntry) {
      close();
      line = [];
      lineEntry = key.entry;
    }
    for (const word of key.words)
      if (!word || SEPARATORS.test(word)) throw new Error(`index: token "${word}" cannot be written`);
    if (key.ambiguousForm !== undefined && /[;|\n]/.test(key.ambiguousForm))
      throw new Error(`index: form "${key.ambiguousForm}" cannot be written`);
    line.push(key.words.join(' ') + (key.ambiguousForm === undefined ? '' : `=${key.ambiguousForm}`));
  }
  close();
  return lines.join('\n');
}

/**
 * Reads keys written by `keysText` with no objects made per key (the cold worker's path): `fn`
 * hears each key's words joined by spaces, its entry and its form needing context.
 */
export function forEachKey(
  text: string,
  fn: (words: string, entry: number, ambiguousForm: string | undefined) => void,
): void {
  let entry = -1;
  for (let at = 0; at < text.length; ) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const bar = text.indexOf('|', at);
    entry += bar === at ? 1 : Number(text.slice(at, bar));
    for (let keyAt = bar + 1; keyAt < lineEnd; ) {
      let keyEnd = text.indexOf(';', keyAt);
      if (keyEnd < 0 || keyEnd > lineEnd) keyEnd = lineEnd;
      let wordsEnd = text.indexOf('=', keyAt);
      if (wordsEnd < 0 || wordsEnd > keyEnd) wordsEnd = keyEnd;
      fn(
        text.slice(keyAt, wordsEnd),
        entry,
        wordsEnd < keyEnd ? text.slice(wordsEnd + 1, keyEnd) : undefined,
      );
      keyAt = keyEnd + 1;
    }
    at = lineEnd + 1;
  }
}

/** Inserts keys written by `keysText`. */
export function insertFromText(builder: FlatBuilder, text: string): void {
  const tokens: number[] = [];
  forEachKey(text, (words, entry, ambiguousForm) => {
    tokens.length = 0;
    for (let at = 0; at < words.length; ) {
      let end = words.indexOf(' ', at);
      if (end < 0) end = words.length;
      tokens.push(aliasNormId(words.slice(at, end)));
      at = end + 1;
    }
    builder.insert(tokens, { entry, ambiguousForm });
  });
}
