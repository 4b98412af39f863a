/**
 * The five-step roadmap from gigs to a career, computed from the user's own data:
 * each step says whether it is done, what is done so far and the next action.
 */

import { formatMoney, formatPercent } from '../core/format';
import { list, plural, t } from '../core/i18n';
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

function pick({ profile, demand, skillName }: RoadmapInput): RoadmapStep {
  const inDemand = (demand?.skills ?? []).filter((s) => s.counts.d90 > 0);
  const chosen = inDemand.find((s) => profile.goals.includes(s.skill));
  const title = t('roadPick');
  if (chosen) {
    return {
      id: 'pick',
      title,
      done: true,
      status: plural('roadPickLearning', chosen.counts.d90, skillName(chosen.skill)),
    };
  }
  const top = inDemand.find((s) => !profile.skills.includes(s.skill) && !profile.goals.includes(s.skill));
  return {
    id: 'pick',
    title,
    done: false,
    status: t(profile.goals.length > 0 ? 'roadPickNoneAsked' : 'roadPickNoGoal'),
    next: top ? plural('roadPickAdd', top.counts.d90, skillName(top.skill)) : t('roadPickBrowse'),
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
    title: t('roadLearn'),
    done,
    // A gig logged by hand counts as much as a proposal sent: say which one made the step done.
    status:
      applied > 0 || entries.length === 0
        ? plural('roadLearnSent', applied)
        : plural('roadLearnLogged', entries.length),
    ...(done
      ? {}
      : {
          next: goal ? t('roadLearnSave', skillName(goal)) : t('roadLearnChoose'),
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
    ? t('roadLandLog', unlogged.listing.title)
    : t('roadLandApply', wins.applied, wins.won);
  return {
    id: 'land',
    title: t('roadLand'),
    done,
    status: plural('roadLandLogged', options.minGigs, entries.length),
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
    title: t('roadDocument'),
    done,
    status: plural('roadDocumentStatus', finished.length, finished.filter(isDocumented).length),
    ...(done
      ? {}
      : {
          next: missing ? t('roadDocumentAdd', missing.title) : t('roadDocumentFinish'),
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
  const percent = formatPercent(options.raise);
  return {
    id: 'scale',
    title: t('roadScale'),
    done: raised.length > 0,
    status:
      raised.length > 0
        ? t('roadScaleRaised', percent, list(raised.map(skillName)))
        : t('roadScaleNotYet', percent),
    ...(raised.length > 0
      ? {}
      : {
          next: nudge
            ? t(
                'roadScaleQuote',
                t('budgetHourly', formatMoney(nudge.suggestedRate, nudge.currency)),
                formatMoney(nudge.currentRate, nudge.currency),
                skillName(nudge.skill),
              )
            : t('roadScaleEarn', options.minGigs, options.minRating),
        }),
  };
}

export function roadmap(input: RoadmapInput): RoadmapStep[] {
  return [pick(input), learn(input), land(input), documentStep(input), scale(input)];
}
