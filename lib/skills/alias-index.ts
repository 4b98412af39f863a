/**
 * The aliases of every entry compiled once into a trie keyed by normalised tokens. Matching
 * walks the trie from each token, so it costs O(text tokens × longest alias) with one hash
 * lookup per step, whatever the number of aliases: a regular expression per alias would cost one pass per alias.
 */

import { aliasNormId, knownNormId } from './norm-ids';
import { stem } from './stem';
import type { Taxonomy } from './taxonomy';
import { normTokens } from './tokens';
import type { Entry } from './types';

export interface Hit {
  entry: number;
  /** Set when this form is a common word or a letter and needs context (see `Ambiguity`). */
  ambiguousForm: string | undefined;
}

export interface TrieNode {
  /** Keyed by the number of the next token's normalised form (`norm-ids.ts`). */
  next: Map<number, TrieNode> | undefined;
  hits: Hit[] | undefined;
  /** `hits` split once at build time, so matching allocates nothing per token. */
  safe: Hit[] | undefined;
  ambiguous: Hit[] | undefined;
}

export interface AliasIndex {
  root: TrieNode;
  /**
   * The root's children by token number, in an array: most tokens of a text start no alias,
   * and an array read answers that faster than the root's map of thousands of keys.
   */
  firstStep: readonly (TrieNode | undefined)[];
  entries: readonly Entry[];
  /** Lower-cased context words per ambiguous entry, normalised like text tokens. */
  context: ReadonlyMap<number, ReadonlySet<string>>;
  notBefore: ReadonlyMap<number, ReadonlySet<string>>;
}

/** Aliases starting with "=" only name a skill as a marketplace label, never in free text. */
export const LABEL_ONLY = '=';

const newNode = (): TrieNode => ({ next: undefined, hits: undefined, safe: undefined, ambiguous: undefined });

function splitHits(node: TrieNode): void {
  if (node.hits) {
    const safe = node.hits.filter((h) => h.ambiguousForm === undefined);
    const ambiguous = node.hits.filter((h) => h.ambiguousForm !== undefined);
    node.safe = safe.length ? safe : undefined;
    node.ambiguous = ambiguous.length ? ambiguous : undefined;
  }
  for (const child of node.next?.values() ?? []) splitHits(child);
}

function insert(root: TrieNode, keys: readonly string[], hit: Hit): void {
  let node = root;
  for (const key of keys) {
    node.next ??= new Map();
    const id = aliasNormId(key);
    let child = node.next.get(id);
    if (!child) {
      child = newNode();
      node.next.set(id, child);
    }
    node = child;
  }
  node.hits ??= [];
  const same = node.hits.find((h) => h.entry === hit.entry);
  if (!same) node.hits.push(hit);
  // "Excel" and "excel" share a key: keep the form that accepts more ("excel" accepts any case),
  // and a safe spelling beats an ambiguous one.
  else if (
    same.ambiguousForm !== undefined &&
    (hit.ambiguousForm === undefined || hit.ambiguousForm === hit.ambiguousForm.toLowerCase())
  ) {
    same.ambiguousForm = hit.ambiguousForm;
  }
}

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

/**
 * Compiles the aliases of the entries `include` accepts (all by default). Hit numbers are
 * positions in `tax.entries` either way, so several indexes can share one entry table.
 */
export function buildIndex(
  tax: Pick<Taxonomy, 'entries'>,
  include: (entry: Entry) => boolean = () => true,
): AliasIndex {
  const root = newNode();
  const context = new Map<number, Set<string>>();
  const notBefore = new Map<number, Set<string>>();
  tax.entries.forEach((entry, i) => {
    if (!include(entry)) return;
    const named = entry.labelOnly ? entry.aliases : [entry.name, ...entry.aliases];
    const safe = named.filter((a) => !a.startsWith(LABEL_ONLY));
    const ambiguous = new Set(entry.ambiguity?.forms ?? []);
    // A form written in lower case is ambiguous in any case ("unity", "dart", "audit"): the
    // entry's own name or alias that reads the same once stemmed ("Unity", "Auditing",
    // "Rewriting" for "rewrite") must need the same context, or the ambiguity would never apply.
    const anyCase = new Map<string, string>();
    for (const form of ambiguous) {
      if (form === form.toLowerCase()) anyCase.set(normTokens(form).join(' '), form);
    }
    for (const alias of safe) {
      if (ambiguous.has(alias)) continue;
      for (const keys of aliasKeys(alias))
        insert(root, keys, {
          entry: i,
          // Most entries have no such form: no key string joined for them.
          ambiguousForm: anyCase.size ? anyCase.get(keys.join(' ')) : undefined,
        });
    }
    if (!entry.ambiguity) return;
    for (const form of entry.ambiguity.forms) {
      // Only the exact tokens: "Go" must not also be reachable as a joined variant.
      const keys = normTokens(form);
      if (keys.length) insert(root, keys, { entry: i, ambiguousForm: form });
    }
    context.set(i, new Set(entry.ambiguity.context.flatMap(normTokens)));
    notBefore.set(i, new Set(entry.ambiguity.notBefore.flatMap(normTokens)));
  });
  splitHits(root);
  const firstStep: (TrieNode | undefined)[] = [];
  let top = -1;
  for (const id of root.next?.keys() ?? []) top = Math.max(top, id);
  // Filled to its length, so the array is packed and every read in bounds reads a slot.
  for (let id = 0; id <= top; id++) firstStep.push(root.next?.get(id));
  return { root, firstStep, entries: tax.entries, context, notBefore };
}

/** The trie node reached by `keys` from the root, if the path exists. */
export function walk(index: AliasIndex, keys: readonly string[]): TrieNode | undefined {
  let node: TrieNode | undefined = index.root;
  for (const key of keys) {
    node = node?.next?.get(knownNormId(key));
    if (!node) return undefined;
  }
  return node;
}
