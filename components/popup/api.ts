/**
 * What the popup needs from the browser and the background, as plain async functions: the
 * entrypoint wires them to messages and storage, the component tests to realistic fakes.
 */

import { t } from '@/lib/core/i18n';
import type { Listing, Platform, QueueItem, QueueStatus, Tags } from '@/lib/core/model';
import type { Profile, ProfileRead } from '@/lib/core/profile';
import type { DemandView, LearningItem, MatchItem, Summary } from '@/lib/messages';
import type { Request } from '@/lib/messages/client';
import type { uiMessageSchemas } from '@/lib/messages/ui';

export interface PopupApi {
  loadSummary(): Promise<Summary>;
  scanThisPage(): Promise<number>;
  /** The active tab's layout report: its structure, without its text (built in the tab). */
  layoutReport(): Promise<string>;
  copyText(text: string): Promise<void>;
  /** The marketplace of the active tab, if it is one. */
  currentPlatform(): Promise<Platform | undefined>;
  /** The profile, with what could not be read of it. */
  loadProfile(): Promise<ProfileRead>;
  getMatches(
    profile: Profile,
    includeIntermediate: boolean,
    limit?: number,
  ): Promise<{ items: MatchItem[]; considered: number }>;
  saveToQueue(listingId: string): Promise<QueueItem>;
  listQueue(): Promise<QueueItem[]>;
  updateQueue(listingId: string, change: { status?: QueueStatus; notes?: string }): Promise<QueueItem>;
  removeFromQueue(listingId: string): Promise<void>;
  getTicks(listingId: string): Promise<string[]>;
  tick(listingId: string, item: string, ticked: boolean): Promise<string[]>;
  /** The demand picture with skill names; with a profile, also what to learn next. */
  getDemand(profile?: Profile): Promise<DemandView>;
  /** A listing's tags, from the background's tagger. */
  describe(listing: Listing): Promise<Tags>;
  /** Opens the side panel beside the tab the popup was opened over; false when the browser would not. */
  openPanel(): Promise<boolean>;
  /** Where to learn each skill for free (the list lives in the background). */
  getLearning(skills: string[]): Promise<LearningItem[]>;
}

type LocalCalls =
  | 'scanThisPage'
  | 'layoutReport'
  | 'copyText'
  | 'loadProfile'
  | 'currentPlatform'
  | 'openPanel';

/** The popup's calls as messages to the background; the rest (profile, scan) come from the page. */
export function popupApiOver(
  request: Request<typeof uiMessageSchemas>,
  local: Pick<PopupApi, LocalCalls>,
): PopupApi {
  return { ...local, ...backgroundCallsOver(request) };
}

/** The calls that are messages to the background, which the side panel shares. */
export function backgroundCallsOver(request: Request<typeof uiMessageSchemas>): Omit<PopupApi, LocalCalls> {
  return {
    loadSummary: () => request('ui-bg-get-summary', { recentLimit: 8 }),
    getMatches: (profile, includeIntermediate, limit = 20) =>
      request('ui-bg-get-matches', { profile, includeIntermediate, limit }),
    saveToQueue: (listingId) => request('ui-bg-queue-save', { listingId }),
    listQueue: async () => (await request('ui-bg-queue-list', {})).items,
    updateQueue: (listingId, change) => request('ui-bg-queue-update', { listingId, ...change }),
    removeFromQueue: async (listingId) => {
      await request('ui-bg-queue-remove', { listingId });
    },
    getTicks: async (listingId) => (await request('ui-bg-checklist-get', { listingId })).ticked,
    tick: async (listingId, item, ticked) =>
      (await request('ui-bg-checklist-tick', { listingId, item, ticked })).ticked,
    getDemand: (profile) => request('ui-bg-get-demand', { limit: 200, ...(profile ? { profile } : {}) }),
    getLearning: async (skills) => (await request('ui-bg-get-learning', { skills })).items,
    describe: async (listing) => {
      const [item] = (await request('ui-bg-describe', { listings: [listing] })).items;
      if (!item) throw new Error(t('errorNotDescribed'));
      return item.tags;
    },
  };
}
