/**
 * Every message between the extension's parts, validated where it is received.
 * Names say the direction: `cs-bg-…` content script → background, `ui-bg-…` an extension
 * page (popup, options, dashboard) → background. Each type has a payload schema and a
 * response schema; types are inferred from them (design rule: never written twice).
 */
import * as z from 'zod/mini';
import { DemandReport } from './demand';
import { Listing, ListingId, PageKind, Platform, QueueItem, QueueStatus, ScanProblem } from './model';

export const PageScan = z.object({
  url: z.url({ protocol: /^https?$/ }),
  platform: Platform,
  pageKind: PageKind,
  /** New listings since the last report from this page; the content script sends each once. */
  listings: z.array(Listing).check(z.maxLength(500)),
  /** Set when the page gave nothing: the popup shows why instead of a silent zero. */
  problem: z.optional(ScanProblem),
});
export type PageScan = z.infer<typeof PageScan>;

export const PageScanResult = z.object({ stored: z.number(), added: z.number() });

const PlatformStats = z.object({
  platform: Platform,
  listings: z.number(),
  reports: z.number(),
  lastScanAt: z.optional(z.number()),
  lastProblem: z.optional(ScanProblem),
});
export type PlatformStats = z.infer<typeof PlatformStats>;

export const RecentListing = z.object({
  id: z.string(),
  platform: Platform,
  title: z.string(),
  url: z.string(),
  platformLevel: z.optional(Listing.shape.platformLevel),
  lastSeenAt: z.number(),
});
export type RecentListing = z.infer<typeof RecentListing>;

export const Summary = z.object({
  listings: z.number(),
  platforms: z.array(PlatformStats),
  recent: z.array(RecentListing),
  /** Set when the last write failed for lack of space: the popup must say so. */
  storageProblem: z.optional(z.string()),
});
export type Summary = z.infer<typeof Summary>;

const byListing = z.object({ listingId: ListingId });
const Notes = z.string().check(z.maxLength(20_000));
/** What can be exported, and what imported back. */
export const ExportKind = z.enum(['backup', 'queue-csv', 'progress-csv']);
export const ImportKind = z.enum(['backup', 'progress-csv']);
export const ExportFile = z.object({ filename: z.string(), mimeType: z.string(), text: z.string() });
export type ExportFile = z.infer<typeof ExportFile>;

export const messageSchemas = {
  'cs-bg-page-scanned': { payload: PageScan, response: PageScanResult },
  /** The page's Save button: the listing comes from the page itself. */
  'cs-bg-queue-save': { payload: z.object({ listing: Listing }), response: QueueItem },
  /** Which listings on this page are already queued, so their Save buttons say so. */
  'cs-bg-queue-lookup': {
    payload: z.object({ ids: z.array(ListingId).check(z.maxLength(1_000)) }),
    response: z.object({ queued: z.array(z.string()) }),
  },
  'ui-bg-get-summary': {
    payload: z.object({ recentLimit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))) }),
    response: Summary,
  },
  'ui-bg-get-demand': {
    payload: z.object({ limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(500))) }),
    response: DemandReport,
  },
  'ui-bg-queue-save': { payload: byListing, response: QueueItem },
  'ui-bg-queue-list': {
    payload: z.object({ status: z.optional(QueueStatus) }),
    response: z.object({ items: z.array(QueueItem) }),
  },
  'ui-bg-queue-update': {
    payload: z.object({ listingId: ListingId, status: z.optional(QueueStatus), notes: z.optional(Notes) }),
    response: QueueItem,
  },
  'ui-bg-queue-remove': { payload: byListing, response: z.object({ removed: z.boolean() }) },
  'ui-bg-checklist-get': { payload: byListing, response: z.object({ ticked: z.array(z.string()) }) },
  'ui-bg-checklist-tick': {
    payload: z.object({
      listingId: ListingId,
      item: z.string().check(z.minLength(1), z.maxLength(200)),
      ticked: z.boolean(),
    }),
    response: z.object({ ticked: z.array(z.string()) }),
  },
  'ui-bg-export': { payload: z.object({ kind: ExportKind }), response: ExportFile },
  'ui-bg-import': {
    // 50 MB of text is far beyond any real backup and well within what a message may carry.
    payload: z.object({ kind: ImportKind, text: z.string().check(z.maxLength(50_000_000)) }),
    response: z.object({ imported: z.record(z.string(), z.number()) }),
  },
  /** `confirm: true` so that no stray message can wipe the user's data. */
  'ui-bg-delete-all': {
    payload: z.object({ confirm: z.literal(true) }),
    response: z.object({ deleted: z.literal(true) }),
  },
} as const;

export type MessageType = keyof typeof messageSchemas;
export type PayloadOf<T extends MessageType> = z.infer<(typeof messageSchemas)[T]['payload']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof messageSchemas)[T]['response']>;

/** The envelope on the wire. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: PayloadOf<T>;
}

/** What any handler may answer instead of its response. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === 'object' && value !== null && typeof (value as ErrorReply).error === 'string';
}

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(messageSchemas, value);
}

/** Which side may send a message type: content scripts from a web page, or extension pages. */
export function senderKindFor(type: MessageType): 'content' | 'extension-page' {
  return type.startsWith('cs-') ? 'content' : 'extension-page';
}
