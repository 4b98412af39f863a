/**
 * Messages from the content script to the background (`cs-bg-…`). Kept apart from the
 * extension pages' messages so the content script bundles only the schemas it sends.
 */

import * as z from 'zod/mini';
import { LISTINGS_PER_MESSAGE } from '../core/limits';
import { Listing, ListingId, PageKind, Platform, QueueItem, ScanProblem, Tags } from '../core/model';

export const PageScan = z.object({
  url: z.url({ protocol: /^https?$/ }),
  platform: Platform,
  pageKind: PageKind,
  /** New listings since the last report from this page; the content script sends each once. */
  listings: z.array(Listing).check(z.maxLength(LISTINGS_PER_MESSAGE)),
  /** Set when the page gave nothing: the popup shows why instead of a silent zero. */
  problem: z.optional(ScanProblem),
});
export type PageScan = z.infer<typeof PageScan>;

export const DescribeRequest = z.object({
  listings: z.array(Listing).check(z.maxLength(LISTINGS_PER_MESSAGE)),
});
/** Each listing's tags and whether it is already in the learning queue. */
export const Described = z.object({
  items: z.array(z.object({ id: ListingId, tags: Tags, queued: z.boolean() })),
});

export const PageScanResult = z.object({ stored: z.number(), added: z.number() });

/** How many of the listings shown on the page fit the profile: the toolbar badge of that tab. */
export const PageFit = z.object({
  url: z.url({ protocol: /^https?$/ }),
  fitting: z.number().check(z.int(), z.gte(0)),
  total: z.number().check(z.int(), z.gte(0)),
});
export type PageFit = z.infer<typeof PageFit>;

export const contentMessageSchemas = {
  'cs-bg-page-scanned': { payload: PageScan, response: PageScanResult },
  /** The page's Save button: the listing comes from the page itself. */
  'cs-bg-queue-save': { payload: z.object({ listing: Listing }), response: QueueItem },
  /**
   * The tags of the listings on the page, and whether each is already queued. The tagger and
   * its taxonomy live in the background only, which keeps the content script small.
   */
  'cs-bg-describe': { payload: DescribeRequest, response: Described },
  /** Sent whenever the page's cards or their fit change; the side panel listens for it too. */
  'cs-bg-page-fit': { payload: PageFit, response: z.object({ shown: z.boolean() }) },
  /**
   * The card's "Show in panel" button: opens the side panel (the click is the user gesture the
   * browser asks for) and points it at the listing. `opened: false` when the browser refused.
   */
  'cs-bg-show-in-panel': {
    payload: z.object({ listingId: ListingId }),
    response: z.object({ opened: z.boolean() }),
  },
} as const;
