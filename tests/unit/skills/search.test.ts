/** The skill picker's search and "what to learn next", over the shipped taxonomy. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { learnNext } from '@/lib/demand/learn-next';
import type { DemandReport, SkillDemand } from '@/lib/demand/report';
import { searchSkills } from '@/lib/skills/search';

describe('searchSkills', () => {
  it('puts an exact name first, then names that start with the text, then aliases and the rest', () => {
    expect(searchSkills('java').map((s) => s.name)[0]).toBe('Java');
    expect(searchSkills('Shop').map((s) => s.id)[0]).toBe('shopify');
    expect(searchSkills('  ')).toEqual([]);
  });

  it('finds a skill by an alias and leaves out the excluded ones', () => {
    expect(searchSkills('js').map((s) => s.id)).toContain('javascript');
    expect(searchSkills('shopify', ['shopify']).map((s) => s.id)).not.toContain('shopify');
    expect(searchSkills('a', [], 3)).toHaveLength(3);
  });
});

const demand = (skill: string, d90: number, beginnerShare: number | null): SkillDemand => ({
  skill,
  counts: { d7: 0, d30: d90, d90 },
  byPlatform: {},
  trend: { thisWeek: 0, weeklyBefore: 0, change: null },
  beginnerShare,
  pay: { hourly: [], fixed: [] },
  coSkills: [],
});

describe('learnNext', () => {
  const report: DemandReport = {
    today: 20_000,
    totals: { d7: 0, d30: 40, d90: 40 },
    byPlatform: {},
    skills: [
      demand('react', 20, 0.25),
      demand('vuejs', 10, 0.8),
      demand('nextjs', 50, 1),
      demand('shopify', 30, 0.5),
      demand('html', 9, 1),
    ],
  };

  it('offers in-demand skills whose prerequisites the user has, by the beginner gigs they open', () => {
    const profile = { ...DEFAULT_PROFILE, skills: ['html', 'css', 'javascript'] };
    expect(learnNext(report, profile).map((n) => [n.skill, n.beginnerGigs])).toEqual([
      ['vuejs', 8],
      ['react', 5],
    ]);
  });

  it('offers nothing whose prerequisites are missing (Next.js needs React), nor what the user has', () => {
    const profile = { ...DEFAULT_PROFILE, skills: ['html'] };
    expect(learnNext(report, profile).map((n) => n.skill)).toEqual([]);
  });
});
