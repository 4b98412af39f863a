/** The demand picture with what to learn next, and the matching gigs. */
import { learnNext } from '../demand/learn-next';
import { skillName } from '../skills';
import { getDemand } from '../store/demand-query';
import { findMatches } from '../store/match-query';
import type { HandlerDeps, HandlersOf } from './deps';

export function createDemandHandlers({
  db,
  describe,
  now,
}: HandlerDeps): HandlersOf<'ui-bg-get-demand' | 'ui-bg-get-matches'> {
  return {
    'ui-bg-get-demand': async ({ limit, profile }) => {
      const report = await getDemand(await db(), now(), limit);
      const ids = new Set(report.skills.flatMap((s) => [s.skill, ...s.coSkills.map((c) => c.skill)]));
      const names = Object.fromEntries([...ids].map((id) => [id, skillName(id)]));
      return { ...report, names, learnNext: profile ? learnNext(report, profile) : [] };
    },
    'ui-bg-get-matches': async (query) => findMatches(await db(), query, now(), describe),
  };
}
