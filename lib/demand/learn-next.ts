/**
 * "What to learn next": skills the market asks for whose prerequisites the user already
 * has, so a few weeks of practice open up real gigs; never one the user has, nor a narrower
 * kind of one (a person with WordPress already takes WordPress Theme Development gigs). Ranked
 * by the beginner gigs of the last 90 days that asked for them, which is what learning one would
 * open up.
 */
import type { Profile } from '../core/profile';
import { getSkill } from '../skills';
import { covers } from '../skills/broader';
import type { DemandReport, LearnNext } from './report';

export function learnNext(report: DemandReport, profile: Profile, limit = 5): LearnNext[] {
  const have = new Set(profile.skills);
  const out: LearnNext[] = [];
  for (const demand of report.skills) {
    // A narrower kind of a skill they have (On-Page SEO for SEO) is not a new skill to learn.
    if (covers(have, demand.skill)) continue;
    const skill = getSkill(demand.skill);
    // A skill with no prerequisites is open to anyone: it says nothing about this user's path.
    if (!skill || skill.prerequisites.length === 0) continue;
    if (!skill.prerequisites.every((p) => have.has(p))) continue;
    const beginnerGigs = Math.round((demand.beginnerShare ?? 0) * demand.counts.d90);
    out.push({
      skill: skill.id,
      name: skill.name,
      via: skill.prerequisites.map((p) => getSkill(p)?.name ?? p),
      beginnerGigs,
      recent: demand.counts.d30,
    });
  }
  return out
    .sort((a, b) => b.beginnerGigs - a.beginnerGigs || b.recent - a.recent || a.name.localeCompare(b.name))
    .slice(0, limit);
}
