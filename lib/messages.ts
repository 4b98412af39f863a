/**
 * Every message between the extension's parts, validated where it is received.
 * Names say the direction: `cs-bg-…` content script → background, `ui-bg-…` an extension
 * page (popup, options, dashboard) → background. Each type has a payload schema and a
 * response schema; types are inferred from them (design rule: never written twice).
 */
import * as z from 'zod/mini';
import { Listing, PageKind, Platform, ScanProblem } from './model';

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
});
export type Summary = z.infer<typeof Summary>;

export const messageSchemas = {
  'cs-bg-page-scanned': { payload: PageScan, response: PageScanResult },
  'ui-bg-get-summary': {
    payload: z.object({ recentLimit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))) }),
    response: Summary,
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
