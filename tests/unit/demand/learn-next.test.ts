/** "What to learn next" (lib/demand/learn-next.ts), on the skills real listings are tagged with. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { learnNext } from '@/lib/demand/learn-next';
import type { DemandReport, SkillDemand } from '@/lib/demand/report';
import { confidentSkills, tagText } from '@/lib/skills';
import { freelancerJobs, listing } from '../skills/fixtures';

/** A report in which each skill was asked for by `n` listings, 60% of them beginner level. */
function reportOf(counts: ReadonlyMap<string, number>): DemandReport {
  const skills: SkillDemand[] = [...counts].map(([skill, n]) => ({
    skill,
    counts: { d7: n, d30: n, d90: n },
    byPlatform: {},
    trend: { thisWeek: n, weeklyBefore: 0, change: null },
    beginnerShare: 0.6,
    pay: { hourly: [], fixed: [] },
    coSkills: [],
  }));
  return { today: 20_000, totals: { d7: 0, d30: 0, d90: 0 }, byPlatform: {}, skills };
}

describe('learn next', () => {
  const jobs = freelancerJobs();
  const titles = [
    'Kallyas Wordpress Theme Support - Pagebuilder not saving',
    'Web Developer Experienced With WooCommerce Memberships & Subscriptions',
    'Modify Woocommerce Plug-in',
  ];
  const counts = new Map<string, number>();
  for (const title of titles) {
    for (const s of confidentSkills(tagText(listing(jobs, title))))
      counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
  }

  it('never suggests a narrower kind of a skill the user has', () => {
    expect(counts.has('wordpress-theme-development')).toBe(true);
    expect(counts.has('woocommerce')).toBe(true);
    const profile = { ...DEFAULT_PROFILE, skills: ['wordpress', 'php', 'html', 'css', 'javascript'] };
    const next = learnNext(reportOf(counts), profile).map((l) => l.skill);
    expect(next).toContain('woocommerce');
    expect(next).not.toContain('wordpress-theme-development');
    expect(next).not.toContain('wordpress');
  });
});
