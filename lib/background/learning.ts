/** Where to learn a skill for free, and a first gig to try it on. */
import { resourcesFor } from '../learn/coverage';
import type { LearningItem } from '../messages/ui';
import { skillName } from '../skills';
import { findPracticeGigs } from '../store/match-query';
import type { HandlerDeps, HandlersOf } from './deps';

/** Practice gigs are looked up for at most this many skills per request: each is one bounded scan. */
export const PRACTICE_SKILLS_MAX = 12;

/** A skill's resources with the names a page shows beside them. */
export function learningItem(skill: string): LearningItem {
  const found = resourcesFor(skill);
  const broader = found.coveredBy?.how === 'broader' ? skillName(found.coveredBy.skill) : undefined;
  return { ...found, name: skillName(skill), ...(broader ? { broaderName: broader } : {}) };
}

export function createLearningHandlers({ db, describe, now }: HandlerDeps): HandlersOf<'ui-bg-get-learning'> {
  return {
    'ui-bg-get-learning': async ({ skills, profile, practice }) => {
      const unique = [...new Set(skills)];
      const items = [];
      for (const [i, skill] of unique.entries()) {
        const gigs =
          practice && profile && i < PRACTICE_SKILLS_MAX
            ? await findPracticeGigs(await db(), { profile, goal: skill }, now(), describe)
            : undefined;
        items.push({ ...learningItem(skill), ...(gigs ? { practice: gigs } : {}) });
      }
      return { items };
    },
  };
}
