/**
 * The one schema module: every shape that crosses a boundary (page → content script →
 * background → storage → popup) is defined here once, and its TypeScript type is inferred
 * from it. `zod/mini` is used because it tree-shakes: the classic API made the
 * background bundle three times larger (101 kB against 33 kB when it was measured).
 *
 * The object schemas are `z.lazy`: zod builds a schema's parts when it is declared, and this
 * module is evaluated before anything else in the content script (at document_start, while the
 * page waits) and in a restarted worker before its first answer. A lazy one is built when first
 * parsed with, so a page that never sends a queue item or a progress entry never builds one.
 */

import * as z from 'zod/mini';
import {
  COUNTRY_MAX,
  DESCRIPTION_MAX,
  NOTES_MAX,
  PLATFORM_SKILLS_MAX,
  SHORT_TEXT_MAX,
  TITLE_MAX,
} from './limits';
import { MARKETPLACES } from './platforms';

const marketplaceIds = MARKETPLACES.map((m) => m.id) as [
  (typeof MARKETPLACES)[number]['id'],
  ...(typeof MARKETPLACES)[number]['id'][],
];

/** A marketplace we have an adapter for, or `other` for a page read by the generic detector. */
export const Platform = z.enum([...marketplaceIds, 'other']);
export type Platform = z.infer<typeof Platform>;

/** `upwork:022024696422907076268`: platform, colon, the marketplace's own id for the job. */
export const ListingId = z.string().check(z.regex(/^[a-z]+:[^\s]{1,200}$/, 'expected "<platform>:<id>"'));
export type ListingId = z.infer<typeof ListingId>;

const nonNegative = z.number().check(z.nonnegative());

/** What a salary or retainer is paid per (job boards print "$50,000 - $65,000 per year"). */
export const PayPeriod = z.enum(['day', 'week', 'month', 'year']);
export type PayPeriod = z.infer<typeof PayPeriod>;

export const Budget = z.lazy(() =>
  z
    .object({
      kind: z.enum(['hourly', 'fixed']),
      min: z.optional(nonNegative),
      max: z.optional(nonNegative),
      /** ISO 4217 code; marketplaces print symbols, adapters translate them. */
      currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD')),
      /**
       * Absent: the client's own budget. `average-bid`: the card shows only what freelancers bid
       * on average so far (Freelancer.com lists), a market price and not a budget to stay within.
       */
      source: z.optional(z.enum(['average-bid'])),
      /**
       * A salary or retainer: the amount is paid per day, week, month or year ("$4,000/month"),
       * with `kind` "fixed". Absent: per hour (`hourly`) or once for the job (`fixed`).
       */
      period: z.optional(PayPeriod),
    })
    .check(
      z.refine(
        (b) => b.min === undefined || b.max === undefined || b.min <= b.max,
        'budget min is above max',
      ),
      z.refine((b) => b.period === undefined || b.kind === 'fixed', 'a salary period goes with kind "fixed"'),
    ),
);
export type Budget = z.infer<typeof Budget>;

/** The level the marketplace itself prints (Upwork: Entry level / Intermediate / Expert). */
export const PlatformLevel = z.enum(['entry', 'intermediate', 'expert']);
export type PlatformLevel = z.infer<typeof PlatformLevel>;

/** Proposal counts are printed as ranges ("5 to 10", "50+", "Less than 5"). */
export const Proposals = z.lazy(() => z.object({ min: nonNegative, max: z.optional(nonNegative) }));
export type Proposals = z.infer<typeof Proposals>;

export const Client = z.lazy(() =>
  z.object({
    country: z.optional(z.string().check(z.maxLength(COUNTRY_MAX))),
    paymentVerified: z.optional(z.boolean()),
    rating: z.optional(z.number().check(z.gte(0), z.lte(5))),
    /** Total the client has spent on the platform, in USD, lower bound ("$10K+" → 10000). */
    spent: z.optional(nonNegative),
  }),
);
export type Client = z.infer<typeof Client>;

