/**
 * A number for every normalised token: the alias trie is keyed by these, not by the strings.
 * A CPU profile of `tag()` had a quarter of its time in two string-keyed `Map` lookups per
 * token (the stem cache and the trie's first step); the trie's first step is now an array read
 * by number, and the other steps compare small integers.
 */

/** The id of a token no alias holds once the table is full: no trie edge carries it. */
export const NO_ID = -1;

export interface NormIds {
  /** The number of a token an alias holds: always given, so every trie edge has one. */
  ofAlias(norm: string): number;
  /** The number of a token of page text, or `NO_ID` when the table is full and it has none. */
  ofText(norm: string): number;
  /** The number a token already has, or `NO_ID`: for a lookup that must not grow the table. */
  known(norm: string): number;
}

/**
 * Page text brings new words all the time; past `textLimit` numbers the table stops growing for
 * them (200,000 by default, a few MB), while aliases are numbered whatever the count.
 */
export function createNormIds(textLimit: number): NormIds {
  const ids = new Map<string, number>();
  const ofAlias = (norm: string): number => {
    let id = ids.get(norm);
    if (id === undefined) {
      id = ids.size;
      ids.set(norm, id);
    }
    return id;
  };
  return {
    ofAlias,
    ofText: (norm) => ids.get(norm) ?? (ids.size < textLimit ? ofAlias(norm) : NO_ID),
    known: (norm) => ids.get(norm) ?? NO_ID,
  };
}

/** The one table the tokeniser and every alias index share. */
const shared = createNormIds(200_000);
export const aliasNormId = shared.ofAlias;
export const textNormId = shared.ofText;
export const knownNormId = shared.known;

/** Whether a number is one to remember a word by (a remembered `NO_ID` would hide a later alias). */
export const isLasting = (id: number): boolean => id !== NO_ID;
