/**
 * Accessibility in the real browser: axe-core finds no serious or critical violation on the
 * extension's pages, and the card UI on a marketplace page is reachable with the keyboard.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=a11y');
  // Stored listings make the popup and options pages show real content to audit.
  await page.waitForFunction(() => document.querySelectorAll('.skillscout-ui').length === 10);
  await page.close();
});
afterAll(async () => {
  await harness?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
}

/** Runs axe in the page (through DevTools, so the extension's CSP does not stop it). */
async function seriousViolations(page: Page): Promise<Array<Pick<Violation, 'id' | 'impact' | 'help'>>> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(({ id, impact, help }) => ({ id, impact, help }));
}

describe('axe-core', () => {
  // The side panel with no marketplace tab to follow shows the gigs that fit from every site.
  for (const file of ['popup.html', 'options.html', 'dashboard.html', 'sidepanel.html']) {
    it(`finds no serious or critical violation on ${file}`, async () => {
      const page = await harness.openExtensionPage(file);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('the side panel over a marketplace page', () => {
  it('has no serious or critical violation, and its listings are reached with Tab', async () => {
    const upwork = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=panel');
    await expect.poll(() => upwork.locator('.skillscout-ui').count()).toBe(10);
    const tabId = await harness.worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } };
      };
      return (await chrome.tabs.query({})).find((t) => t.url === url)?.id;
    }, upwork.url());
    const panel = await harness.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="page-listings"] > li').count()).toBe(10);
    expect(await seriousViolations(panel)).toEqual([]);
    // Tab goes through every control, the first listing's title among them.
    const first = await panel
      .locator('[data-testid="page-listings"] > li')
      .first()
      .getAttribute('data-listing');
    let presses = 0;
    const focusedListing = () =>
      panel.evaluate(() => document.activeElement?.closest('li[data-listing]')?.getAttribute('data-listing'));
    while ((await focusedListing()) !== first && presses < 10) {
      await panel.keyboard.press('Tab');
      presses++;
    }
    expect(await focusedListing()).toBe(first);
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('ss-reveal'))).toBe(true);
    await panel.close();
    await upwork.close();
  });
});

describe('axe-core, with learning goals, their resources and a career report on show', () => {
  it('finds no serious or critical violation on the options page, the Demand tab and the dashboard', async () => {
    const options = await harness.openExtensionPage('options.html');
    for (const [picker, text] of [
      ['skills', 'shopify'],
      ['skills', 'html'],
      ['goals', 'stripe'],
    ] as const) {
      await options.locator(`#${picker}-input`).fill(text);
      await expect.poll(() => options.locator(`#${picker}-list [role="option"]`).count()).toBeGreaterThan(0);
      await options.locator(`#${picker}-input`).press('Enter');
    }
    await options.getByTestId('save-profile').click();
    const plan = options.locator('[data-goal="stripe"]');
    await plan.locator('summary').click();
    await expect.poll(() => plan.getByTestId('practice-gigs').count()).toBe(1);
    expect(await seriousViolations(options)).toEqual([]);

    const popup = await harness.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Demand' }).click();
    const learn = popup
      .getByTestId('demand-table')
      .getByRole('button', { name: 'Where to learn Shopify for free' });
    await learn.click();
    await expect.poll(() => popup.locator('tr[data-learn="shopify"] a').count()).toBeGreaterThan(0);
    expect(await seriousViolations(popup)).toEqual([]);

    await harness.request('ui-bg-progress-save', {
      id: 'a11y-gig',
      title: 'Store checkout fix',
      platform: 'upwork',
      client: 'Bakery',
      skills: ['shopify', 'stripe'],
      hours: 6,
      earnings: 180,
      currency: 'USD',
      finishedAt: '2026-01-20',
      rating: 5,
      onTime: true,
      repeatClient: false,
      feedback: 'Quick and careful.',
    });
    const dashboard = await harness.openExtensionPage('dashboard.html');
    await expect.poll(() => dashboard.getByTestId('career-summary').count()).toBe(1);
    await dashboard.getByTestId('career-report').locator('summary').click();
    expect(await dashboard.getByTestId('roadmap-learn').count()).toBe(1);
    expect(await seriousViolations(dashboard)).toEqual([]);
    for (const page of [options, popup, dashboard]) await page.close();
  });
});

describe('the card UI', () => {
  it('is reached with Tab, and its difficulty reasons open with Enter', async () => {
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=keyboard');
    await expect.poll(() => page.locator('.skillscout-ui .level').count()).toBe(10);
    const focusedClass = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        return host?.shadowRoot?.activeElement?.className ?? '';
      });
    let presses = 0;
    while (!(await focusedClass()).startsWith('level') && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusedClass()).toMatch(/^level /);
    await page.keyboard.press('Enter');
    const expanded = await page.evaluate(
      () => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-expanded') ?? null,
    );
    expect(expanded).toBe('true');
    await page.close();
  });
});
