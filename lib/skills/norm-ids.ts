/**
 * A number for every normalised token: the alias trie is keyed by these, not by the strings.
 * A CPU profile of `tag()` had a quarter of its time in two string-keyed `Map` lookups per
 * token (the stem cache and the trie's first step); a lookup by a small integer needs neither
 * the string's characters nor a comparison of them.
 */

/** The id of a token no alias holds once the table is full: no trie edge carries it. */
export const NO_ID = -1;

/**
 * Page text brings new words all the time; the table stops growing here (a few MB), and a
 * word first seen after that gets `NO_ID` unless an alias already gave it a number.
 */
const TEXT_LIMIT = 200_000;

const ids = new Map<string, number>();

/** The number of a token an alias holds: always given, so every trie edge has one. */
export function aliasNormId(norm: string): number {
  let id = ids.get(norm);
  if (id === undefined) {
    id = ids.size;
    ids.set(norm, id);
  }
  return id;
}

/** The number of a token of page text, or `NO_ID` when the table is full and it has none. */
export function textNormId(norm: string): number {
  const id = ids.get(norm);
  if (id !== undefined) return id;
  return ids.size < TEXT_LIMIT ? aliasNormId(norm) : NO_ID;
}

/** The number a token already has, or `NO_ID`: for a lookup that must not grow the table. */
export const knownNormId = (norm: string): number => ids.get(norm) ?? NO_ID;

/** Whether `textNormId` gave a lasting answer (a cached `NO_ID` would hide a later alias). */
export const isLasting = (id: number): boolean => id !== NO_ID;
