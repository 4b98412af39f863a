/**
 * What the side panel needs from the browser, the page and the background, as plain functions:
 * the entrypoint wires them to the tabs, the tab's content script and the background; the
 * component tests to realistic fakes. The popup's calls are the popup's own (`popupApiOver`).
 */
import { backgroundCallsOver, type PopupApi } from '@/components/popup/api';
import { LISTINGS_PER_MESSAGE } from '@/lib/core/limits';
import type { Listing, Platform } from '@/lib/core/model';
import type { PageListing } from '@/lib/gigs/rank';
import type { Request } from '@/lib/messages/client';
import type { tabMessageSchemas } from '@/lib/messages/tab';
import type { uiMessageSchemas } from '@/lib/messages/ui';

export interface PanelFocus {
  tabId: number;
  listingId: string;
  at: number;
}

export interface PageView {
  platform: Platform;
  listings: PageListing[];
}

export interface PanelApi
  extends Pick<
    PopupApi,
    'loadProfile' | 'getMatches' | 'saveToQueue' | 'getTicks' | 'tick' | 'getDemand' | 'describe'
  > {
  /** Calls back with the tab to show, now and whenever the user switches tabs or its page changes; returns the stop. */
  followTab(onChange: (tabId: number | undefined) => void): () => void;
  /** The listings the tab's page shows, with their tags; undefined when SkillScout is not on that page. */
  pageListings(tabId: number): Promise<PageView | undefined>;
  /** Scrolls the page to the listing's card and highlights it; false when the page no longer shows it. */
  reveal(tabId: number, listingId: string): Promise<boolean>;
  /** Calls back with the listing a card's "Show in panel" asked for; returns the stop. */
  watchFocus(onFocus: (focus: PanelFocus) => void): () => void;
  now(): number;
}

/** The panel's calls as messages: to the tab's content script, and to the background for the tags. */
export function panelApiOver(
  request: Request<typeof uiMessageSchemas>,
  askTab: (tabId: number) => Request<typeof tabMessageSchemas>,
  local: Pick<PanelApi, 'followTab' | 'watchFocus' | 'now' | 'loadProfile'>,
): PanelApi {
  return {
    ...backgroundCallsOver(request),
    ...local,
    async pageListings(tabId) {
      let shown: { platform: Platform; listings: Listing[] };
      try {
        shown = await askTab(tabId)('ui-cs-get-listings', {});
      } catch {
        // No SkillScout on that page (not a marketplace, switched off, still loading).
        return undefined;
      }
      const listings = shown.listings.slice(0, LISTINGS_PER_MESSAGE);
      const { items } = await request('ui-bg-describe', { listings });
      const described = new Map(items.map((item) => [item.id, item]));
      return {
        platform: shown.platform,
        listings: listings.flatMap((listing) => {
          const item = described.get(listing.id);
          return item ? [{ listing, tags: item.tags, queued: item.queued }] : [];
        }),
      };
    },
    reveal: async (tabId, listingId) => (await askTab(tabId)('ui-cs-reveal', { listingId })).found,
  };
}
