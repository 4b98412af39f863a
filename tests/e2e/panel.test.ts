/**
 * The side panel, the toolbar badge and the keyboard commands in real Chromium.
 *
 * Headless Chromium draws no side panel, so the panel's page is opened in a tab as
 * `sidepanel.html?tabId=<tab>`: it follows that tab first, then every tab the user switches to
 * (`tabs.onActivated`; Playwright's `bringToFront` is such a switch), exactly as in the real
 * panel, which follows the active tab of its window. The badge is read from the service worker
 * (`action.getBadgeText`); the commands' keys cannot be pressed on the browser itself here, so
 * their message to the page is sent from the service worker as the command handler sends it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../../lib/core/profile';
import { type Harness, OTHER_BOARD, startHarness } from './harness';

const GIG = 'upwork:2025050196192886766';
/** Knows Shopify and web design at an intermediate level, learning Stripe: several gigs on the page fit. */
const LEARNER: Profile = {
  ...DEFAULT_PROFILE,
  skills: ['shopify', 'web-design'],
  goals: ['stripe'],
  level: 'intermediate',
};
let harness: Harness;
let upwork: Page;
let upworkTab: number;
let panel: Page;

interface ChromeInWorker {
  tabs: {
    query(q: object): Promise<Array<{ id: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
}

async function tabOf(page: Page): Promise<number> {
  const id = await harness.worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
    return (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
  }, page.url());
  expect(id).toBeGreaterThan(0);
  return id;
}

/** Every tab's id (a page SkillScout has no host permission for shows no address, only its id). */
const tabIds = () =>
  harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
    return (await chrome.tabs.query({})).map((t) => t.id);
  });

const badgeOf = (tabId: number) =>
  harness.worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
    return {
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    };
  }, tabId);

/** The listing ids of the page's cards that fit the profile, in the page's order. */
const fittingOnPage = (page: Page) =>
  page
    .locator('article[data-ev-job-uid][data-skillscout-fit^="match"]')
    .evaluateAll((cards) => cards.map((card) => `upwork:${card.getAttribute('data-ev-job-uid')}`));

const panelIds = () =>
  panel
    .locator('[data-testid="page-listings"] > li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-listing')));

beforeAll(async () => {
  harness = await startHarness();
  const options = await harness.openExtensionPage('options.html');
  await options.evaluate(async (profile) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { sync: { set(v: object): Promise<void> } } };
    };
    await chrome.storage.sync.set({ profile });
  }, LEARNER);
  await options.close();
  upwork = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=panel');
  await upwork.waitForFunction(() => document.querySelectorAll('.skillscout-ui').length === 10);
  upworkTab = await tabOf(upwork);
});
afterAll(async () => {
  await harness?.close();
});

describe('the toolbar badge', () => {
  it('counts the listings of the page that fit the profile, and its tooltip says so', async () => {
    const fitting = (await fittingOnPage(upwork)).length;
    expect(fitting).toBe(6);
    await expect
      .poll(() => badgeOf(upworkTab))
      .toEqual({
        text: '6',
        title: 'SkillScout: 6 listings on this page fit your profile',
      });
  });

  it('is cleared when the tab leaves the marketplace for a page that is none', async () => {
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=leaving');
    const tabId = await tabOf(page);
    await expect.poll(async () => (await badgeOf(tabId)).text).toBe('6');
    await page.goto(`https://${OTHER_BOARD}/gigs`);
    await expect
      .poll(() => badgeOf(tabId))
      .toEqual({
        text: '',
        title: 'SkillScout: the number on the icon counts the listings on this page that fit your profile',
      });
    // The other tab's page is still open: its count stays.
    expect((await badgeOf(upworkTab)).text).toBe('6');
    await page.close();
  });

  it('shows nothing on a page that is no marketplace', async () => {
    const before = await tabIds();
    const other = await harness.openMarketplace(OTHER_BOARD, '/gigs');
    const [otherTab] = (await tabIds()).filter((id) => !before.includes(id));
    expect(otherTab).toBeDefined();
    expect(await badgeOf(otherTab ?? -1)).toEqual({
      text: '',
      title: 'SkillScout: the number on the icon counts the listings on this page that fit your profile',
    });
    await other.close();
  });
});

