/**
 * The skill picker's search over the taxonomy: by name and alias, best matches first
 * (the start of a name, then the start of an alias, then anywhere), beginner-friendly
 * skills first among equals, as they are what a career changer most often looks for.
 */
import { aliasedTaxonomy } from './aliased-taxonomy';
import type { AliasedSkill } from './types';

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

export function searchSkills(query: string, exclude: readonly string[] = [], limit = 8): AliasedSkill[] {
  const q = fold(query.trim());
  if (!q) return [];
  const ranked: Array<{ skill: AliasedSkill; rank: number }> = [];
  for (const skill of aliasedTaxonomy().skills) {
    if (exclude.includes(skill.id)) continue;
    const name = fold(skill.name);
    const aliases = skill.aliases.map(fold);
    const rank =
      name === q || aliases.includes(q)
        ? 0
        : name.startsWith(q)
          ? 0.5
          : aliases.some((a) => a.startsWith(q))
            ? 1
            : name.includes(q)
              ? 2
              : aliases.some((a) => a.includes(q))
                ? 3
                : -1;
    if (rank >= 0) ranked.push({ skill, rank });
  }
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank || b.skill.beginner - a.skill.beginner || a.skill.name.localeCompare(b.skill.name),
    )
    .slice(0, limit)
    .map((r) => r.skill);
}
