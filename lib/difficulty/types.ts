/** Shapes of the difficulty estimate. */
import type {
  Budget,
  Client,
  DifficultyLevel,
  PayPeriod,
  PlatformLevel,
  Proposals,
  Tags,
} from '../core/model';

export interface DifficultyInput {
  title: string;
  description?: string;
  /** The listing's budget as an adapter read it. */
  budget?: Budget;
  /**
   * Budget and terms as printed, when there is no Budget object or it lacks them:
   * "Hourly: $4-$25", "Est. Budget: $500", "Est. Time: 1 to 3 months, Less than 30 hrs/week".
   */
  budgetText?: string;
  /** Skill names as the marketplace prints them. */
  platformSkills?: readonly string[];
  /** Taxonomy ids from the skill tagger; their beginner-friendliness is looked up. */
  skills?: readonly string[];
  /** The level the marketplace states; when given, it is the `level` shown (the model never reads it). */
  platformLevel?: PlatformLevel;
  /**
   * Marketplace id or name ("upwork"): words the disagreement reason, and tells how a bare
   * "$15 - $30" reads (Upwork prints a range without a word only for hourly rates).
   */
  platform?: string;
  proposals?: Proposals;
  client?: Client;
}

/** Exactly `Tags['difficulty']`, so it can be stored as is. */
export type Difficulty = Tags['difficulty'];

export interface DifficultyEstimate extends Difficulty {
  /** The level the text and terms alone give, whatever the marketplace says. */
  textLevel: DifficultyLevel;
  /** Too little text to judge: the level is a guess (never a confident beginner). */
  uncertain: boolean;
  platformLevel?: PlatformLevel;
}

/** Money and time terms read from the Budget object and the printed terms. */
export interface Terms {
  /** Hourly, fixed-price or a salary (paid per day, week, month or year), when the terms say so. */
  kind?: 'hourly' | 'fixed' | 'salary';
  /** Amounts as printed, in `currency`. */
  hourly?: { min?: number; max?: number };
  fixed?: number;
  salary?: { min: number; max: number; per: PayPeriod };
  /** The currency the amounts are printed in (ISO 4217), whenever there is an amount. */
  currency?: string;
  /** The amount is what freelancers bid on average, not the client's budget (Freelancer.com lists). */
  averageBid?: boolean;
  /** The amount is what a seller charges for a gig, from (Fiverr), not what a client pays. */
  gigPrice?: boolean;
  /** Estimated length in months, lower bound ("1 to 3 months" → 1, "Less than 1 month" → 0). */
  months?: { min: number; max?: number };
  /** True for "30+ hrs/week", false for "Less than 30 hrs/week". */
  fullTime?: boolean;
}
