/**
 * The shapes of what the dashboard shows, as zod schemas: the background answers
 * with them and the dashboard validates the answer, so the types are inferred once here.
 */
import * as z from 'zod/mini';
import { Platform } from '../core/model';

/** Earnings per hour of one skill or platform, in one currency (currencies are never mixed). */
export const RateRow = z.object({
  key: z.string(),
  currency: z.string(),
  gigs: z.number(),
  hours: z.number(),
  earnings: z.number(),
  /** Null when no hours were logged: a rate cannot be told. */
  perHour: z.nullable(z.number()),
});
export type RateRow = z.infer<typeof RateRow>;

/** One calendar month (UTC, `YYYY-MM`) of the log. */
export const MonthRow = z.object({
  month: z.string(),
  gigs: z.number(),
  hours: z.number(),
  /** Earnings per currency. */
  earnings: z.record(z.string(), z.number()),
  /** Skill → gigs that used it this month. */
  skills: z.record(z.string(), z.number()),
});
export type MonthRow = z.infer<typeof MonthRow>;

/** The user's own "which platform" table: what they earned, won and saw there. */
export const PlatformRow = z.object({
  platform: Platform,
  gigs: z.number(),
  /** Per currency, like RateRow. */
  rates: z.array(RateRow),
  applied: z.number(),
  won: z.number(),
  winRate: z.nullable(z.number()),
  listingsSeen: z.number(),
  beginnerShare: z.nullable(z.number()),
});
export type PlatformRow = z.infer<typeof PlatformRow>;

export const RateNudge = z.object({
  skill: z.string(),
  currency: z.string(),
  successfulGigs: z.number(),
  currentRate: z.number(),
  suggestedRate: z.number(),
  /** Median hourly pay the demand data shows for the skill in this currency, when known. */
  marketMedian: z.optional(z.number()),
  /** The suggestion was lowered to the market median (or is already at or above it). */
  capped: z.boolean(),
});
export type RateNudge = z.infer<typeof RateNudge>;

export const RoadmapStepId = z.enum(['pick', 'learn', 'land', 'document', 'scale']);
export type RoadmapStepId = z.infer<typeof RoadmapStepId>;

export const RoadmapStep = z.object({
  id: RoadmapStepId,
  title: z.string(),
  done: z.boolean(),
  /** What is done so far, in words. */
  status: z.string(),
  /** The next thing to do; present while the step is not done. */
  next: z.optional(z.string()),
});
export type RoadmapStep = z.infer<typeof RoadmapStep>;

/** A yes/no the log may hold: how many gigs answered it, and how many said yes. */
export const Answered = z.object({ yes: z.number(), answered: z.number() });
export type Answered = z.infer<typeof Answered>;

/** The career report: a one-page summary of finished gigs for an employer or a client. */
export const CareerReport = z.object({
  gigs: z.number(),
  hours: z.number(),
  /** Per currency, most first (currencies are never mixed). */
  earnings: z.array(z.object({ currency: z.string(), amount: z.number() })),
  /** Mean of the ratings given; null when no gig was rated. */
  rating: z.nullable(z.number()),
  rated: z.number(),
  skills: z.array(
    z.object({
      skill: z.string(),
      gigs: z.number(),
      /** An even share of each gig's hours, as in the insights. */
      hours: z.number(),
      rating: z.nullable(z.number()),
    }),
  ),
  onTime: Answered,
  repeatClients: Answered,
  /** Earnings per hour by month and currency, oldest first; months without hours are left out. */
  perHour: z.array(z.object({ month: z.string(), currency: z.string(), perHour: z.number() })),
  /** The gigs whose case studies the report carries, newest first. */
  caseStudies: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The whole report as Markdown; all user and listing text in it is escaped. */
  markdown: z.string(),
});
export type CareerReport = z.infer<typeof CareerReport>;
