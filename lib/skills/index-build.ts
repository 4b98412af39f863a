/**
 * Building the alias index. Each entry's aliases are cut into keys (`aliasKeys`: tokens,
 * stemmed) and each key is inserted in flat arrays (`AliasIndex`). Cutting is the slow part, so
 * the shipped taxonomy's keys are cut ahead of time and shipped as text
 * (`compiled-index.generated.ts`, written and read by `keys-text.ts`); a cold worker only
 * inserts them. A taxonomy
 * made at run time (tests, the benchmark's scaled one) cuts its keys here, in the same order.
 */
import { type AliasIndex, aliasKeys, edgeSlot, entryWords, type Hit, LABEL_ONLY } from './alias-index';
import type { AliasedTaxonomy } from './aliased-taxonomy';
import { aliasNormId } from './norm-ids';
import { normTokens } from './tokens';
import type { AliasedEntry, Entry } from './types';

/** One key to insert: the entry it names, its tokens, and the form that needs context, if any. */
export interface KeyInsert {
  entry: number;
  words: readonly string[];
  ambiguousForm: string | undefined;
}

/** The keys of the entries `include` accepts, in the order they are inserted. */
export function* keysOf(
  tax: Pick<AliasedTaxonomy, 'entries'>,
  include: (entry: AliasedEntry) => boolean,
): Generator<KeyInsert> {
  for (let entry = 0; entry < tax.entries.length; entry++) {
    const e = tax.entries[entry] as AliasedEntry;
    if (!include(e)) continue;
    const named = e.labelOnly ? e.aliases : [e.name, ...e.aliases];
    const ambiguous = new Set(e.ambiguity?.forms ?? []);
    // A form written in lower case is ambiguous in any case ("unity", "dart", "audit"): the
    // entry's own name or alias that reads the same once stemmed ("Unity", "Auditing",
    // "Rewriting" for "rewrite") must need the same context, or the ambiguity would never apply.
    const anyCase = new Map<string, string>();
    for (const form of ambiguous) {
      if (form === form.toLowerCase()) anyCase.set(normTokens(form).join(' '), form);
    }
    for (const alias of named) {
      if (alias.startsWith(LABEL_ONLY) || ambiguous.has(alias)) continue;
      // Most entries have no such form: no key string joined for them.
      for (const words of aliasKeys(alias))
        yield { entry, words, ambiguousForm: anyCase.size ? anyCase.get(words.join(' ')) : undefined };
    }
    for (const form of e.ambiguity?.forms ?? []) {
      // Only the exact tokens: "Go" must not also be reachable as a joined variant.
      const words = normTokens(form);
      if (words.length) yield { entry, words, ambiguousForm: form };
    }
  }
}

/**
 * Inserts keys into flat arrays. Keys come entry by entry in ascending order, so a node's hit for
 * the entry being inserted, if any, is its latest one.
 */
export class FlatBuilder {
  private parent: Int32Array;
  private token: Int32Array;
  private child: Int32Array;
  private mask: number;
  private nodes = 1;
  private readonly rootChildren: number[] = [];
  private readonly hitNode: number[] = [];
  private readonly hits: Hit[] = [];
  private latestHit = new Int32Array(1024).fill(-1);

  constructor(expectedNodes: number) {
    let size = 1024;
    while (size < expectedNodes * 2) size *= 2;
    this.parent = new Int32Array(size);
    this.token = new Int32Array(size);
    this.child = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  insert(tokens: ArrayLike<number>, hit: Hit): void {
    let node = 0;
    for (let k = 0; k < tokens.length; k++) node = this.step(node, tokens[k] as number);
    const latest = node < this.latestHit.length ? (this.latestHit[node] as number) : -1;
    const same = latest >= 0 ? this.hits[latest] : undefined;
    if (same?.entry !== hit.entry) {
      this.remember(node, this.hits.push(hit) - 1);
      this.hitNode.push(node);
    }
    // "Excel" and "excel" share a key: keep the form that accepts more ("excel" accepts any case),
    // and a safe spelling beats an ambiguous one.
    else if (
      same.ambiguousForm !== undefined &&
      (hit.ambiguousForm === undefined || hit.ambiguousForm === hit.ambiguousForm.toLowerCase())
    ) {
      same.ambiguousForm = hit.ambiguousForm;
    }
  }

  /** The child along `token`, made when missing. */
  private step(parent: number, token: number): number {
    let slot = edgeSlot(parent, token, this.mask);
    for (; ; slot = (slot + 1) & this.mask) {
      const child = this.child[slot] as number;
      if (child < 0) break;
      if (this.parent[slot] === parent && this.token[slot] === token) return child;
    }
    const made = this.nodes++;
    this.parent[slot] = parent;
    this.token[slot] = token;
    this.child[slot] = made;
    if (parent === 0) this.rootChildren.push(token, made);
    if (this.nodes * 2 > this.child.length) this.grow();
    return made;
  }

  private remember(node: number, hit: number): void {
    if (node >= this.latestHit.length) {
      const wider = new Int32Array(Math.max(node + 1, this.latestHit.length * 2)).fill(-1);
      wider.set(this.latestHit);
      this.latestHit = wider;
    }
    this.latestHit[node] = hit;
  }

  private grow(): void {
    const { parent, token, child } = this;
    const size = child.length * 2;
    this.parent = new Int32Array(size);
    this.token = new Int32Array(size);
    this.child = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let s = 0; s < child.length; s++) {
      if ((child[s] as number) < 0) continue;
      let slot = edgeSlot(parent[s] as number, token[s] as number, this.mask);
      while ((this.child[slot] as number) >= 0) slot = (slot + 1) & this.mask;
      this.parent[slot] = parent[s] as number;
      this.token[slot] = token[s] as number;
      this.child[slot] = child[s] as number;
    }
  }

