/**
 * The whole model in one place: each signal adds a weight in log-odds of "expert", the score is
 * the logistic of the sum. The weights were set by hand from what the signals mean (a $40/hr
 * ceiling, "senior", 5+ years are hard-job cues), not fitted: on 40 labelled rows a fit puts a
 * negative weight on the words and does worse on rows it did not see (scripts/fit-difficulty.ts).
 * EXPERT_FROM was chosen on the tuning half of that data (scripts/eval-difficulty.ts prints the
 * sweep and the other half). No labelled job is Entry level, so the beginner rule is set by
 * meaning and checked by reading every card it calls beginner (the eval's last section).
 */
export const WEIGHTS = {
  pay: {
    hourlyUpTo10: -0.9,
    hourlyUpTo15: -0.6,
    hourlyFrom40: 0.6,
    hourlyFrom60: 1.0,
    fixedUpTo50: -0.9,
    fixedUpTo150: -0.4,
    fixedFrom1000: 0.4,
    fixedFrom5000: 0.9,
    sixMonthsPlus: 0.3,
    fullTime: 0.4,
    underAMonth: -0.2,
  },
  wording: {
    senior: 0.8,
    lead: 0.6,
    architecture: 0.7,
    scale: 0.5,
    production: 0.5,
    complex: 0.5,
    provenExperience: 0.4,
    expert: 0.3,
    simple: -0.5,
    smallTask: -0.6,
    beginnersWelcome: -1.0,
    notForBeginners: 0.8,
    training: -0.6,
  },
  years: { fivePlus: 1.0, threePlus: 0.5 },
  size: { wholeProduct: 0.4, smallDeliverable: -0.3 },
  skills: { advanced: 0.4, advancedEach: 0.2, advancedMax: 0.8, allFriendly: -0.5, many: 0.2, few: -0.2 },
  market: { spent10k: 0.6, spent1k: 0.3, rated: 0.2, crowded: 0.3 },
} as const;

/** Score at or above which the text reads as expert. */
export const EXPERT_FROM = 0.75;
/** Score at or below which the text may read as beginner… */
export const BEGINNER_UP_TO = 0.3;
/** …and the work itself looks easy by at least this much ("simple", a one-page job, beginner skills)… */
export const EASY_WORK_UP_TO = -0.3;
/** …and no signal alone pushes harder by this much ("senior", 5+ years, $60/hr). */
export const BLOCKS_BEGINNER = 0.5;
/** How many reasons the user sees. */
export const MAX_REASONS = 4;
