/**
 * Which resources teach a skill, and how they were found: the skill's own resources first; a
 * narrower skill with none inherits those of the skill it is a kind of (English to Spanish
 * Translation from Translation, Shopify Theme Development from Shopify); a skill still without
 * any gets its category's starting points (an open curriculum of the field). The inheritance is
 * said in the answer, so the page can tell "for Translation" from "for this skill".
 */
import * as z from 'zod/mini';
import { withBroader } from '../skills/broader';
import { getSkill } from '../skills/taxonomy';
import { CATEGORIES, type CategoryId, type SkillId } from '../skills/types';
import { allResources, Resource } from './resources';

type ResourceT = z.infer<typeof Resource>;

export const CoveredBy = z.discriminatedUnion('how', [
  z.object({ how: z.literal('direct') }),
  z.object({ how: z.literal('broader'), skill: z.string() }),
  z.object({
    how: z.literal('category'),
    category: z.enum(Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]]),
  }),
]);
export type CoveredBy = z.infer<typeof CoveredBy>;

export const SkillResources = z.object({
  skill: z.string(),
  resources: z.array(Resource),
  /** Absent when nothing covers the skill (an id the taxonomy does not know). */
  coveredBy: z.optional(CoveredBy),
});
export type SkillResources = z.infer<typeof SkillResources>;

/** How many resources a page shows per skill: a few good ways in, not a catalogue. */
export const RESOURCES_PER_SKILL = 4;

interface Index {
  bySkill: Map<SkillId, ResourceT[]>;
  byCategory: Map<CategoryId, ResourceT[]>;
}

let index: Index | undefined;

function resourceIndex(): Index {
  if (index) return index;
  const bySkill = new Map<SkillId, ResourceT[]>();
  const byCategory = new Map<CategoryId, ResourceT[]>();
  const add = <K>(map: Map<K, ResourceT[]>, key: K, r: ResourceT) =>
    map.set(key, [...(map.get(key) ?? []), r]);
  for (const r of allResources()) {
    for (const s of r.skills) add(bySkill, s, r);
    for (const c of r.categories) add(byCategory, c, r);
  }
  index = { bySkill, byCategory };
  return index;
}

/** Beginner material first, then the shorter; free courses before reference documentation. */
const KIND_ORDER = { course: 0, practice: 1, certificate: 2, docs: 3 } as const;
const LEVEL_ORDER = { beginner: 0, intermediate: 1, expert: 2 } as const;
const order = (a: ResourceT, b: ResourceT) =>
  LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.hours - b.hours;

export function resourcesFor(skill: SkillId, limit = RESOURCES_PER_SKILL): SkillResources {
  const { bySkill, byCategory } = resourceIndex();
  const chain = withBroader(skill);
  for (const [i, id] of chain.entries()) {
    const found = bySkill.get(id);
    if (found?.length) {
      const resources = [...found].sort(order).slice(0, limit);
      return { skill, resources, coveredBy: i === 0 ? { how: 'direct' } : { how: 'broader', skill: id } };
    }
  }
  const category = getSkill(skill)?.category;
  const starting = category ? byCategory.get(category) : undefined;
  if (category && starting?.length)
    return {
      skill,
      resources: [...starting].sort(order).slice(0, limit),
      coveredBy: { how: 'category', category },
    };
  return { skill, resources: [] };
}