describe('the side panel', () => {
  it("lists the page's cards, the ones that fit first in the Matches tab's order", async () => {
    panel = await harness.openExtensionPage(`sidepanel.html?tabId=${upworkTab}`);
    await expect.poll(panelIds).toHaveLength(10);
    const fitting = await fittingOnPage(upwork);
    const ids = await panelIds();
    // The fitting ones first, the gig that practises the learning goal (Stripe) beside Shopify leading.
    expect(new Set(ids.slice(0, fitting.length))).toEqual(new Set(fitting));
    expect(ids[0]).toBe(GIG);
    expect(await panel.getByTestId('page-counts').textContent()).toBe('10 listings · 6 fit your profile');
    expect(await panel.locator(`li[data-listing="${GIG}"] .ss-chip`).first().textContent()).toBe(
      '★ Learning: Stripe',
    );
  });

  it('scrolls the page to the card a click names and highlights it for a moment', async () => {
    const ids = await panelIds();
    const last = ids[ids.length - 1] ?? '';
    await panel.locator(`li[data-listing="${last}"] .ss-reveal`).click();
    const card = upwork.locator(`article[data-ev-job-uid="${last.replace('upwork:', '')}"]`);
    await expect.poll(() => card.getAttribute('data-skillscout-flash')).toBe('');
    expect(await upwork.locator('[data-skillscout-flash]').count()).toBe(1);
    const inView = () =>
      card.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      });
    await expect.poll(inView).toBe(true);
    await expect.poll(() => card.getAttribute('data-skillscout-flash'), { timeout: 5_000 }).toBeNull();
  });

  it('moves through its list with the arrow keys', async () => {
    const ids = await panelIds();
    await panel.locator(`li[data-listing="${ids[0]}"] .ss-reveal`).focus();
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowDown');
    const focused = () =>
      panel.evaluate(() => document.activeElement?.closest('li[data-listing]')?.getAttribute('data-listing'));
    expect(await focused()).toBe(ids[2]);
    await panel.keyboard.press('ArrowUp');
    expect(await focused()).toBe(ids[1]);
    await panel.keyboard.press('End');
    expect(await focused()).toBe(ids[ids.length - 1]);
  });

  it('follows a switch to another tab, and back', async () => {
    const freelancer = await harness.openMarketplace('www.freelancer.com', '/jobs/php/');
    await expect.poll(() => freelancer.locator('[data-skillscout="read"]').count()).toBeGreaterThan(0);
    await freelancer.bringToFront();
    await expect.poll(() => panel.locator('#ss-page').textContent()).toBe('On this page: Freelancer.com');
    const read = await freelancer.locator('[data-skillscout="read"]').count();
    await expect.poll(panelIds).toHaveLength(read);
    const other = await harness.openMarketplace(OTHER_BOARD, '/gigs');
    await other.bringToFront();
    // No marketplace in the tab: the gigs that fit, from every site.
    await expect.poll(() => panel.getByTestId('no-marketplace').count()).toBe(1);
    await expect
      .poll(() => panel.locator(`[data-testid="matches"] li[data-listing="${GIG}"]`).count())
      .toBe(1);
    await upwork.bringToFront();
    await expect.poll(() => panel.locator('#ss-page').textContent()).toBe('On this page: Upwork');
    await expect.poll(panelIds).toHaveLength(10);
    await other.close();
    await freelancer.close();
  });

  it('shows a listing when its card\'s "Show in panel" is clicked', async () => {
    const ids = await panelIds();
    const target = ids[3] ?? '';
    const button = upwork
      .locator(`article[data-ev-job-uid="${target.replace('upwork:', '')}"] > .skillscout-ui`)
      .getByRole('button', { name: 'Show in panel' });
    await button.click();
    await expect.poll(() => panel.locator('li.ss-focused').getAttribute('data-listing')).toBe(target);
    // The click is a user gesture, relayed through the background: Chromium opens the panel
    // (headless draws none), so the button, enabled again once answered, still offers it.
    const panelButton = upwork.locator(
      `article[data-ev-job-uid="${target.replace('upwork:', '')}"] > .skillscout-ui button.panel`,
    );
    await expect.poll(() => panelButton.isEnabled()).toBe(true);
    expect(await panelButton.textContent()).toBe('Show in panel');
    // Without a gesture Chromium refuses, which the background's opener reports as false.
    const refused = await harness.worker.evaluate(async (tabId) => {
      const { chrome } = globalThis as unknown as {
        chrome: { sidePanel: { open(o: { tabId: number }): Promise<void> } };
      };
      return chrome.sidePanel.open({ tabId }).then(
        () => 'opened',
        (e: unknown) => String(e),
      );
    }, upworkTab);
    expect(refused).toMatch(/may only be called in response to a user gesture/);
  });
});

