/** Which resources teach a skill (lib/learn/coverage.ts), over the whole shipped taxonomy. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { learnNext } from '@/lib/demand/learn-next';
import type { DemandReport } from '@/lib/demand/report';
import { RESOURCES_PER_SKILL, resourcesFor } from '@/lib/learn/coverage';
import { allResources } from '@/lib/learn/resources';
import { taxonomy } from '@/lib/skills';
import { broaderOf } from '@/lib/skills/broader';

/** A report in which only `skill` was asked for, by beginner listings. */
const reportOf = (skill: string): DemandReport => ({
  today: 20_000,
  totals: { d7: 1, d30: 1, d90: 1 },
  byPlatform: {},
  skills: [
    {
      skill,
      counts: { d7: 1, d30: 1, d90: 1 },
      byPlatform: {},
      trend: { thisWeek: 1, weeklyBefore: 0, change: null },
      beginnerShare: 1,
      pay: { hourly: [], fixed: [] },
      coSkills: [],
    },
  ],
});

describe('resourcesFor', () => {
  it('gives every skill learn-next can return at least one resource', () => {
    const returned: string[] = [];
    for (const skill of taxonomy().skills) {
      // The person who would be told to learn it: they have its prerequisites and nothing else.
      const profile = { ...DEFAULT_PROFILE, skills: skill.prerequisites };
      for (const next of learnNext(reportOf(skill.id), profile)) returned.push(next.skill);
    }
    expect(returned.length).toBeGreaterThan(500);
    const bare = returned.filter((id) => resourcesFor(id).resources.length === 0);
    expect(bare).toEqual([]);
  });

  it('says a skill with resources of its own is covered directly, and shows a few, beginner ones first', () => {
    const html = resourcesFor('html');
    expect(html.coveredBy).toEqual({ how: 'direct' });
    expect(html.resources.length).toBeGreaterThan(1);
    expect(html.resources.length).toBeLessThanOrEqual(RESOURCES_PER_SKILL);
    expect(html.resources.every((r) => r.skills.includes('html'))).toBe(true);
    expect(html.resources[0]?.level).toBe('beginner');
  });

  it('lets a narrower skill without its own inherit those of the skill it is a kind of, and says so', () => {
    expect(broaderOf('english-to-spanish-translation')).toBe('translation');
    const own = allResources().filter((r) => r.skills.includes('english-to-spanish-translation'));
    expect(own).toEqual([]);
    const found = resourcesFor('english-to-spanish-translation');
    expect(found.coveredBy).toEqual({ how: 'broader', skill: 'translation' });
    expect(found.resources.every((r) => r.skills.includes('translation'))).toBe(true);
  });

  it("falls back to the category's starting points, and says which category", () => {
    const skill = taxonomy().skills.find(
      (s) =>
        s.category === 'finance' && !broaderOf(s.id) && !allResources().some((r) => r.skills.includes(s.id)),
    );
    expect(skill).toBeDefined();
    const found = resourcesFor(skill?.id ?? '');
    expect(found.coveredBy).toEqual({ how: 'category', category: 'finance' });
    expect(found.resources.length).toBeGreaterThan(0);
    expect(found.resources.every((r) => r.categories.includes('finance'))).toBe(true);
  });

  it('covers nothing for an id the taxonomy does not know', () => {
    expect(resourcesFor('no-such-skill')).toEqual({ skill: 'no-such-skill', resources: [] });
  });

  it('gives every category starting points', () => {
    const categories = new Set(allResources().flatMap((r) => r.categories));
    for (const c of new Set(taxonomy().skills.map((s) => s.category))) expect(categories).toContain(c);
  });
});