  finish(entries: readonly Entry[]): AliasIndex {
    let top = -1;
    for (let k = 0; k < this.rootChildren.length; k += 2) top = Math.max(top, this.rootChildren[k] as number);
    const firstStep = new Int32Array(top + 1).fill(-1);
    for (let k = 0; k < this.rootChildren.length; k += 2)
      firstStep[this.rootChildren[k] as number] = this.rootChildren[k + 1] as number;
    const { safeFrom, safeEntries, ambiguousFrom, ambiguousHits } = this.hitsByNode();
    return {
      firstStep,
      edges: { parent: this.parent, token: this.token, child: this.child, mask: this.mask },
      safeFrom,
      safeEntries,
      ambiguousFrom,
      ambiguousHits,
      entries,
      context: entryWords(entries, (a) => a.context),
      notBefore: entryWords(entries, (a) => a.notBefore),
    };
  }

  /**
   * The hits sorted by node (a counting sort, insertion order kept within a node), safe ones and
   * those needing context apart, with where each node's run starts. Plain loops: this runs once,
   * cold, before a restarted worker's first answer, where every callback is interpreted.
   */
  private hitsByNode(): Pick<AliasIndex, 'safeFrom' | 'safeEntries' | 'ambiguousFrom' | 'ambiguousHits'> {
    const { hits, hitNode, nodes } = this;
    const safeFrom = new Int32Array(nodes + 1);
    const ambiguousFrom = new Int32Array(nodes + 1);
    for (let k = 0; k < hits.length; k++) {
      const from = (hits[k] as Hit).ambiguousForm === undefined ? safeFrom : ambiguousFrom;
      const next = (hitNode[k] as number) + 1;
      from[next] = (from[next] as number) + 1;
    }
    for (let n = 0; n < nodes; n++) {
      safeFrom[n + 1] = (safeFrom[n + 1] as number) + (safeFrom[n] as number);
      ambiguousFrom[n + 1] = (ambiguousFrom[n + 1] as number) + (ambiguousFrom[n] as number);
    }
    const safeEntries = new Int32Array(safeFrom[nodes] as number);
    const ambiguousHits: Hit[] = new Array(ambiguousFrom[nodes] as number);
    const nextSafe = safeFrom.slice();
    const nextAmbiguous = ambiguousFrom.slice();
    for (let k = 0; k < hits.length; k++) {
      const hit = hits[k] as Hit;
      const node = hitNode[k] as number;
      if (hit.ambiguousForm === undefined) {
        safeEntries[nextSafe[node] as number] = hit.entry;
        nextSafe[node] = (nextSafe[node] as number) + 1;
      } else {
        ambiguousHits[nextAmbiguous[node] as number] = hit;
        nextAmbiguous[node] = (nextAmbiguous[node] as number) + 1;
      }
    }
    return { safeFrom, safeEntries, ambiguousFrom, ambiguousHits };
  }
}

/** Inserts `keys` (entry numbers ascending) into a new index over `entries`. */
export function indexOf(keys: Iterable<KeyInsert>, entries: readonly Entry[], expectedNodes = 0): AliasIndex {
  const builder = new FlatBuilder(expectedNodes);
  const tokens: number[] = [];
  for (const key of keys) {
    tokens.length = 0;
    for (const word of key.words) tokens.push(aliasNormId(word));
    builder.insert(tokens, { entry: key.entry, ambiguousForm: key.ambiguousForm });
  }
  return builder.finish(entries);
}

/**
 * Compiles the aliases of the entries `include` accepts (all by default) at run time. Hit numbers
 * are positions in `tax.entries` either way, so several indexes can share one entry table.
 */
export function buildIndex(
  tax: Pick<AliasedTaxonomy, 'entries'>,
  include: (entry: AliasedEntry) => boolean = () => true,
): AliasIndex {
  return indexOf(keysOf(tax, include), tax.entries);
}
