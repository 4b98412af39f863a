/**
 * How well a listing fits the user: the skills they already have, the ones they want to
 * learn, and whether it is within reach. A gig that practises one new skill beside known
 * ones is the paid classroom SkillScout is for, so it ranks highest.
 */
import type { DifficultyLevel, Tags } from '../core/model';
import type { Profile } from '../core/profile';
import { covers } from '../skills/broader';

const RANK: Record<DifficultyLevel, number> = { beginner: 0, intermediate: 1, expert: 2 };

export interface Fit {
  /**
   * Skills of the listing the user has: picked, or a narrower kind of one they picked (a person
   * with SEO has the listing's On-Page SEO, one with WordPress its WordPress Theme Development).
   */
  have: string[];
  /** Skills of the listing the user wants to learn (a goal, or a narrower kind of one), and does not have. */
  learn: string[];
  /** More than one step above the user's level (a beginner looking at an expert gig). */
  tooHard: boolean;
  /** Nothing in it the user has or wants, while they told us what they have or want. */
  offTarget: boolean;
  /** Worth highlighting: within reach and using what they have or want. */
  match: boolean;
  /** Higher is better; for ranking matches. */
  score: number;
}

export function assessFit(profile: Profile, tags: Tags): Fit {
  const skills = tags.skills.map((s) => s.id);
  const known = new Set(profile.skills);
  const wanted = new Set(profile.goals);
  const have = skills.filter((id) => covers(known, id));
  const learn = skills.filter((id) => covers(wanted, id) && !covers(known, id));
  const gap = RANK[tags.difficulty.level] - RANK[profile.level];
  const tooHard = gap > 1;
  const knowsWhatTheyWant = profile.skills.length + profile.goals.length > 0;
  const offTarget = knowsWhatTheyWant && have.length === 0 && learn.length === 0;
  const match = !tooHard && gap <= 1 && (have.length > 0 || learn.length > 0);
  const others = skills.length - have.length - learn.length;
  const score =
    (learn.length > 0 ? 3 : 0) + // one new skill to practise: the point of the gig
    Math.min(have.length, 3) + // evidence they can do the rest
    (gap <= 0 ? 1 : 0) -
    Math.min(others, 4) * 0.25 - // each unknown skill is one more thing to fake
    (learn.length > 1 ? (learn.length - 1) * 0.5 : 0); // several new skills at once: a stretch
  return { have, learn, tooHard, offTarget, match, score };
}
