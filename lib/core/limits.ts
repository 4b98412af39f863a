/**
 * The bounds every part of SkillScout agrees on: what an adapter clips a listing to is what the
 * schema accepts and what a message may carry, so a long listing is shortened once and never
 * refused further down.
 */

/** Characters of a listing's title and description kept. */
export const TITLE_MAX = 500;
export const DESCRIPTION_MAX = 50_000;
/** Characters of a short printed field: a skill name, a duration line, a checklist item id. */
export const SHORT_TEXT_MAX = 200;
export const COUNTRY_MAX = 100;
/** Skill names kept per listing (Guru prints its whole category path beside the client's picks). */
export const PLATFORM_SKILLS_MAX = 100;
/** Characters of the user's notes on a queued gig. */
export const NOTES_MAX = 20_000;
/** Listings one page report or describe request carries; a larger page sends several. */
export const LISTINGS_PER_MESSAGE = 500;

/** How far back the Matches tab looks, and at most how many listings it reads to find them. */
export const MATCH_WINDOW_DAYS = 30;
export const MATCH_SCAN_LIMIT = 2_000;

/** How long listings and sightings not seen again are kept, in days (Options offers these). */
export const HORIZON_CHOICES = [30, 90, 180, 365] as const;
export type HorizonDays = (typeof HORIZON_CHOICES)[number];
export const DEFAULT_HORIZON_DAYS: HorizonDays = 180;
