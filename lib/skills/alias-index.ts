/**
 * The aliases of every entry in a trie keyed by normalised tokens (built in `index-build.ts`).
 * Matching walks the trie from each token, so it costs O(text tokens × longest alias) with one
 * table lookup per step, whatever the number of aliases: a regular expression per alias would
 * cost one pass per alias.
 */

import { knownNormId } from './norm-ids';
import { stem } from './stem';
import { normTokens } from './tokens';
import type { Entry } from './types';

export interface Hit {
  entry: number;
  /** Set when this form is a common word or a letter and needs context (see `Ambiguity`). */
  ambiguousForm: string | undefined;
}

/**
 * The trie in flat arrays: nodes are numbers (0 is the root), so matching reads typed arrays and
 * allocates nothing, and the shipped index is built from keys cut ahead of time
 * (`shipped-index.ts`) without cutting or stemming thousands of aliases in a cold worker.
 */
export interface AliasIndex {
  /** The node each token number leads to from the root, or -1: one array read per text token. */
  firstStep: Int32Array;
  /** Every other edge, in an open-addressing table keyed by (parent node, token number). */
  edges: EdgeTable;
  /** Node n names the entries `safeEntries[safeFrom[n]]` up to `safeEntries[safeFrom[n + 1]]`. */
  safeFrom: Int32Array;
  safeEntries: Int32Array;
  /** Likewise for the forms that need context. */
  ambiguousFrom: Int32Array;
  ambiguousHits: readonly Hit[];
  entries: readonly Entry[];
  /** Lower-cased context words per ambiguous entry, normalised like text tokens. */
  context: EntryWords;
  notBefore: EntryWords;
}

/** Words per entry number: undefined for an entry with no ambiguity. */
export interface EntryWords {
  get(entry: number): ReadonlySet<string> | undefined;
}

/**
 * An ambiguous entry's context (or not-before) words, normalised when the tagger first meets one
 * of its forms in a listing: a cold worker's index no longer runs the tokeniser over every
 * ambiguous entry's words before its first answer (3.5–6 ms in a fresh process), and a listing
 * meets a handful of them.
 */
export function entryWords(
  entries: readonly Entry[],
  pick: (ambiguity: NonNullable<Entry['ambiguity']>) => readonly string[],
): EntryWords {
  const made = new Map<number, ReadonlySet<string>>();
  return {
    get(entry) {
      const known = made.get(entry);
      if (known) return known;
      const ambiguity = entries[entry]?.ambiguity;
      if (!ambiguity) return undefined;
      const words = new Set(pick(ambiguity).flatMap(normTokens));
      made.set(entry, words);
      return words;
    },
  };
}

export interface EdgeTable {
  parent: Int32Array;
  token: Int32Array;
  /** -1 marks an empty slot. */
  child: Int32Array;
  mask: number;
}

/** Aliases starting with "=" only name a skill as a marketplace label, never in free text. */
export const LABEL_ONLY = '=';

/**
 * Spelling variants a page may use for a multi-word alias: "React.js" also as "React js" and
 * "ReactJS", "e-commerce" as "ecommerce". Generated here rather than stored, to keep the
 * shipped data small.
 */
export function aliasKeys(alias: string): readonly (readonly string[])[] {
  let keys = keysOfAlias.get(alias);
  if (!keys) {
    keys = PLAIN_WORDS.test(alias) ? plainAliasKeys(alias) : tokenAliasKeys(alias);
    keysOfAlias.set(alias, keys);
  }
  return keys;
}

/**
 * The index and the label map read the same thousands of aliases: each is cut once per
 * process. The taxonomy bounds the map (a label the page prints is not cached here).
 */
const keysOfAlias = new Map<string, readonly (readonly string[])[]>();

/**
 * Nine aliases in ten are words of letters and single spaces ("landing page", "Shopify"): the
 * tokeniser would cut them at the spaces and stem each word, and so does this, without its pass
 * over every character (a cold worker compiles thousands of them before a page's first answer).
 * tests/unit/skills/alias-index.test.ts checks it agrees with the tokeniser on every alias.
 */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function plainAliasKeys(alias: string): string[][] {
  const lower = alias.toLowerCase();
  const words = lower.split(' ').map(stem);
  if (words.length < 2 || words.length > 3) return [words];
  return [words, [stem(lower.replaceAll(' ', ''))]];
}

/** The keys of any alias, read by the tokeniser. */
export function tokenAliasKeys(alias: string): string[][] {
  const tokens = normTokens(alias);
  const variants = [tokens];
  const words = tokens.filter((t) => t !== '.');
  if (words.length !== tokens.length && words.length > 0) variants.push(words);
  const allLetters = words.every((w) => /^[a-z]+$/.test(w));
  if (words.length > 1 && words.length <= 3 && allLetters) {
    const joined = normTokens(alias.replace(/[\s.-]+/g, ''));
    if (joined.length === 1) variants.push(joined);
  }
  return variants.filter((v) => v.length > 0);
}

/** The node a token number leads to from the root, or -1. */
export function firstNode(index: AliasIndex, token: number): number {
  return token >= 0 && token < index.firstStep.length ? (index.firstStep[token] as number) : -1;
}

/** The child of `parent` along the token numbered `token`, or -1. */
export function childNode(edges: EdgeTable, parent: number, token: number): number {
  if (token < 0) return -1;
  for (let slot = edgeSlot(parent, token, edges.mask); ; slot = (slot + 1) & edges.mask) {
    const child = edges.child[slot] as number;
    if (child < 0 || (edges.parent[slot] === parent && edges.token[slot] === token)) return child;
  }
}

/** Where the edge (parent, token) is looked for first: a multiplicative hash of both numbers. */
export function edgeSlot(parent: number, token: number, mask: number): number {
  const h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(token + 1, 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
}

/** The trie node reached by `keys` from the root, or -1 when the path does not exist. */
export function walk(index: AliasIndex, keys: readonly string[]): number {
  let node = 0;
  for (const key of keys) {
    const id = knownNormId(key);
    node = node === 0 ? firstNode(index, id) : childNode(index.edges, node, id);
    if (node < 0) return -1;
  }
  return node;
}

/** The entries named without ambiguity at `node` (none for -1). */
export function safeEntriesAt(index: AliasIndex, node: number): Int32Array {
  if (node < 0) return new Int32Array(0);
  return index.safeEntries.subarray(index.safeFrom[node], index.safeFrom[node + 1]);
}
