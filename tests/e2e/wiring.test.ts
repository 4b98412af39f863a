/**
 * The foundation's promise, in a real browser: the content script reads a real saved
 * Upwork page, the background validates and stores what it sends, and the popup and
 * options page show it. Bad messages are rejected and change nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

const SEARCH_TILES = 10;
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function marked(page: Page): Promise<number> {
  return page.locator('[data-skillscout="read"]').count();
}

describe('an Upwork search page (2026 markup)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=automation');
  });

  it('is served over https, as the real site is', () => {
    expect(new URL(page.url()).protocol).toBe('https:');
  });

  it('marks and badges every job tile it read', async () => {
    await expect.poll(() => marked(page)).toBe(SEARCH_TILES);
    expect(await page.locator('article[data-ev-job-uid] > .skillscout-badge').count()).toBe(SEARCH_TILES);
    const badge = page.locator('article[data-ev-job-uid="2024696422907076268"] .skillscout-badge');
    // Upwork's own level and skill chips for this tile: Expert, 7 tokens.
    await expect.poll(() => badge.textContent()).toBe('SkillScout · Expert (per upwork) · 7 skills listed');
  });

  it('stores each listing once in the background', async () => {
    await expect.poll(() => harness.countStored('listings')).toBe(SEARCH_TILES);
    await page.reload();
    await expect.poll(() => marked(page)).toBe(SEARCH_TILES);
    // A reload sends the same listings again; they are refreshed, not duplicated.
    expect(await harness.countStored('listings')).toBe(SEARCH_TILES);
  });

  it('shows what it read in the popup', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.getByTestId('listing-count').textContent())
      .toBe(`${SEARCH_TILES} listings read so far`);
    const recent = await popup.getByTestId('recent').locator('li a').allTextContents();
    expect(recent).toHaveLength(8);
    expect(recent).toContain(
      'Digital Product Specialist, AI automation case studies to sellable products (Gumroad / Etsy, etc…)',
    );
    await popup.close();
  });

  it('shows what is stored on the options page', async () => {
    const options = await harness.openExtensionPage('options.html');
    await expect
      .poll(() => options.getByTestId('stored').textContent())
      .toBe(`${SEARCH_TILES} listings in this browser's local database.`);
    await options.close();
  });
});

describe('lists that grow after load', () => {
  it('reads tiles added later by the page (infinite lists, "Load more")', async () => {
    const html = readFileSync(new URL('../fixtures/upwork/search-2026-02.html', import.meta.url), 'utf8');
    // The page itself appends a copy of its first tile with a new uid 300 ms after load.
    const script = `<script>setTimeout(() => {
      const tile = document.querySelector('article[data-ev-job-uid]').cloneNode(true);
      tile.removeAttribute('data-skillscout');
      tile.querySelectorAll('.skillscout-badge').forEach((b) => b.remove());
      tile.setAttribute('data-ev-job-uid', '1999999999999999999');
      const link = tile.querySelector('[data-test~="job-tile-title-link"]');
      link.textContent = 'Lazy loaded tile';
      link.setAttribute('href', '/jobs/Lazy_~021999999999999999999/');
      document.querySelector('article[data-ev-job-uid]').parentElement.append(tile);
    }, 300);</script>`;
    harness.server.setPage(
      'www.upwork.com',
      '/nx/search/jobs/lazy',
      html.replace('</body>', `${script}</body>`),
    );
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/lazy');
    await expect.poll(() => marked(page)).toBe(SEARCH_TILES + 1);
    await expect.poll(() => harness.countStored('listings')).toBe(SEARCH_TILES + 1);
    await page.close();
  });
});

describe('a marketplace SkillScout cannot read yet', () => {
  it('leaves the page alone and says so in the popup', async () => {
    const page = await harness.openMarketplace('www.freelancer.com', '/jobs/php/');
    const popup = await harness.openExtensionPage('popup.html');
    await expect
      .poll(async () => {
        await popup.reload();
        return popup.locator('[data-platform="freelancer"]').textContent();
      })
      .toContain('SkillScout cannot read this site yet.');
    expect(await page.locator('[data-skillscout]').count()).toBe(0);
    await page.close();
    await popup.close();
  });
});

describe('messages with the wrong shape', () => {
  it('are rejected with a clear error and change nothing', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    const before = await harness.countStored('listings');
    const replies = await popup.evaluate(async () => {
      // The page's own `chrome` global: the raw API, bypassing our typed helpers on purpose.
      const { runtime } = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      const send = (message: unknown) => runtime.sendMessage(message) as Promise<{ error?: string }>;
      return {
        badPayload: await send({ type: 'ui-bg-get-summary', payload: { recentLimit: 'all of them' } }),
        wrongSide: await send({
          type: 'cs-bg-page-scanned',
          payload: { url: 'https://www.upwork.com/', platform: 'upwork', pageKind: 'search', listings: [] },
        }),
        noPayload: await send({ type: 'ui-bg-get-summary' }),
      };
    });
    expect(replies.badPayload).toEqual({
      error: expect.stringContaining('ui-bg-get-summary: invalid payload'),
    });
    expect(replies.badPayload.error).toContain('recentLimit');
    expect(replies.noPayload).toEqual({
      error: expect.stringContaining('ui-bg-get-summary: invalid payload'),
    });
    expect(replies.wrongSide).toEqual({ error: 'cs-bg-page-scanned: only accepted from a marketplace page' });
    expect(await harness.countStored('listings')).toBe(before);
    await popup.close();
  });
});
