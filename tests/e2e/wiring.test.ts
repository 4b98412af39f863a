/**
 * The wiring around the main path (which tests/e2e/shared/flow.ts checks in both browsers),
 * in real Chromium: lists that grow after load, a layout no adapter knows, messages with the
 * wrong shape (rejected, changing nothing), listing text carrying markup, in-page navigation,
 * and the page settings chosen in Options.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type HideMode, type Profile } from '../../lib/core/profile';
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

describe('lists that grow after load', () => {
  it('reads tiles added later by the page (infinite lists, "Load more")', async () => {
    const html = readFileSync(new URL('../fixtures/upwork/search-2026-02.html', import.meta.url), 'utf8');
    // The page itself appends a copy of its first tile with a new uid 300 ms after load.
    const script = `<script>setTimeout(() => {
      const tile = document.querySelector('article[data-ev-job-uid]').cloneNode(true);
      tile.removeAttribute('data-skillscout');
      tile.querySelectorAll('.skillscout-ui').forEach((ui) => ui.remove());
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

describe('a marketplace page whose layout SkillScout does not recognise', () => {
  it('leaves the page alone and says so in the popup', async () => {
    // Every marketplace has an adapter now: a redesign (no card any adapter knows) is what is left.
    harness.server.setPage(
      'www.freelancer.com',
      '/jobs/redesigned/',
      '<!doctype html><html><body><main><h1>PHP jobs</h1><p>Nothing we know how to read.</p></main></body></html>',
    );
    const page = await harness.openMarketplace('www.freelancer.com', '/jobs/redesigned/');
    const popup = await harness.openExtensionPage('popup.html');
    // The scanner waits settleMs (3 s) for late cards before calling the layout unknown.
    await expect
      .poll(
        async () => {
          await popup.reload();
          // Short: the row appears only once the report is in, and each try reloads the popup.
          return popup.locator('[data-platform="freelancer"]').textContent({ timeout: 1_000 });
        },
        { timeout: 15_000 },
      )
      .toContain("This page's layout was not recognised");
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

describe('listing text that carries markup', () => {
  it('is shown as inert text on the card and in the popup', async () => {
    const html = readFileSync(new URL('../fixtures/upwork/search-2026-02.html', import.meta.url), 'utf8');
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // The page's first tile alone, under a new uid, with the payload as its title.
    const tiles = html.match(/<article[\s\S]*?<\/article>/g) ?? [];
    const hostile = tiles
      .slice(1)
      .reduce((page, tile) => page.replace(tile, ''), html)
      .replace(/2024696422907076268/g, '1777777777777777777')
      .replace(
        'Digital Product Specialist, AI automation case studies to sellable products (Gumroad / Etsy, etc…)',
        escaped,
      );
    harness.server.setPage('www.upwork.com', '/nx/search/jobs/hostile', hostile);
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/hostile');
    const ui = page.locator('article[data-ev-job-uid="1777777777777777777"] .skillscout-ui');
    await expect.poll(() => ui.locator('.bar').getAttribute('aria-label')).toBe(`SkillScout: ${payload}`);
    expect(await page.locator('article').count()).toBe(1);
    expect(await ui.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    const popup = await harness.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('recent').locator('li a').first().textContent()).toBe(payload);
    expect(await popup.locator('img').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('in-page navigation', () => {
  it('reads the new page’s tiles when the site changes the URL and the list without a reload', async () => {
    const html = readFileSync(new URL('../fixtures/upwork/search-2026-02.html', import.meta.url), 'utf8');
    // Like Upwork's own pager: pushState, then the list is replaced by the next page's tiles.
    const script = `<script>setTimeout(() => {
      history.pushState({}, '', '/nx/search/jobs/spa?page=2');
      const list = document.querySelector('article[data-ev-job-uid]').parentElement;
      const model = list.querySelector('article[data-ev-job-uid]').cloneNode(true);
      list.querySelectorAll('article').forEach((tile) => tile.remove());
      for (let n = 0; n < 3; n++) {
        const tile = model.cloneNode(true);
        tile.removeAttribute('data-skillscout');
        tile.removeAttribute('data-skillscout-fit');
        tile.querySelectorAll('.skillscout-ui').forEach((ui) => ui.remove());
        const uid = '16000000000000000' + n;
        tile.setAttribute('data-ev-job-uid', uid);
        const link = tile.querySelector('[data-test~="job-tile-title-link"]');
        link.textContent = 'Page two tile ' + n;
        link.setAttribute('href', '/jobs/Page-two_~02' + uid + '/');
        list.append(tile);
      }
    }, 500);</script>`;
    harness.server.setPage(
      'www.upwork.com',
      '/nx/search/jobs/spa',
      html.replace('</body>', `${script}</body>`),
    );
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/spa');
    await expect.poll(() => page.url()).toContain('page=2');
    await expect.poll(() => page.locator('article[data-skillscout="read"]').count()).toBe(3);
    await expect.poll(() => page.locator('article > .skillscout-ui').count()).toBe(3);
    const stored = (await harness.request('ui-bg-get-summary', { recentLimit: 3 })) as {
      recent: Array<{ title: string }>;
    };
    expect(stored.recent.map((r) => r.title).sort()).toEqual([
      'Page two tile 0',
      'Page two tile 1',
      'Page two tile 2',
    ]);
    await page.close();
  });
});

describe('page settings', () => {
  it('collapse gigs that are too hard, without removing them, once chosen in Options', async () => {
    const options = await harness.openExtensionPage('options.html');
    await options.getByLabel('Collapse them to one line (a click shows them)').check();
    await expect
      .poll(() =>
        options.evaluate(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: {
              storage: {
                sync: { get(key: string): Promise<Record<string, { page?: { hideMode?: string } }>> };
              };
            };
          };
          return (await chrome.storage.sync.get('profile')).profile?.page?.hideMode;
        }),
      )
      .toBe('collapse');
    await options.close();
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=collapse');
    // With no skills chosen yet, the beginner default finds the eight Expert tiles too hard.
    await expect.poll(() => page.locator('article[data-skillscout-hidden="collapse"]').count()).toBe(8);
    expect(await page.locator('article[data-ev-job-uid]').count()).toBe(SEARCH_TILES);
    const first = page.locator('article[data-ev-job-uid="2024696422907076268"]');
    await first.locator('.skillscout-ui').getByRole('button', { name: 'Show this gig' }).click();
    expect(await first.getAttribute('data-skillscout-hidden')).toBeNull();
    await page.close();
  });

  it('apply to a page already open when the profile changes, without a reload', async () => {
    /** Saves profile changes the way the popup's onboarding and Options do: into storage.sync. */
    const changeProfile = async (skills: string[], hideMode: HideMode) => {
      const options = await harness.openExtensionPage('options.html');
      const stored = await options.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
        };
        return (await chrome.storage.sync.get('profile')).profile as Profile | undefined;
      });
      const base = stored ?? DEFAULT_PROFILE;
      const profile: Profile = { ...base, skills, page: { ...base.page, hideMode } };
      await options.evaluate(async (profile) => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { sync: { set(v: object): Promise<void> } } };
        };
        await chrome.storage.sync.set({ profile });
      }, profile);
      await options.close();
    };
    await changeProfile([], 'collapse');
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=live');
    await expect.poll(() => page.locator('article[data-skillscout-hidden="collapse"]').count()).toBe(8);
    const entryTile = page.locator('article[data-ev-job-uid="2025050196192886766"]');
    expect(await entryTile.getAttribute('data-skillscout-fit')).not.toBe('match');
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });

    await changeProfile(['shopify'], 'none');
    await expect.poll(() => entryTile.getAttribute('data-skillscout-fit')).toBe('match');
    await expect.poll(() => page.locator('article[data-skillscout-hidden]').count()).toBe(0);
    await expect
      .poll(() => entryTile.locator('.skillscout-ui').getByText('Uses your Shopify').count())
      .toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    await page.close();
  });
});
