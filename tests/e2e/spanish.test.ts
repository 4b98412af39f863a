/**
 * SkillScout in a browser set to Spanish: the card UI on saved Upwork and Fiverr pages, every
 * tab of the popup, the options page and the dashboard show no English message. What is shown
 * is collected from each page (text, tooltips, labels read out, placeholders; the card UI's
 * shadow root too) without what is the listing's or the marketplace's own — marked
 * `translate="no"`: titles, skill names, the terms a marketplace printed, the listing's
 * sentences — and checked against the pieces of every English message.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { badgeInExtension, inspectInPage, tabIdInExtension } from './shared/driver';
import { englishIn } from './shared/untranslated';
import { copyAgainstBrowser, notedCatalogue } from './shared/words';

const GIG = 'upwork:2025050196192886766';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ language: 'es' });
});
afterAll(async () => {
  await harness?.close();
});

/**
 * English shown on the page (or in its card UIs: `.skillscout-ui`), leaving out what is marked
 * `translate="no"` and the card's name for screen readers ("SkillScout:" and the listing's title).
 */
async function englishOn(page: Page, cards: string | null = null): Promise<string[]> {
  const selector = cards ? `${cards} >>> .bar` : 'body';
  const texts = (await page.evaluate(inspectInPage, { selector, what: 'shown' as const })) as string[];
  const shown = texts.filter((text) => !(cards && text.startsWith('SkillScout: ')));
  expect(shown.length).toBeGreaterThan(3);
  return englishIn(shown.join('\n'));
}

async function pick(page: Page, picker: string, text: string) {
  await page.locator(`#${picker}-input`).fill(text);
  await expect.poll(() => page.locator(`#${picker}-list [role="option"]`).count()).toBeGreaterThan(0);
  await page.locator(`#${picker}-input`).press('Enter');
}

