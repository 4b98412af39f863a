/**
 * The main path, in whichever real browser the driver runs: every saved marketplace page is
 * read, each card marked and decorated; a gig is saved to the learning queue from its card;
 * the popup shows what was read and the saved gig; the options page stores a profile and the
 * popup's matches follow it; and the extension makes no network request of its own (the
 * watcher's control request proves it would see one). Chromium and Firefox run these same checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import routesFile from '../../fixtures/routes.json';
import type { BrowserDriver, PageDriver } from './driver';

const READ = '[data-skillscout="read"]';
/** A card's own SkillScout bar, drawn once its tags come back from the background. */
const CARD_UI = `${READ} > .skillscout-ui`;
const SEARCH_TILES = 10;
/** Upwork marks this tile Expert; the text names n8n, Etsy and copywriting. */
const EXPERT_TILE = 'article[data-ev-job-uid="2024696422907076268"]';
/** A Shopify website job: an entry-level tile, and the gig that fits the profile below. */
const GIG_TILE = 'article[data-ev-job-uid="2025050196192886766"]';
const GIG = 'upwork:2025050196192886766';
const GIG_TITLE = 'Build shopify website b2b';
/** Listings a page adds to the store: a gig on a search page and on its own page is one listing. */
const newListings = (route: (typeof routesFile.routes)[number]) =>
  route.listings - ((route as { alsoOnEarlierPages?: number }).alsoOnEarlierPages ?? 0);
const ALL_LISTINGS = routesFile.routes.reduce((sum, route) => sum + newListings(route), 0);
const WATCHER_CONTROL = 'https://www.upwork.com/watcher-control/';

/** Picks a skill in one of the options page's skill pickers, by keyboard. */
async function pick(page: PageDriver, picker: 'skills' | 'goals', text: string, expected: string) {
  await page.fill(`#${picker}-input`, text);
  await expect.poll(async () => (await page.texts(`#${picker}-list [role="option"]`))[0]).toBe(expected);
  await page.press(`#${picker}-input`, 'Enter');
}