/**
 * A Fiverr seller's level: on a gig (what a seller offers, not a client's job) it is the
 * level of competition a newcomer meets, not the difficulty of the work.
 */
export const SellerLevel = z.enum(['new', 'level-1', 'level-2', 'top-rated', 'pro']);
export type SellerLevel = z.infer<typeof SellerLevel>;

const count = z.int().check(z.nonnegative());

/** One of a gig's packages (Fiverr's Basic / Standard / Premium), in the listing's currency. */
export const GigPackage = z.lazy(() =>
  z.object({
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    description: z.optional(z.string().check(z.maxLength(2_000))),
    price: nonNegative,
    deliveryDays: z.optional(nonNegative),
    revisions: z.optional(z.union([count, z.literal('unlimited')])),
  }),
);
export type GigPackage = z.infer<typeof GigPackage>;

/** What a gig card or gig page says about the seller and the gig beyond its title and price. */
export const Gig = z.lazy(() =>
  z.object({
    /** Fiverr's own number for the gig. */
    gigId: z.optional(z.string().check(z.regex(/^\d{1,20}$/))),
    seller: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    sellerLevel: z.optional(SellerLevel),
    rating: z.optional(z.number().check(z.gte(0), z.lte(5))),
    /** Reviews of the gig; a lower bound when only the card's rounded "1k+" was readable. */
    reviews: z.optional(count),
    /** A paid placement ("Ad", Fiverr's promoted gigs). */
    ad: z.optional(z.boolean()),
    fiverrChoice: z.optional(z.boolean()),
    packages: z.optional(z.array(GigPackage).check(z.maxLength(5))),
  }),
);
export type Gig = z.infer<typeof Gig>;

export const Listing = z.lazy(() =>
  z.object({
    id: ListingId,
    platform: Platform,
    url: z.url({ protocol: /^https?$/ }),
    title: z.string().check(z.minLength(1), z.maxLength(TITLE_MAX)),
    description: z.string().check(z.maxLength(DESCRIPTION_MAX)),
    /** ISO 8601; absent when the page only says "yesterday" and no date can be derived. */
    postedAt: z.optional(z.iso.datetime({ offset: true })),
    budget: z.optional(Budget),
    /**
     * Estimated length and workload as the marketplace prints them ("1 to 3 months, Less than
     * 30 hrs/week"); the difficulty estimate reads it.
     */
    duration: z.optional(z.string().check(z.minLength(1), z.maxLength(SHORT_TEXT_MAX))),
    platformLevel: z.optional(PlatformLevel),
    /** Skill names exactly as the marketplace prints them; the tagger normalises them. */
    platformSkills: z
      .array(z.string().check(z.minLength(1), z.maxLength(SHORT_TEXT_MAX)))
      .check(z.maxLength(PLATFORM_SKILLS_MAX)),
    proposals: z.optional(Proposals),
    client: z.optional(Client),
    /** Fiverr gigs only; listings stored before it existed have none and stay valid. */
    gig: z.optional(Gig),
  }),
);
export type Listing = z.infer<typeof Listing>;

export const DifficultyLevel = z.enum(['beginner', 'intermediate', 'expert']);
export type DifficultyLevel = z.infer<typeof DifficultyLevel>;

/** A tagged skill; `confidence` (0..1) is absent in tags stored before the tagger gave one. */
const TaggedSkillRef = z.lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  }),
);

/** A listing's level, its score and the reasons for it. */
export const Difficulty = z.lazy(() =>
  z.object({
    /** The marketplace's own level when it prints one, else the estimate from the text. */
    level: DifficultyLevel,
    /**
     * The chance a client would mark the job Expert (0 = beginner-friendly … 1 = expert), from the
     * text and terms only, whatever the marketplace says.
     */
    score: z.number().check(z.gte(0), z.lte(1)),
    reasons: z.array(z.string()),
    /** The level the text alone reads as; shown beside the marketplace's when they differ. */
    textLevel: z.optional(DifficultyLevel),
    /**
     * The level is a guess from too little text (a title, a bare gig): shown as uncertain, never
     * as a confident beginner. Absent in tags stored before the fitted model.
     */
    uncertain: z.optional(z.boolean()),
  }),
);
export type Difficulty = z.infer<typeof Difficulty>;

