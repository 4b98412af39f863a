/**
 * The shipped taxonomy with every entry's and skill's aliases (`aliases.generated.ts`, a line per
 * entry in the entries' order), for what still reads them raw: the options page's skill search,
 * an index or label map built at run time, the build scripts and the tests. The background's
 * tagger reads the keys cut from them ahead of time (`shipped-index.ts`), so its bundle carries
 * the aliases once, as keys, and a restarted worker does not split them.
 */

import { LABEL_ONLY } from './alias-index';
import { PACKED_ALIASES } from './aliases.generated';
import { list, type Taxonomy, taxonomy } from './taxonomy';
import type { AliasedEntry, AliasedSkill, SkillId } from './types';

export interface AliasedTaxonomy extends Taxonomy {
  skills: readonly AliasedSkill[];
  byId: ReadonlyMap<SkillId, AliasedSkill>;
  entries: readonly AliasedEntry[];
}

/** `tax` with the aliases `packedAliases` gives, one line per entry; throws when the two disagree. */
export function withAliases(tax: Taxonomy, packedAliases: string): AliasedTaxonomy {
  const lines = packedAliases.split('\n');
  if (lines.length !== tax.entries.length)
    throw new Error(`taxonomy: ${lines.length} lines of aliases for ${tax.entries.length} entries`);
  const entries = tax.entries.map((e, i) => ({ ...e, aliases: list(lines[i]) }));
  const aliasesOf = new Map(entries.map((e) => [e.id, e.aliases]));
  // The display name is matched as well; label-only names are the label map's, not the skill's.
  const skills = tax.skills.map((s) => ({
    ...s,
    aliases: (aliasesOf.get(s.id) ?? []).filter((a) => !a.startsWith(LABEL_ONLY)),
  }));
  return { ...tax, entries, skills, byId: new Map(skills.map((s) => [s.id, s])) };
}

let loaded: AliasedTaxonomy | undefined;

/** The shipped taxonomy with its aliases, read on first call. */
export function aliasedTaxonomy(): AliasedTaxonomy {
  loaded ??= withAliases(taxonomy(), PACKED_ALIASES);
  return loaded;
}
