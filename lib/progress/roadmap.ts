/**
 * The five-step roadmap from gigs to a career, computed from the user's own data:
 * each step says whether it is done, what is done so far and the next action.
 */

import { formatMoney } from '../core/format';
import type { ProgressEntry, QueueItem } from '../core/model';
import type { Profile } from '../core/profile';
import type { DemandReport } from '../demand/report';
import { skillShares, winCounts } from './insights';
import { DEFAULT_NUDGE, type NudgeOptions } from './rate';
import type { RateNudge, RoadmapStep } from './schemas';

export interface RoadmapInput {
  profile: Profile;
  queue: readonly QueueItem[];
  entries: readonly ProgressEntry[];
  demand: DemandReport | undefined;
  nudges: readonly RateNudge[];
  /** Display name of a skill id. */
  skillName: (id: string) => string;
  options?: NudgeOptions;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function pick({ profile, demand, skillName }: RoadmapInput): RoadmapStep {
  const inDemand = (demand?.skills ?? []).filter((s) => s.counts.d90 > 0);
  const chosen = inDemand.find((s) => profile.goals.includes(s.skill));
  const title = 'Pick a marketable skill';
  if (chosen) {
    return {
      id: 'pick',
      title,
      done: true,
      status: `Learning ${skillName(chosen.skill)}, asked for in ${plural(chosen.counts.d90, 'listing')} you saw in 90 days.`,
    };
  }
  const top = inDemand.find((s) => !profile.skills.includes(s.skill) && !profile.goals.includes(s.skill));
  return {
    id: 'pick',
    title,
    done: false,
    status:
      profile.goals.length > 0
        ? 'None of your learning goals was asked for in the listings you saw.'
        : 'No learning goal yet.',
    next: top
      ? `Add ${skillName(top.skill)} to your learning goals: ${plural(top.counts.d90, 'listing')} asked for it in 90 days.`
      : 'Browse job listings on a marketplace so SkillScout can see which skills are asked for.',
  };
}

const REACHED_APPLIED = new Set(['applied', 'hired', 'done']);

function learn({ profile, queue, entries, skillName }: RoadmapInput): RoadmapStep {
  // Sending a proposal (or landing a gig) is the sign a skill was learned well enough to sell.
  const applied = queue.filter((q) => q.history.some((h) => REACHED_APPLIED.has(h.status))).length;
  const done = applied > 0 || entries.length > 0;
  const goal = profile.goals[0];
  return {
    id: 'learn',
    title: 'Learn it on real gigs',
    done,
    // A gig logged by hand counts as much as a proposal sent: say which one made the step done.
    status:
      applied > 0 || entries.length === 0
        ? `${plural(applied, 'proposal')} sent from your learning queue.`
        : `${plural(entries.length, 'gig')} in your progress log.`,
    ...(done
      ? {}
      : {
          next: goal
            ? `Save a beginner gig that asks for ${skillName(goal)} and work through its proposal checklist.`
            : 'Choose a skill to learn first (step 1).',
        }),
  };
}

function land({ queue, entries, options = DEFAULT_NUDGE }: RoadmapInput): RoadmapStep {
  const logged = new Set(entries.map((e) => e.listingId));
  const unlogged = queue.find(
    (q) => (q.status === 'hired' || q.status === 'done') && !logged.has(q.listingId),
  );
  const wins = [...winCounts(queue).values()].reduce(
    (sum, w) => ({ applied: sum.applied + w.applied, won: sum.won + w.won }),
    { applied: 0, won: 0 },
  );
  const done = entries.length >= options.minGigs;
  const next = unlogged
    ? `Log "${unlogged.listing.title}" in the progress log.`
    : `Apply to entry-level gigs: ${wins.applied} applied, ${wins.won} won so far.`;
  return {
    id: 'land',
    title: 'Land entry-level gigs',
    done,
    status: `${entries.length} of ${options.minGigs} gigs logged.`,
    ...(done && !unlogged ? {} : { next }),
  };
}

/** A gig is documented when its case study has the client's words and what was learned. */
const isDocumented = (e: ProgressEntry) => Boolean(e.feedback?.trim() && e.learned?.trim());

function documentStep({ entries }: RoadmapInput): RoadmapStep {
  const finished = entries.filter((e) => e.finishedAt);
  const missing = finished.find((e) => !isDocumented(e));
  const done = finished.length > 0 && !missing;
  return {
    id: 'document',
    title: 'Document each gig',
    done,
    status: `${finished.filter(isDocumented).length} of ${plural(finished.length, 'finished gig')} documented.`,
    ...(done
      ? {}
      : {
          next: missing
            ? `Add the client's words and what you learned to "${missing.title}", then copy its case study.`
            : 'Finish a gig first (step 3).',
        }),
  };
}

/** Skill and currency pairs where the latest gig paid at least `raise` more per hour than the first. */
function raisedSkills(entries: readonly ProgressEntry[], raise: number): string[] {
  const dated = entries
    .filter((e) => e.finishedAt && e.hours > 0)
    .sort((a, b) => (a.finishedAt ?? '').localeCompare(b.finishedAt ?? ''));
  const first = new Map<string, number>();
  const raised = new Set<string>();
  for (const entry of dated) {
    for (const share of skillShares(entry)) {
      const id = `${entry.currency} ${share.skill}`;
      const rate = share.earnings / share.hours;
      const base = first.get(id);
      if (base === undefined) first.set(id, rate);
      else if (rate >= base * (1 + raise) - 1e-9) raised.add(share.skill);
    }
  }
  return [...raised];
}

function scale({ entries, nudges, skillName, options = DEFAULT_NUDGE }: RoadmapInput): RoadmapStep {
  const raised = raisedSkills(entries, options.raise);
  const nudge = nudges.find((n) => !n.capped || n.suggestedRate > n.currentRate);
  const percent = Math.round(options.raise * 100);
  return {
    id: 'scale',
    title: 'Scale up',
    done: raised.length > 0,
    status:
      raised.length > 0
        ? `You raised your rate by ${percent}% or more in ${raised.map(skillName).join(', ')}.`
        : `No rate raise of ${percent}% yet.`,
    ...(raised.length > 0
      ? {}
      : {
          next: nudge
            ? `Quote ${formatMoney(nudge.suggestedRate, nudge.currency)}/h (now ${formatMoney(nudge.currentRate, nudge.currency)}) for your next ${skillName(nudge.skill)} gig.`
            : `Land ${options.minGigs} gigs rated ${options.minRating} or more in one skill to earn a raise.`,
        }),
  };
}

export function roadmap(input: RoadmapInput): RoadmapStep[] {
  return [pick(input), learn(input), land(input), documentStep(input), scale(input)];
}
