/**
 * The user's profile: the skills they have, the ones they want to learn, their level, the
 * marketplaces they use, and how the page should treat gigs that do not fit. Kept in
 * `storage.sync` (issue 7 builds the onboarding that fills it); this module is its schema.
 */
import * as z from 'zod/mini';
import { DifficultyLevel, Platform } from './model';

export const HideMode = z.enum(['none', 'dim', 'collapse']);
export type HideMode = z.infer<typeof HideMode>;

export const Profile = z.object({
  skills: z.array(z.string().check(z.minLength(1))),
  goals: z.array(z.string().check(z.minLength(1))),
  level: DifficultyLevel,
  /** Marketplaces where SkillScout reads pages; the others are left alone. */
  platforms: z.array(Platform),
  page: z.object({
    highlight: z.boolean(),
    /** What happens to cards that are too hard or off-target: never deleted, at most collapsed. */
    hideMode: HideMode,
  }),
});
export type Profile = z.infer<typeof Profile>;

export const PROFILE_VERSION = 1;

export const DEFAULT_PROFILE: Profile = {
  skills: [],
  goals: [],
  level: 'beginner',
  platforms: ['upwork', 'freelancer', 'fiverr', 'toptal', 'peopleperhour', 'guru', 'other'],
  page: { highlight: true, hideMode: 'none' },
};