describe('SkillScout in Spanish', () => {
  it('runs in a browser whose UI language is Spanish', async () => {
    const ui = await harness.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    );
    // Debian's Chromium has a UI language only with its locale files: apt-get install chromium-l10n.
    expect(ui).toMatch(/^es\b/);
  });

  it("gives the card its words from the content script's Spanish copy, the browser's words exactly", async () => {
    await expect
      .poll(() => notedCatalogue(harness.worker))
      .toEqual({ ui: expect.stringMatching(/^es\b/), language: 'es' });
    const { browser, own } = await copyAgainstBrowser(harness.worker, 'es');
    expect(own).toEqual(browser);
  });

  it('shows the options page in Spanish, and saves a profile from it', async () => {
    const options = await harness.openExtensionPage('options.html');
    await expect.poll(() => options.getByTestId('welcome').isVisible()).toBe(true);
    expect(await options.title()).toBe('Opciones de SkillScout');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');
    await pick(options, 'skills', 'shopify');
    await pick(options, 'skills', 'web design');
    await pick(options, 'goals', 'stripe');
    await options.getByTestId('save-profile').click();
    await expect
      .poll(() => options.getByTestId('profile-status').textContent())
      .toBe('Guardado. Abre la ventana de SkillScout para ver los trabajos que encajan contigo.');
    expect(await englishOn(options)).toEqual([]);
    await options.close();
  });

  it('draws the card UI in Spanish on Upwork and Fiverr cards, reasons and Save included', async () => {
    const upwork = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=x');
    await expect.poll(() => upwork.locator('[data-skillscout="read"] > .skillscout-ui').count()).toBe(10);
    const tile = upwork.locator(`article[data-ev-job-uid="${GIG.split(':')[1]}"] .skillscout-ui`);
    await tile.locator('button.save').click();
    await expect.poll(() => tile.locator('button.save').textContent()).toBe('Guardado en tu lista ✓');
    const pill = await tile.locator('button.level').getAttribute('aria-label');
    expect(pill).toMatch(/^Dificultad: (Principiante|Intermedio|Experto).*\. Ver por qué$/);
    expect(await englishOn(upwork, '.skillscout-ui')).toEqual([]);

    const fiverr = await harness.openMarketplace('www.fiverr.com', '/search/gigs?query=logo%20design');
    await expect.poll(() => fiverr.locator('.gig-card-layout .skillscout-ui').count()).toBe(12);
    const reasons = await fiverr.evaluate(() =>
      [...document.querySelectorAll('.gig-card-layout .skillscout-ui')].flatMap((host) =>
        [...(host.shadowRoot?.querySelectorAll('ul.reasons li') ?? [])].map((li) => li.textContent),
      ),
    );
    expect(reasons).toContain('14.182 reseñas: es difícil superar a un servicio tan asentado.');
    expect(await englishOn(fiverr, '.skillscout-ui')).toEqual([]);
    await upwork.close();
    await fiverr.close();
  });

  it('shows the side panel and the toolbar badge in Spanish, over a marketplace page and without one', async () => {
    const upwork = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=panel');
    await expect.poll(() => upwork.locator('[data-skillscout="read"] > .skillscout-ui').count()).toBe(10);
    const tabId = await harness.worker.evaluate(tabIdInExtension, upwork.url());
    await expect
      .poll(() => harness.worker.evaluate(badgeInExtension, tabId))
      .toEqual({
        text: '1',
        title: 'SkillScout: 1 anuncio de esta página encaja con tu perfil',
      });
    const panel = await harness.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="page-listings"] > li').count()).toBe(10);
    expect(await panel.title()).toBe('Panel lateral de SkillScout');
    expect(await panel.getByTestId('page-counts').textContent()).toBe('10 anuncios · 1 encaja con tu perfil');
    expect(await englishOn(panel)).toEqual([]);
    // Opened over no marketplace tab: the gigs that fit, from every site.
    const alone = await harness.openExtensionPage('sidepanel.html');
    await expect
      .poll(() => alone.locator(`[data-testid="matches"] li[data-listing="${GIG}"]`).count())
      .toBe(1);
    expect(await englishOn(alone)).toEqual([]);
    await alone.close();
    await panel.close();
    await upwork.close();
  });

  it('shows every tab of the popup in Spanish, with amounts written the Spanish way', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    expect(await popup.getByRole('tab').allTextContents()).toEqual([
      'Resumen',
      'Para ti',
      'Mi lista',
      'Propuesta',
      'Demanda',
    ]);
    await expect.poll(() => popup.getByTestId('listing-count').textContent()).toMatch(/anuncios leídos/);
    expect(await englishOn(popup)).toEqual([]);

    await popup.locator('#tab-matches').click();
    const card = popup.locator(`[data-testid="matches"] li[data-listing="${GIG}"]`);
    await expect.poll(() => card.count()).toBe(1);
    await card.locator('summary').click();
    // Upwork's budget, in US dollars as Spanish writes them ("500 US$").
    expect(await card.locator('.ss-muted').first().textContent()).toMatch(/\d\sUS\$/);
    expect(await englishOn(popup)).toEqual([]);

    await card.getByRole('button', { name: 'Preparar la propuesta' }).click();
    await expect.poll(() => popup.getByTestId('checklist').count()).toBe(1);
    expect(await popup.getByTestId('checklist-progress').textContent()).toMatch(/^\d+ de \d+ hechos$/);
    expect(await englishOn(popup)).toEqual([]);

    for (const tab of ['queue', 'demand', 'overview']) {
      await popup.locator(`#tab-${tab}`).click();
      await expect
        .poll(() => popup.locator('[role="tabpanel"] .ss-muted, [role="tabpanel"] h2').count())
        .toBeGreaterThan(0);
      await popup.waitForTimeout(300);
      expect({ tab, english: await englishOn(popup) }).toEqual({ tab, english: [] });
    }
    await popup.close();
  });

  it('shows the dashboard in Spanish: the log, the roadmap, the insights and the case-study draft', async () => {
    for (const status of ['applying', 'applied', 'hired', 'done']) {
      await harness.request('ui-bg-queue-update', { listingId: GIG, status });
    }
    const dashboard = await harness.openExtensionPage('dashboard.html');
    expect(await dashboard.title()).toBe('Panel de SkillScout');
    await dashboard.getByRole('button', { name: 'Anotar este trabajo' }).click();
    // The form is filled from the queued gig once the dashboard has it.
    await expect.poll(() => dashboard.locator('#ss-f-title').inputValue()).not.toBe('');
    await dashboard.locator('#ss-f-hours').fill('10');
    await dashboard.locator('#ss-f-earnings').fill('500');
    await dashboard.locator('#ss-f-rating').fill('5');
    await dashboard.getByRole('button', { name: 'Guardar entrada' }).click();
    await expect.poll(() => dashboard.getByTestId('log').locator('tbody tr').count()).toBe(1);
    // The row shows the saved amount once the dashboard has reloaded.
    await expect
      .poll(() => dashboard.getByTestId('log').locator('tbody td').nth(3).textContent())
      .toMatch(/^500,00\sUS\$$/);
    await dashboard.getByRole('button', { name: /^Caso de estudio de / }).click();
    const markdown = await dashboard.getByLabel('Caso de estudio en Markdown').inputValue();
    // Our part of the draft (its headings and the result), not the listing's text quoted in it.
    const ours = markdown
      .split('\n')
      .filter((line) => line.startsWith('## ') || /^(Entregado|Pagado|El cliente)/.test(line));
    expect(ours.slice(0, 2)).toEqual(['## El problema', '## Qué hice y qué aprendí']);
    expect(ours.map((line) => line.replace(/\u00a0/g, ' ').trim())).toContain(
      'Pagado: 500 US$ (50 US$ por hora).',
    );
    expect(englishIn(ours.join('\n'))).toEqual([]);
    expect(await englishOn(dashboard)).toEqual([]);
    await dashboard.close();
  });
});
