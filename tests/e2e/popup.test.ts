/**
 * The popup's main path in a real browser: onboarding in the options page → browse the saved Upwork search
 * page → the matching gig appears in the popup → save it → tick its checklist → the queue and
 * the ticks are still there after the popup is closed and opened again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

const GIG = 'upwork:2025050196192886766';
const GIG_TITLE = 'Build shopify website b2b';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function pick(page: Page, picker: string, text: string, expected: string) {
  await page.locator(`#${picker}-input`).fill(text);
  await expect
    .poll(() => page.locator(`#${picker}-list [role="option"]`).first().textContent())
    .toBe(expected);
  await page.locator(`#${picker}-input`).press('Enter');
}

async function openChecklist(popup: Page) {
  await popup.getByRole('tab', { name: 'Queue' }).click();
  const entry = popup.locator(`li[data-listing="${GIG}"]`);
  await entry.getByRole('button', { name: 'Checklist' }).click();
  await expect.poll(() => popup.getByTestId('checklist').locator('a').first().textContent()).toBe(GIG_TITLE);
}

describe('from onboarding to a ticked proposal checklist', () => {
  it('saves the profile chosen in the options page', async () => {
    const options = await harness.openExtensionPage('options.html');
    await expect.poll(() => options.getByTestId('welcome').isVisible()).toBe(true);
    await pick(options, 'skills', 'shopify', 'Shopify');
    await pick(options, 'skills', 'web design', 'Website Design');
    await pick(options, 'goals', 'stripe', 'Stripe');
    await options.getByTestId('save-profile').click();
    await expect
      .poll(() => options.getByTestId('profile-status').textContent())
      .toBe('Saved. Open the SkillScout popup to see the gigs that fit.');
    // The profile survives a reload of the page: it is in storage.sync, not in the page.
    await options.reload();
    await expect
      .poll(() => options.locator('[data-testid="skills"] .ss-chip').allTextContents())
      .toEqual(['Shopify×', 'Website Design×']);
    await options.close();
  });

  it('shows the matching gig from a browsed Upwork page in the popup, and saves it', async () => {
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=x');
    await expect.poll(() => page.locator('[data-skillscout="read"]').count()).toBe(10);
    await expect.poll(() => harness.countStored('listings')).toBe(10);
    await page.close();

    const popup = await harness.openExtensionPage('popup.html');
    expect(await popup.getByTestId('onboard').count()).toBe(0);
    await popup.getByRole('tab', { name: 'Matches' }).click();
    const card = popup.locator(`[data-testid="matches"] li[data-listing="${GIG}"]`);
    await expect.poll(() => card.locator('a.ss-title').textContent()).toBe(GIG_TITLE);
    expect(await card.locator('.ss-chip').first().textContent()).toBe('★ Learning: Stripe');
    await card.getByTestId('save-match').click();
    await expect.poll(() => card.getByTestId('save-match').textContent()).toBe('Saved to queue ✓');
    const queue = (await harness.request('ui-bg-queue-list', {})) as { items: Array<{ listingId: string }> };
    expect(queue.items.map((i) => i.listingId)).toEqual([GIG]);

    await card.getByRole('button', { name: 'Proposal checklist' }).click();
    await popup.locator('input[data-item="step:read-twice"]').check();
    await popup.locator('input[data-item="skill:shopify"]').check();
    await expect
      .poll(
        async () =>
          ((await harness.request('ui-bg-checklist-get', { listingId: GIG })) as { ticked: string[] }).ticked,
      )
      .toEqual(['skill:shopify', 'step:read-twice']);
    await popup.close();
  });

  it("opens a learning goal's chip onto its free resources and a first gig to try it on", async () => {
    const options = await harness.openExtensionPage('options.html');
    const plan = options.locator('[data-testid="goal-plans"] [data-goal="stripe"]');
    await plan.locator('summary').click();
    const links = plan.getByTestId('learn-links').locator('a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toContain('https://docs.stripe.com/');
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/[^?#]+$/);
    expect(
      await links.evaluateAll((as) => as.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`)),
    ).toEqual(hrefs.map(() => '_blank noopener noreferrer'));
    const gig = plan.getByTestId('practice-gigs').locator('li').first();
    await expect.poll(() => gig.locator('a').textContent()).toBe(GIG_TITLE);
    expect(await gig.textContent()).toContain('Uses Shopify and Website Design; practises Stripe');
    await options.close();
  });
  it('shows where to learn a skill from its demand row, on the click of its button', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Demand' }).click();
    await popup.getByRole('button', { name: 'Where to learn Shopify for free' }).click();
    const links = popup.locator('tr[data-learn="shopify"] a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toContain(
      'https://www.shopifyacademy.com/',
    );
    await popup.close();
  });

  it('keeps the queue and the ticks when the popup is opened again', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    // By keyboard: the selected tab takes focus with Tab, the arrow keys move to the others.
    await popup.getByRole('tab', { name: 'Overview' }).focus();
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    await expect
      .poll(() => popup.getByRole('tab', { name: 'Queue' }).getAttribute('aria-selected'))
      .toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Queue');
    await expect.poll(() => popup.locator('[data-status="saved"] h3').textContent()).toBe('Saved (1)');
    await openChecklist(popup);
    await expect.poll(() => popup.locator('input[data-item="skill:shopify"]').isChecked()).toBe(true);
    expect(await popup.locator('input[data-item="step:read-twice"]').isChecked()).toBe(true);
    expect(await popup.locator('input[data-item="step:milestone"]').isChecked()).toBe(false);
    await popup.close();
  });
});