export function describeMarketplaceFlow(start: () => Promise<BrowserDriver>): void {
  let browser: BrowserDriver;
  beforeAll(async () => {
    browser = await start();
  });
  afterAll(async () => {
    // Fails the run if the extension made a network request of its own.
    await browser?.close();
  });

  describe('the network watcher', () => {
    it('sees a request from the background and one from an extension page (so its silence means something)', async () => {
      // Whether the fetches succeed does not matter: they were made.
      await browser.fetchAsExtension('background', `${WATCHER_CONTROL}background`);
      await browser.fetchAsExtension('extension page', `${WATCHER_CONTROL}page`);
      await expect
        .poll(async () => (await browser.extensionRequests()).sort())
        .toEqual([`${WATCHER_CONTROL}background`, `${WATCHER_CONTROL}page`]);
      // The control requests were the test's, not the extension's: forget them.
      await browser.forgetExtensionRequests();
    });
  });

  describe('each marketplace adapter on its fixture pages', () => {
    let stored = 0;
    for (const route of routesFile.routes) {
      it(`marks and decorates every listing on ${route.file}`, async () => {
        const page = await browser.openMarketplace(route.host, route.path);
        expect(new URL(await page.url()).protocol).toBe('https:');
        await expect.poll(() => page.count(READ)).toBe(route.listings);
        // The tags come from the background, a moment after the card is read.
        await expect.poll(() => page.count(`${CARD_UI} >>> .level`)).toBe(route.listings);
        expect(await page.count(`${CARD_UI} >>> button.save`)).toBe(route.listings);
        stored += newListings(route);
        await expect.poll(() => browser.countStored('listings')).toBe(stored);
        await page.close();
      });
    }
  });

  describe('an Upwork search page (2026 markup)', () => {
    let page: PageDriver;
    beforeAll(async () => {
      page = await browser.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=automation');
    });
    afterAll(async () => {
      await page?.close();
    });

    it('shows its skills and difficulty on every tile', async () => {
      await expect.poll(() => page.count(`article[data-ev-job-uid] > .skillscout-ui`)).toBe(SEARCH_TILES);
      const ui = `${EXPERT_TILE} > .skillscout-ui`;
      await expect.poll(() => page.texts(`${ui} >>> .level`)).toEqual(['Expert ▾']);
      const chips = await page.texts(`${ui} >>> .chip`);
      expect(chips).toEqual(expect.arrayContaining(['n8n', 'Etsy']));
      expect(chips.length).toBeLessThanOrEqual(9);
      // The card style reaches every shadow root, adopted (Chromium) or as its own <style> (Firefox).
      expect(await page.style(`${ui} >>> .bar`, 'border-top-left-radius')).toBe('10px');
      expect(await page.style(`${GIG_TILE} > .skillscout-ui >>> .bar`, 'display')).toBe('flex');
    });

    it('saves a listing to the learning queue from its card, and remembers it after a reload', async () => {
      const save = `${GIG_TILE} > .skillscout-ui >>> button.save`;
      expect(await page.texts(save)).toEqual(['Save to learning queue']);
      await page.click(save);
      await expect.poll(() => page.attribute(save, 'aria-pressed')).toBe('true');
      const queue = (await browser.request('ui-bg-queue-list', {})) as {
        items: Array<{ listingId: string; status: string }>;
      };
      expect(queue.items.map((i) => [i.listingId, i.status])).toEqual([[GIG, 'saved']]);
      await page.reload();
      await expect.poll(() => page.texts(save)).toEqual(['Saved to queue ✓']);
    });

    it('stores each listing once, however often the page is read', async () => {
      // Every fixture page was read once above; this page twice more, and reloaded.
      await expect.poll(() => page.count(`${CARD_UI} >>> .level`)).toBe(SEARCH_TILES);
      expect(await browser.countStored('listings')).toBe(ALL_LISTINGS);
    });
  });

  describe('the popup', () => {
    it('shows what was read and the saved gig in its queue', async () => {
      const popup = await browser.openExtensionPage('popup.html');
      await expect
        .poll(() => popup.texts('[data-testid="listing-count"]'))
        .toEqual([`${ALL_LISTINGS} listings read so far`]);
      expect(await popup.count('[data-testid="recent"] li a')).toBe(8);
      await popup.click('#tab-queue');
      await expect.poll(() => popup.texts('[data-status="saved"] h3')).toEqual(['Saved (1)']);
      expect(await popup.texts(`li[data-listing="${GIG}"] a.ss-title`)).toEqual([GIG_TITLE]);
      await popup.close();
    });
  });

  describe('the options page', () => {
    it('shows what is stored, and stores the profile chosen in it', async () => {
      const options = await browser.openExtensionPage('options.html');
      await expect
        .poll(() => options.texts('[data-testid="stored"]'))
        .toEqual([`${ALL_LISTINGS} listings in this browser's local database.`]);
      expect(await options.count('[data-testid="welcome"]')).toBe(1);
      await pick(options, 'skills', 'shopify', 'Shopify');
      await pick(options, 'skills', 'web design', 'Website Design');
      await pick(options, 'goals', 'stripe', 'Stripe');
      await options.click('[data-testid="save-profile"]');
      await expect
        .poll(() => options.texts('[data-testid="profile-status"]'))
        .toEqual(['Saved. Open the SkillScout popup to see the gigs that fit.']);
      // The profile survives a reload of the page: it is in storage.sync, not in the page.
      await options.reload();
      await expect
        .poll(() => options.texts('[data-testid="skills"] .ss-chip'))
        .toEqual(['Shopify×', 'Website Design×']);
      await options.close();
    });

    it('makes the popup match gigs to that profile', async () => {
      const popup = await browser.openExtensionPage('popup.html');
      await popup.click('#tab-matches');
      const card = `[data-testid="matches"] li[data-listing="${GIG}"]`;
      await expect.poll(() => popup.texts(`${card} a.ss-title`)).toEqual([GIG_TITLE]);
      expect((await popup.texts(`${card} .ss-chip`))[0]).toBe('★ Learning: Stripe');
      expect(await popup.texts(`${card} [data-testid="save-match"]`)).toEqual(['Saved to queue ✓']);
      await popup.close();
    });
  });

  describe('the side panel and the toolbar badge', () => {
    // The panel's page opened in a tab, pinned to the Upwork tab: headless browsers draw no panel.
    it("list the Upwork page's listings with the gig that fits first, and a click highlights its card", async () => {
      const page = await browser.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=panel');
      await expect.poll(() => page.count(`${CARD_UI} >>> .level`)).toBe(SEARCH_TILES);
      const tabId = await browser.tabIdOf(await page.url());
      expect(tabId).toBeGreaterThan(0);
      // The profile above fits one gig of the ten: the beginner Shopify one that practises Stripe.
      await expect
        .poll(() => browser.badgeOf(tabId))
        .toEqual({
          text: '1',
          title: 'SkillScout: 1 listing on this page fits your profile',
        });
      const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
      const items = '[data-testid="page-listings"] > li';
      await expect.poll(() => panel.count(items)).toBe(SEARCH_TILES);
      expect(await panel.texts('#ss-page')).toEqual(['On this page: Upwork']);
      expect(await panel.attribute(items, 'data-listing')).toBe(GIG);
      expect(await panel.texts('[data-testid="page-counts"]')).toEqual(['10 listings · 1 fits your profile']);
      const expert = 'upwork:2024696422907076268';
      await panel.click(`li[data-listing="${expert}"] .ss-reveal`);
      await expect.poll(() => page.attribute(EXPERT_TILE, 'data-skillscout-flash')).toBe('');
      await panel.close();
      // Another page in the tab: the browser resets the tab's badge (nothing of ours listens
      // for it), and the tooltip says again what the number counts.
      await page.goto('about:blank');
      await expect
        .poll(() => browser.badgeOf(tabId))
        .toEqual({
          text: '',
          title: 'SkillScout: the number on the icon counts the listings on this page that fit your profile',
        });
      await page.close();
    });
  });
}
