/**
 * The shipped taxonomy's alias indexes and label map, from keys cut ahead of time
 * (`compiled-index.generated.ts`, written by scripts/compile-index.ts): a cold worker's first
 * page no longer waits while thousands of aliases are cut and stemmed.
 */
import type { AliasIndex } from './alias-index';
import { COMPILED_KEYS } from './compiled-index.generated';
import { FlatBuilder } from './index-build';
import { forEachKey, insertFromText } from './keys-text';
import { type Taxonomy, taxonomy } from './taxonomy';
import type { SkillId } from './types';

/** What a tagger reads: skills' and hidden concepts' aliases, and marketplace labels. */
export interface TaggerIndexes {
  skillIndex: AliasIndex;
  conceptIndex: AliasIndex;
  labelMap: ReadonlyMap<string, SkillId>;
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
 * Reads compiled keys. The label map is made of the skills' keys, each naming the first entry
 * (in taxonomy order) that has it, as `buildLabelMap` claims them; then the keys only labels have.
 */
export function loadIndexes(c: CompiledKeys, tax: Pick<Taxonomy, 'entries'>): TaggerIndexes {
  const labelMap = new Map<string, SkillId>();
  const skills = new FlatBuilder(c.skillNodes);
  insertFromText(skills, c.skills, (key, entry) => {
    const id = tax.entries[entry]?.id;
    if (id !== undefined && !labelMap.has(key)) labelMap.set(key, id);
  });
  const concepts = new FlatBuilder(0);
  insertFromText(concepts, c.concepts);
  forEachKey(c.labels, (key, entry) => {
    const id = tax.entries[entry]?.id;
    if (id !== undefined) labelMap.set(key, id);
  });
  return { skillIndex: skills.finish(tax.entries), conceptIndex: concepts.finish(tax.entries), labelMap };
}

let shipped: TaggerIndexes | undefined;

/** The shipped taxonomy's indexes, read on first call. */
export function shippedIndexes(): TaggerIndexes {
  shipped ??= loadIndexes(COMPILED_KEYS, taxonomy());
  return shipped;
}
