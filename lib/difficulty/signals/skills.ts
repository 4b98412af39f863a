/** How many skills the job asks for, and how hard they are to learn (the taxonomy's hint). */
import { getSkill, type Skill } from '../../skills';
import type { Signal } from '../types';
import { WEIGHTS } from '../weights';

const W = WEIGHTS.skills;
/** Taxonomy `beginner` hint: 0 = years of background, 1 = learnable in weeks. */
const ADVANCED_UP_TO = 0.25;
const FRIENDLY_FROM = 0.75;

function known(ids: readonly string[]): Skill[] {
  const out: Skill[] = [];
  for (const id of new Set(ids)) {
    const skill = getSkill(id);
    if (skill) out.push(skill);
  }
  return out;
}

const names = (skills: readonly Skill[]): string =>
  skills
    .slice(0, 2)
    .map((s) => s.name)
    .join(', ') + (skills.length > 2 ? '…' : '');

export const skillKind: Signal = ({ input }) => {
  const skills = known(input.skills ?? []);
  if (skills.length === 0) return [];
  const advanced = skills.filter((s) => s.beginner <= ADVANCED_UP_TO);
  if (advanced.length > 0) {
    const weight = Math.min(W.advancedMax, W.advanced + W.advancedEach * (advanced.length - 1));
    return [{ weight, reason: `advanced skills: ${names(advanced)}` }];
  }
  if (skills.every((s) => s.beginner >= FRIENDLY_FROM))
    return [{ weight: W.allFriendly, reason: `beginner-friendly skills: ${names(skills)}` }];
  return [];
};

export const skillCount: Signal = ({ input }) => {
  // The client's own list is what the job asks for; the tagger's finds (often more, some only
  // mentioned in passing) stand in only when the page shows no list.
  const listed = new Set(input.platformSkills ?? []).size;
  const count = listed > 0 ? listed : known(input.skills ?? []).length;
  if (count >= 7) return [{ weight: W.many, reason: `asks for ${count} skills` }];
  if (count === 1) return [{ weight: W.few, reason: 'one skill' }];
  return [];
};
