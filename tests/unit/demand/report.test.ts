import { describe, expect, it } from 'vitest';
import { DAY_MS, weekOf } from '@/lib/core/time';
import { demandReport } from '@/lib/demand/report';
import {
  ALL_SKILLS,
  countListing,
  emptyWeek,
  type ListingFacts,
  rowSkills,
  type SkillWeek,
} from '@/lib/demand/tallies';

const TODAY = 20_000; // a day number; its week starts on day 19_999
const at = (daysAgo: number) => (TODAY - daysAgo) * DAY_MS + 3_600_000;

/** The rows the store would hold after seeing these listings, built the way the store builds them. */
function tally(all: ListingFacts[]): SkillWeek[] {
  const rows = new Map<string, SkillWeek>();
  for (const facts of all) {
    const week = weekOf(Math.floor(facts.firstSeenAt / DAY_MS));
    for (const skill of rowSkills(facts)) {
      const key = `${skill}|${week}`;
      const row = rows.get(key) ?? emptyWeek(skill, week);
      rows.set(key, countListing(row, facts));
    }
  }
  return [...rows.values()];
}

const seen: ListingFacts[] = [
  {
    platform: 'upwork',
    skills: ['react', 'javascript'],
    beginner: false,
    budget: { kind: 'hourly', min: 20, max: 40, currency: 'USD' },
    firstSeenAt: at(0),
  },
  {
    platform: 'freelancer',
    skills: ['react', 'css', 'javascript'],
    beginner: false,
    budget: { kind: 'fixed', min: 500, max: 500, currency: 'USD' },
    firstSeenAt: at(3),
  },
  {
    platform: 'upwork',
    skills: ['react'],
    beginner: true,
    budget: { kind: 'hourly', min: 50, max: 50, currency: 'USD' },
    firstSeenAt: at(10),
  },
  { platform: 'guru', skills: ['python'], beginner: false, firstSeenAt: at(40) },
  // Outside every window: must not count anywhere.
  { platform: 'upwork', skills: ['react'], beginner: true, firstSeenAt: at(100) },
];

describe('the demand report', () => {
  const report = demandReport(tally(seen), TODAY);
  const react = report.skills.find((s) => s.skill === 'react');

  it('counts distinct new listings per window, overall and per skill', () => {
    expect(report.totals).toEqual({ d7: 2, d30: 3, d90: 4 });
    expect(report.byPlatform).toEqual({
      upwork: { d7: 1, d30: 2, d90: 2 },
      freelancer: { d7: 1, d30: 1, d90: 1 },
      guru: { d7: 0, d30: 0, d90: 1 },
    });
    expect(react?.counts).toEqual({ d7: 2, d30: 3, d90: 3 });
  });

  it('splits the counts by platform', () => {
    expect(react?.byPlatform).toEqual({
      upwork: { d7: 1, d30: 2, d90: 2 },
      freelancer: { d7: 1, d30: 1, d90: 1 },
    });
  });

  it('compares this week with the weekly average of the three weeks before', () => {
    // 2 this week; 1 in the 3 weeks before → 1/3 a week → five times more, i.e. +500%.
    expect(react?.trend.thisWeek).toBe(2);
    expect(react?.trend.weeklyBefore).toBeCloseTo(1 / 3);
    expect(react?.trend.change).toBeCloseTo(5);
    expect(report.skills.find((s) => s.skill === 'python')?.trend).toEqual({
      thisWeek: 0,
      weeklyBefore: 0,
      change: null,
    });
  });

  it('gives the share of beginner listings and the median pay per currency', () => {
    expect(react?.beginnerShare).toBeCloseTo(1 / 3);
    expect(react?.pay).toEqual({
      hourly: [{ currency: 'USD', median: 40, samples: 2 }], // $30 (middle of $20–40) and $50
      fixed: [{ currency: 'USD', median: 500, samples: 1 }],
    });
  });

  it('lists the skills seen with each skill, most frequent first', () => {
    expect(react?.coSkills).toEqual([
      { skill: 'javascript', count: 2 },
      { skill: 'css', count: 1 },
    ]);
  });

  it('ranks skills by the last 30 days, then 90', () => {
    expect(report.skills.map((s) => s.skill)).toEqual(['react', 'javascript', 'css', 'python']);
    expect(report.skills.every((s) => s.skill !== ALL_SKILLS)).toBe(true);
  });

  it('is empty before anything was seen', () => {
    expect(demandReport([], TODAY)).toEqual({
      today: TODAY,
      totals: { d7: 0, d30: 0, d90: 0 },
      byPlatform: {},
      skills: [],
    });
  });
});
