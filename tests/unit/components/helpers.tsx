/**
 * Component-test set-up: a root to render into, a way to let promises and effects settle,
 * and the popup's API wired to the real background (router → handlers → fake-indexeddb)
 * holding the real Upwork listings, so the tabs are tested on what users would see.
 */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import { type PopupApi, popupApiOver } from '@/components/popup/api';
import { createHandlers } from '@/lib/background/handlers';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import { tagListing, tagsFor } from '@/lib/gigs/tagging';
import { createMessenger } from '@/lib/messages/client';
import { createRouter } from '@/lib/messages/router';
import { uiMessageSchemas } from '@/lib/messages/ui';
import { realListings, scanOf, useTestDatabase } from '../store/helpers';

/** The time the saved Upwork page was read at; the background's clock in these tests. */
export const NOW = Date.parse('2026-02-20T12:00:00Z');

export const LEARNER: Profile = {
  ...DEFAULT_PROFILE,
  skills: ['shopify', 'web-design', 'seo'],
  goals: ['stripe'],
};

export function useRoot() {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return {
    get: () => root,
    async show(vnode: ComponentChild) {
      await act(async () => {
        render(vnode, root);
      });
      await settle();
    },
  };
}

/** Turns in a row with the page unchanged before it counts as settled. */
const STABLE_TURNS = 10;
/** More than this and something never settles: the test's own checks then say what is missing. */
const MAX_TURNS = 200;

/**
 * Lets the fake database, the messages and Preact's effects run to the end: at least `rounds`
 * turns of the event loop, and on until the page has not changed for STABLE_TURNS turns. A fixed
 * number of turns was not enough on a busy machine: fake-indexeddb answers through setImmediate,
 * and fewer of those run per timer turn when the machine is slow (two CI runs saw a list still
 * loading).
 */
export async function settle(rounds = 5) {
  let last = '';
  let stable = 0;
  for (let turn = 0; turn < MAX_TURNS && (turn < rounds || stable < STABLE_TURNS); turn++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const now = document.body.innerHTML;
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

export async function click(element: Element | null | undefined) {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    (element as HTMLElement).click();
  });
  await settle();
}

/** A background with the saved Upwork search page recorded, and the popup API over it. */
export function useBackground() {
  const db = useTestDatabase();
  const handlers = () =>
    createHandlers({ db: async () => db.current(), tag: tagListing, describe: tagsFor, now: () => NOW });
  return {
    db,
    async record() {
      await handlers()['cs-bg-page-scanned'](scanOf(realListings), { id: 'x' });
    },
    /** The extension pages' messenger over the router and the handlers. */
    request() {
      const route = createRouter(handlers(), {
        extensionId: 'x',
        extensionOrigin: 'chrome-extension://x',
      });
      return createMessenger(
        async (message) => route(message, { id: 'x', url: 'chrome-extension://x/popup.html' }),
        uiMessageSchemas,
      );
    },
    api(profile: Profile = LEARNER, overrides: Partial<PopupApi> = {}): PopupApi {
      const request = this.request();
      return {
        ...popupApiOver(request, {
          scanThisPage: async () => 0,
          layoutReport: async () => 'SkillScout layout report',
          copyText: async () => {},
          loadProfile: async () => ({ profile }),
          currentPlatform: async () => undefined,
          openPanel: async () => false,
        }),
        ...overrides,
      };
    },
  };
}

export { realListings };
