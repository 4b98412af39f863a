import { getSkill } from './taxonomy';

/** A skill id's display name; an id the taxonomy no longer has is shown as it is. */
export function skillName(id: string): string {
  return getSkill(id)?.name ?? id;
}