describe('the side panel and the badge following the page', () => {
  it('take in a card the page adds (an infinite list), and stay right after in-page navigation', async () => {
    await upwork.evaluate(
      (uid) => {
        const model = document.querySelector(`article[data-ev-job-uid="${uid}"]`);
        if (!model?.parentElement) throw new Error('no tile to copy');
        const tile = model.cloneNode(true) as Element;
        tile.removeAttribute('data-skillscout');
        tile.removeAttribute('data-skillscout-fit');
        for (const ui of tile.querySelectorAll('.skillscout-ui')) ui.remove();
        tile.setAttribute('data-ev-job-uid', '1800000000000000001');
        const link = tile.querySelector('[data-test~="job-tile-title-link"]');
        if (link) {
          link.textContent = 'Build a second shopify website b2b';
          link.setAttribute('href', '/jobs/Second_~021800000000000000001/');
        }
        model.parentElement.append(tile);
      },
      GIG.replace('upwork:', ''),
    );
    await expect.poll(panelIds).toHaveLength(11);
    expect(await panelIds()).toContain('upwork:1800000000000000001');
    await expect.poll(() => badgeOf(upworkTab)).toMatchObject({ text: '7' });
    expect((await fittingOnPage(upwork)).length).toBe(7);
    // A marketplace's next "page" without a reload: the address changes, the cards are read again.
    await upwork.evaluate(() => history.pushState({}, '', '/nx/search/jobs/?q=panel&page=2'));
    await expect
      .poll(() => panel.evaluate(() => document.querySelector('#ss-page')?.textContent))
      .toBe('On this page: Upwork');
    await expect.poll(() => badgeOf(upworkTab), { timeout: 15_000 }).toMatchObject({ text: '7' });
    await expect.poll(panelIds).toHaveLength(11);
  });
});

describe('the keyboard commands', () => {
  it('move the focus and the scroll to the next and the previous card that fits', async () => {
    const fitting = await fittingOnPage(upwork);
    const step = (direction: 'next' | 'previous') =>
      harness.worker.evaluate(
        ([tabId, dir]) =>
          (globalThis as unknown as { chrome: ChromeInWorker }).chrome.tabs.sendMessage(tabId, {
            type: 'bg-cs-step',
            payload: { direction: dir },
          }),
        [upworkTab, direction] as const,
      );
    const focusedCard = () =>
      upwork.evaluate(() =>
        document.activeElement?.closest('article[data-ev-job-uid]')?.getAttribute('data-ev-job-uid'),
      );
    await upwork.bringToFront();
    await upwork.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await step('next')).toEqual({ listingId: fitting[0] });
    expect(`upwork:${await focusedCard()}`).toBe(fitting[0]);
    expect(await step('next')).toEqual({ listingId: fitting[1] });
    expect(`upwork:${await focusedCard()}`).toBe(fitting[1]);
    expect(await step('previous')).toEqual({ listingId: fitting[0] });
    expect(await step('previous')).toEqual({ listingId: fitting[fitting.length - 1] });
    expect(await step('bogus' as 'next')).toMatchObject({
      error: expect.stringMatching(/^bg-cs-step: invalid payload/),
    });
  });
});