export const Tags = z.lazy(() =>
  z.object({
    /** The skills the job asks for, most confident first. */
    skills: z.array(TaggedSkillRef),
    /** Skills the listing mentions with less confidence (alternatives, the company's blurb): shown behind "more". */
    moreSkills: z.optional(z.array(TaggedSkillRef)),
    difficulty: Difficulty,
  }),
);
export type Tags = z.infer<typeof Tags>;

/** What kind of marketplace page a listing was read from: the demand tallies weigh them differently. */
export const PageKind = z.enum(['search', 'feed', 'details', 'category', 'other']);
export type PageKind = z.infer<typeof PageKind>;

/** Why a page gave no listings; shown in the popup instead of a silent "0 found". */
export const ScanProblem = z.enum([
  'no-adapter',
  'layout-not-recognised',
  'adapter-error',
  'read-by-generic-detector',
]);
export type ScanProblem = z.infer<typeof ScanProblem>;

/** The learning queue's statuses, in the order a gig moves through them. */
export const QueueStatus = z.enum(['saved', 'applying', 'applied', 'hired', 'done', 'dropped']);
export type QueueStatus = z.infer<typeof QueueStatus>;

export const QueueItem = z.lazy(() =>
  z.object({
    listingId: ListingId,
    /** The listing as it was when saved or last seen: it outlives the page. */
    listing: Listing,
    status: QueueStatus,
    notes: z.string().check(z.maxLength(NOTES_MAX)),
    savedAt: z.number(),
    updatedAt: z.number(),
    /** Every status change, oldest first, so the progress log can tell how long each step took. */
    history: z.array(z.object({ status: QueueStatus, at: z.number() })),
  }),
);
export type QueueItem = z.infer<typeof QueueItem>;

/** Ticks of the proposal checklist of one listing (the items themselves are generated). */
export const ChecklistTicks = z.lazy(() =>
  z.object({
    listingId: ListingId,
    ticked: z.array(z.string().check(z.maxLength(SHORT_TEXT_MAX))),
    updatedAt: z.number(),
  }),
);
export type ChecklistTicks = z.infer<typeof ChecklistTicks>;

/** A progress log entry's own id. */
export const ProgressEntryId = z.string().check(z.minLength(1), z.maxLength(100));

/** One finished (or running) gig in the progress log. */
export const ProgressEntry = z.lazy(() =>
  z.object({
    id: ProgressEntryId,
    listingId: z.optional(ListingId),
    title: z.string().check(z.minLength(1), z.maxLength(500)),
    platform: Platform,
    client: z.optional(z.string().check(z.maxLength(200))),
    skills: z.array(z.string().check(z.minLength(1))),
    hours: nonNegative,
    earnings: nonNegative,
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD')),
    startedAt: z.optional(z.iso.date()),
    finishedAt: z.optional(z.iso.date()),
    rating: z.optional(z.number().check(z.gte(0), z.lte(5))),
    feedback: z.optional(z.string().check(z.maxLength(5_000))),
    learned: z.optional(z.string().check(z.maxLength(5_000))),
    /** Delivered by the agreed date; absent when not logged (entries before schema version 3). */
    onTime: z.optional(z.boolean()),
    /** The client had hired the user before. */
    repeatClient: z.optional(z.boolean()),
  }),
);
export type ProgressEntry = z.infer<typeof ProgressEntry>;

/** The log's fields in the order a spreadsheet shows them (CSV export, the entry form). */
export const PROGRESS_COLUMNS = [
  'id',
  'listingId',
  'title',
  'platform',
  'client',
  'skills',
  'hours',
  'earnings',
  'currency',
  'startedAt',
  'finishedAt',
  'rating',
  'feedback',
  'learned',
  'onTime',
  'repeatClient',
] as const;
