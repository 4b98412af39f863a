/**
 * The shipped taxonomy's alias indexes and label map, from keys cut ahead of time
 * (`compiled-index.generated.ts`, written by scripts/compile-index.ts): a cold worker's first
 * page no longer waits while thousands of aliases are cut and stemmed.
 */
import { type AliasIndex, walk } from './alias-index';
import { COMPILED_KEYS } from './compiled-index.generated';
import { FlatBuilder } from './index-build';
import { forEachKey, insertFromText } from './keys-text';
import { type Taxonomy, taxonomy } from './taxonomy';
import type { Entry, SkillId } from './types';

/** Marketplace labels by key (a label's tokens joined by spaces, as `normKey` gives them). */
export interface LabelLookup {
  get(key: string): SkillId | undefined;
}

/** What a tagger reads: skills' and hidden concepts' aliases, and marketplace labels. */
export interface TaggerIndexes {
  skillIndex: AliasIndex;
  conceptIndex: AliasIndex;
  labelMap: LabelLookup;
}

/** A taxonomy's keys as text (`keysText`); entries are positions in `taxonomy.entries`. */
export interface CompiledKeys {
  skills: string;
  concepts: string;
  /** The label keys the skills' keys do not give (label-only names, joined spellings of ambiguous forms). */
  labels: string;
  /** How many trie nodes the skills' keys make, so the table is sized once. */
  skillNodes: number;
}

/**
 * The first entry (in taxonomy order) with a key ending at `node`, or -1: hits are inserted entry
 * by entry, so it is the first of the node's safe hits or of its hits needing context.
 */
function firstClaim(index: AliasIndex, node: number): number {
  if (node < 0) return -1;
  const safeAt = index.safeFrom[node] as number;
  const safe = safeAt < (index.safeFrom[node + 1] as number) ? (index.safeEntries[safeAt] as number) : -1;
  const ambiguousAt = index.ambiguousFrom[node] as number;
  const ambiguous =
    ambiguousAt < (index.ambiguousFrom[node + 1] as number)
      ? (index.ambiguousHits[ambiguousAt]?.entry ?? -1)
      : -1;
  return safe < 0 || (ambiguous >= 0 && ambiguous < safe) ? ambiguous : safe;
}

/**
 * Labels read through the skills' index: a key names the first entry that has it, as
 * `buildLabelMap` claims them, unless `extras` (the keys only labels have) says otherwise. No map
 * of twelve thousand keys is made before a restarted worker's first answer.
 */
function labelsThrough(
  skills: AliasIndex,
  extras: ReadonlyMap<string, SkillId>,
  entries: readonly Entry[],
): LabelLookup {
  return {
    get(key) {
      const extra = extras.get(key);
      if (extra !== undefined) return extra;
      const entry = firstClaim(skills, walk(skills, key.split(' ')));
      return entry < 0 ? undefined : entries[entry]?.id;
    },
  };
}

/** Reads compiled keys. */
export function loadIndexes(c: CompiledKeys, tax: Pick<Taxonomy, 'entries'>): TaggerIndexes {
  const skills = new FlatBuilder(c.skillNodes);
  insertFromText(skills, c.skills);
  const concepts = new FlatBuilder(0);
  insertFromText(concepts, c.concepts);
  const extras = new Map<string, SkillId>();
  forEachKey(c.labels, (key, entry) => {
    const id = tax.entries[entry]?.id;
    if (id !== undefined) extras.set(key, id);
  });
  const skillIndex = skills.finish(tax.entries);
  return {
    skillIndex,
    conceptIndex: concepts.finish(tax.entries),
    labelMap: labelsThrough(skillIndex, extras, tax.entries),
  };
}

let shipped: TaggerIndexes | undefined;

/** The shipped taxonomy's indexes, read on first call. */
export function shippedIndexes(): TaggerIndexes {
  shipped ??= loadIndexes(COMPILED_KEYS, taxonomy());
  return shipped;
}
