/**
 * The user's profile: the skills they have, the ones they want to learn, their level, the
 * marketplaces they use, and how the page should treat gigs that do not fit. Kept in
 * `storage.sync`; this module is its schema, its versions and the tolerant reader that makes
 * sure a change of shape never resets a person's skills and goals to nothing.
 */
import * as z from 'zod/mini';
import { list, type MessageKey, plural, t } from './i18n';
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

/**
 * The version of the stored shape. Storage keeps it beside the value; a value stored with no
 * version (every profile saved before versions were kept) is version 1.
 */
export const PROFILE_VERSION = 1;

/**
 * `PROFILE_MIGRATIONS[n]` turns a stored version n-1 profile into version n. A change of shape
 * bumps PROFILE_VERSION and adds its step here, with a test that reads a profile saved at the
 * older version and keeps every skill and goal.
 */
export const PROFILE_MIGRATIONS: Record<number, (stored: unknown) => unknown> = {};

export const DEFAULT_PROFILE: Profile = {
  skills: [],
  goals: [],
  level: 'beginner',
  platforms: ['upwork', 'freelancer', 'fiverr', 'toptal', 'peopleperhour', 'guru', 'other'],
  page: { highlight: true, hideMode: 'none' },
};

export interface ProfileRead {
  profile: Profile;
  /** Set when part of what was stored could not be read: the user is told what was reset. */
  problem?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The strings of a stored list, in order, without blanks or repeats; undefined if it is not a list. */
function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const kept = value
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
  return [...new Set(kept)];
}

/**
 * A stored value as a profile. Nothing stored (a first run) is the default profile. A value that
 * fits is used as it is. Otherwise every field that can be read is kept — above all the skills
 * and goals — and only the fields that cannot be read take their defaults, with a problem that
 * says which. Only a value that is not a profile at all falls back entirely.
 */
export function readProfile(value: unknown): ProfileRead {
  if (value === undefined || value === null) return { profile: DEFAULT_PROFILE };
  const exact = Profile.safeParse(value);
  if (exact.success) return { profile: exact.data };
  if (!isRecord(value)) {
    return {
      profile: DEFAULT_PROFILE,
      problem: t('profileUnreadable'),
    };
  }
  const reset: string[] = [];
  const pick = <T>(name: MessageKey, read: T | undefined, fallback: T): T => {
    if (read !== undefined) return read;
    reset.push(t(name));
    return fallback;
  };
  const page = isRecord(value.page) ? value.page : {};
  const platforms = strings(value.platforms)?.flatMap((p) => Platform.safeParse(p).data ?? []);
  const profile: Profile = {
    skills: pick('profileFieldSkills', strings(value.skills), []),
    goals: pick('profileFieldGoals', strings(value.goals), []),
    level: pick('profileFieldLevel', DifficultyLevel.safeParse(value.level).data, DEFAULT_PROFILE.level),
    platforms: pick('profileFieldPlatforms', platforms, DEFAULT_PROFILE.platforms),
    page: {
      highlight: pick(
        'profileFieldHighlight',
        typeof page.highlight === 'boolean' ? page.highlight : undefined,
        true,
      ),
      hideMode: pick(
        'profileFieldHideMode',
        HideMode.safeParse(page.hideMode).data,
        DEFAULT_PROFILE.page.hideMode,
      ),
    },
  };
  if (reset.length === 0) return { profile };
  return {
    profile,
    // "your level and marketplaces were reset": the fields listed as the language lists them.
    problem: plural('profilePartlyReset', reset.length, list(reset)),
  };
}
