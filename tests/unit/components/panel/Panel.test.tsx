/**
 * The side panel over the real background holding the saved Upwork page, and a tab whose
 * content script answers through its real router: tab 1 shows that Upwork page, tab 2 is no
 * marketplace (nothing answers there).
 */
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { type PanelApi, type PanelFocus, panelApiOver } from '@/components/panel/api';
import { Panel } from '@/components/panel/Panel';
import { createMessenger } from '@/lib/messages/client';
import { createTabRouter, tabMessageSchemas } from '@/lib/messages/tab';
import { click, LEARNER, NOW, realListings, settle, useBackground, useRoot } from '../helpers';

const root = useRoot();
const background = useBackground();
const $ = <T extends Element = HTMLElement>(selector: string) => root.get().querySelector<T>(selector);
const $$ = (selector: string) => [...root.get().querySelectorAll<HTMLElement>(selector)];
const BEGINNER_GIG = 'upwork:2025050196192886766';
const UPWORK_TAB = 1;

function panelOver() {
  const revealed: string[] = [];
  let asked = 0;
  let onTab: (tabId: number | undefined) => void = () => {};
  let onFocus: (focus: PanelFocus) => void = () => {};
  const route = createTabRouter(
    {
      'ui-cs-get-listings': () => {
        asked++;
        return {
          url: 'https://www.upwork.com/nx/search/jobs/?q=x',
          platform: 'upwork',
          listings: realListings,
        };
      },
      'ui-cs-reveal': ({ listingId }) => {
        revealed.push(listingId);
        return { found: listingId !== realListings[9]?.id };
      },
      'bg-cs-step': () => ({}),
    },
    'x',
  );
  const askTab = (tabId: number) =>
    createMessenger(async (message) => {
      if (tabId !== UPWORK_TAB)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      return route(message, 'x');
    }, tabMessageSchemas);
  const api: PanelApi = panelApiOver(background.request(), askTab, {
    loadProfile: async () => ({ profile: LEARNER }),
    followTab: (change) => {
      onTab = change;
      change(UPWORK_TAB);
      return () => {};
    },
    watchFocus: (focus) => {
      onFocus = focus;
      return () => {};
    },
    now: () => NOW,
  });
  return {
    api,
    revealed,
    asked: () => asked,
    switchTo: async (tabId: number | undefined) => {
      await act(async () => onTab(tabId));
      await settle();
    },
    focus: async (focus: PanelFocus) => {
      await act(async () => onFocus(focus));
      await settle();
    },
  };
}

const listed = () => $$('[data-testid="page-listings"] > li').map((li) => li.getAttribute('data-listing'));

describe('the side panel on a marketplace tab', () => {
  it("lists the page's listings best fit first, with their counts", async () => {
    await background.record();
    const panel = panelOver();
    await root.show(<Panel api={panel.api} />);
    expect($('#ss-page')?.textContent).toBe('On this page: Upwork');
    expect(listed()).toHaveLength(realListings.length);
    expect(listed()[0]).toBe(BEGINNER_GIG);
    const fitting = $$('[data-testid="page-listings"] > li').filter((li) => !li.querySelector('.ss-note'));
    // A beginner who knows Shopify, web design and SEO: only the beginner Shopify gig is within reach.
    expect(fitting).toHaveLength(1);
    expect($('[data-testid="page-counts"]')?.textContent).toBe('10 listings · 1 fits your profile');
    // The ones that do not fit come after, and say so.
    const notes = $$('[data-testid="page-listings"] > li .ss-note').map((n) => n.textContent);
    expect(notes).toEqual(Array(10 - fitting.length).fill('Not a fit for your profile'));
    expect($$('[data-testid="page-listings"] > li').slice(0, fitting.length)).toEqual(fitting);
  });

  it('shows a listing on the page when its title is clicked, and says when the page no longer has it', async () => {
    await background.record();
    const panel = panelOver();
    await root.show(<Panel api={panel.api} />);
    await click($(`li[data-listing="${BEGINNER_GIG}"] .ss-reveal`));
    expect(panel.revealed).toEqual([BEGINNER_GIG]);
    expect($(`li[data-listing="${BEGINNER_GIG}"] [role="alert"]`)).toBeNull();
    const gone = realListings[9]?.id ?? '';
    await click($(`li[data-listing="${gone}"] .ss-reveal`));
    expect($(`li[data-listing="${gone}"] [role="alert"]`)?.textContent).toBe(
      'This listing is no longer on the page.',
    );
  });

  it('follows a switch to a tab that is no marketplace (the gigs that fit from every site), and back', async () => {
    await background.record();
    const panel = panelOver();
    await root.show(<Panel api={panel.api} />);
    await panel.switchTo(2);
    expect($('[data-testid="no-marketplace"]')?.textContent).toBe(
      'This tab shows no marketplace page: here are the gigs that fit you, from every site.',
    );
    expect($(`[data-testid="matches"] li[data-listing="${BEGINNER_GIG}"] a.ss-title`)?.textContent).toBe(
      'Build shopify website b2b',
    );
    expect($('[data-testid="page-listings"]')).toBeNull();
    await panel.switchTo(undefined);
    expect($('[data-testid="no-marketplace"]')).not.toBeNull();
    await panel.switchTo(UPWORK_TAB);
    expect(listed()[0]).toBe(BEGINNER_GIG);
  });

  it('reads the page again when it changes, keeping the list shown meanwhile', async () => {
    await background.record();
    const panel = panelOver();
    await root.show(<Panel api={panel.api} />);
    expect(panel.asked()).toBe(1);
    await panel.switchTo(UPWORK_TAB);
    expect(panel.asked()).toBe(2);
    expect(listed()).toHaveLength(10);
  });

  it("opens a listing's checklist in place, with a way back to the list", async () => {
    await background.record();
    const panel = panelOver();
    await root.show(<Panel api={panel.api} />);
    const checklist = [...$$(`li[data-listing="${BEGINNER_GIG}"] button`)].find(
      (b) => b.textContent === 'Proposal checklist',
    );
    await click(checklist);
    expect($('[data-testid="checklist"] a.ss-title')?.textContent).toBe('Build shopify website b2b');
    await click($('[data-testid="panel-back"]'));
    expect(listed()).toHaveLength(10);
  });

  it('brings forward the listing a card\'s "Show in panel" asked for, on the tab it follows only', async () => {
    await background.record();
    const panel = panelOver();
    await root.show(<Panel api={panel.api} />);
    const target = realListings[4]?.id ?? '';
    await panel.focus({ tabId: 7, listingId: target, at: 1 });
    expect($('li.ss-focused')).toBeNull();
    await panel.focus({ tabId: UPWORK_TAB, listingId: target, at: 2 });
    expect($('li.ss-focused')?.getAttribute('data-listing')).toBe(target);
    expect(document.activeElement?.closest('li')?.getAttribute('data-listing')).toBe(target);
  });
});
