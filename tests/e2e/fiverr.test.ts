/**
 * The real Fiverr search page of September 2026 in a real browser: every gig card tagged, its
 * difficulty saying it is competition, and a layout report of the page copied from the popup.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

let harness: Harness;
let fiverr: Page;
beforeAll(async () => {
  harness = await startHarness();
  fiverr = await harness.openMarketplace('www.fiverr.com', '/search/gigs?query=logo%20design');
});
afterAll(async () => {
  await harness?.close();
});

describe('the Fiverr search page', () => {
  it('tags every gig card with skills and a competition level that says what it means', async () => {
    await expect.poll(() => fiverr.locator('.gig-card-layout[data-skillscout="read"]').count()).toBe(12);
    await expect.poll(() => fiverr.locator('.gig-card-layout .skillscout-ui').count()).toBe(12);
    const top = fiverr.locator('.gig-card-layout', { hasText: 'Rachel' }).locator('.skillscout-ui');
    await expect.poll(() => top.locator('.chip').allTextContents()).toContain('Logo Design');
    const pill = top.locator('button.level');
    expect(await pill.getAttribute('aria-label')).toMatch(
      /^Difficulty: (Beginner|Intermediate|Expert)(, uncertain \(little text to judge\))?\. Show why$/,
    );
    await pill.click();
    const reasons = await top.locator('ul.reasons li').allTextContents();
    expect(reasons.slice(0, 3)).toEqual([
      "A gig a seller offers, not a client's job: the level is how hard the service is to deliver; who offers it says how hard it is to compete.",
      'By a Top Rated seller: many Top Rated sellers offer this, so a newcomer competes on price, speed or a narrower niche.',
      '14,182 reviews: a gig this established is hard to outrank.',
    ]);
    await expect.poll(() => harness.countStored('listings')).toBe(12);
  });

  it('copies a layout report of the page from the popup: its structure, with no text and no number', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    // The popup reads the tab it is over: the Fiverr page, brought back to the front.
    await fiverr.bringToFront();
    await popup.getByTestId('copy-layout-report').click();
    const report = popup.getByTestId('layout-report');
    await expect.poll(() => report.inputValue(), { timeout: 10_000 }).toMatch(/^SkillScout layout report/);
    const text = await report.inputValue();
    expect(text.split('\n').slice(1, 4)).toEqual([
      `extension: ${await harness.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)}`,
      'page: https://www.fiverr.com/search/gigs',
      'area: around the listings SkillScout read',
    ]);
    expect(text).toContain('div.gig-card-layout');
    expect(text).toContain('... more like the one above');
    expect(text.replace(/^extension: .*$/m, '').replace(/(^|\n)( *)h[1-6]\b/g, '$1$2h')).not.toMatch(/\d/);
    expect(text).not.toMatch(/Rachel|I will|logo design|\$/);
    expect(await popup.getByRole('status').last().textContent()).toBe(
      'Copied. Paste it into your bug report; here is exactly what it says.',
    );
    // What the user would paste: Ctrl+V into a fresh text box.
    await popup.bringToFront();
    await popup.evaluate(() => {
      const box = document.createElement('textarea');
      box.id = 'paste-here';
      document.body.append(box);
      box.focus();
    });
    await popup.keyboard.press('Control+V');
    expect(await popup.locator('#paste-here').inputValue()).toBe(text);
    await popup.close();
  });
});
