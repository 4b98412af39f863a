/**
 * How central each found skill is to a listing. Clients label a job with a handful of skills
 * (Freelancer allows five) while descriptions often list a whole stack; the skills a client
 * names in the title, repeats, or that the task itself implies are the ones the job is about.
 */
import type { Evidence, TaggedSkill } from './types';

/** Evidence weights: a title or a marketplace chip is the client's own choice of words. */
const WEIGHT: Record<Evidence['in'], number> = {
  title: 1,
  platformSkills: 1,
  description: 0.6,
  implied: 0.45,
};

/** Each further, different piece of evidence (another mention, an implication) adds this much. */
const CORROBORATION = 0.15;

/** Beyond this many named skills a single description mention is one of a list, worth less. */
const CROWD = 5;

/**
 * The default cut for `tagText`, chosen on the tune half of freelancer-jobs-2020 (see
 * scripts/eval-skills.ts); 0 keeps every skill found.
 */
export const DEFAULT_MIN_SALIENCE = 0;

export function withSalience(skills: readonly Omit<TaggedSkill, 'salience'>[]): TaggedSkill[] {
  const named = skills.filter((s) => s.evidence.some((e) => e.in !== 'implied')).length;
  const crowding = named > CROWD ? CROWD / named : 1;
  return skills.map((s) => {
    let best = 0;
    for (const e of s.evidence) best = Math.max(best, WEIGHT[e.in]);
    const distinct = new Set(s.evidence.map((e) => (e.in === 'implied' ? `i:${e.from.join('+')}` : e.in)))
      .size;
    let salience = best + CORROBORATION * (distinct - 1);
    if (best < 1) salience *= crowding;
    return { ...s, salience: Math.min(1, Math.round(salience * 1000) / 1000) };
  });
}
