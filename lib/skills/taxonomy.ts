/**
 * Reads the generated taxonomy (`taxonomy.generated.ts`, written by scripts/build-taxonomy.ts):
 * a packed string rather than JSON objects, one line per entry, `|` between fields, `;` inside
 * lists, unpacked once, on first use. The aliases are not in it: the tagger reads keys cut from
 * them ahead of time, and what needs them raw reads `aliasedTaxonomy()` (./aliased-taxonomy.ts).
 */
import { ANYWHERE, FIELDS, FLAG, HIDDEN_CATEGORY, IN_TITLE, SECTION_MARK, slugOf } from './packed-format';
import { PACKED_ENTRIES, PACKED_RULES } from './taxonomy.generated';
import { CATEGORIES, type CategoryId, type Entry, type Rule, type Skill, type SkillId } from './types';

export interface Taxonomy {
  skills: readonly Skill[];
  byId: ReadonlyMap<SkillId, Skill>;
  /** Skills and hidden concepts, with what the matcher needs. */
  entries: readonly Entry[];
  rules: readonly Rule[];
}

export const list = (field: string | undefined): string[] => (field ? field.split(';') : []);

export function unpack(packedEntries: string, packedRules: string): Taxonomy {
  // Where each field stands in a line. Worked out here, not at the top of the module: a call there
  // would make every bundle that merely imports this module carry the taxonomy.
  const AT = Object.fromEntries(FIELDS.map((name, i) => [name, i])) as Record<
    (typeof FIELDS)[number],
    number
  >;
  const skills: Skill[] = [];
  const entries: Entry[] = [];
  let category = '';
  for (const line of packedEntries.split('\n')) {
    if (!line) continue;
    if (line.startsWith(SECTION_MARK)) {
      category = line.slice(SECTION_MARK.length);
      continue;
    }
    const f = line.split('|');
    const [storedId = '', name = '', beginner = ''] = f;
    const id = storedId || slugOf(name);
    const ambiguous = list(f[AT.ambiguous]);
    const hidden = category === HIDDEN_CATEGORY;
    const flags = f[AT.flags] ?? '';
    entries.push({
      id,
      name,
      hidden,
      ambiguity: ambiguous.length
        ? { forms: ambiguous, context: list(f[AT.context]), notBefore: list(f[AT.notBefore]) }
        : undefined,
      implies: list(f[AT.implies]),
      umbrella: flags.includes(FLAG.umbrella),
      domain: flags.includes(FLAG.domain),
      labelOnly: flags.includes(FLAG.labelOnly),
      imported: flags.includes(FLAG.imported),
      productName: flags.includes(FLAG.name),
      category,
    });
    if (hidden) continue;
    if (!(category in CATEGORIES)) throw new Error(`taxonomy: unknown category "${category}" for ${id}`);
    skills.push({
      id,
      name,
      category: category as CategoryId,
      beginner: Number(beginner) / 9,
      prerequisites: list(f[AT.prerequisites]),
      related: list(f[AT.related]),
    });
  }
  const rules: Rule[] = [];
  for (const line of packedRules.split('\n')) {
    if (!line) continue;
    const [when = '', gives = '', unless = '', within = ''] = line.split('>');
    rules.push({
      when: when.split(' '),
      gives: gives.split(' '),
      unless: unless ? unless.split(' ') : [],
      ...(within === ANYWHERE
        ? { anywhere: true }
        : within === IN_TITLE
          ? { inTitle: true }
          : within
            ? { within: Number(within) }
            : {}),
    });
  }
  return { skills, byId: new Map(skills.map((s) => [s.id, s])), entries, rules };
}

let loaded: Taxonomy | undefined;

/** The shipped taxonomy, unpacked on first call. */
export function taxonomy(): Taxonomy {
  loaded ??= unpack(PACKED_ENTRIES, PACKED_RULES);
  return loaded;
}

export function getSkill(id: SkillId): Skill | undefined {
  return taxonomy().byId.get(id);
}
