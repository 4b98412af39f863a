/**
 * SkillScout in Firefox set to Spanish (its Spanish language pack and `intl.locale.requested`):
 * the card UI on the saved Upwork page, the popup's tabs and the options page show no English
 * message, leaving out what is the listing's own (marked `translate="no"`). The Chromium run in
 * Spanish (tests/e2e/spanish.test.ts) goes through every tab and the dashboard too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from '../e2e/shared/driver';
import { englishIn } from '../e2e/shared/untranslated';
import { startFirefoxHarness } from './harness';

let firefox: BrowserDriver;
beforeAll(async () => {
  firefox = await startFirefoxHarness({ language: 'es-ES' });
});
afterAll(async () => {
  await firefox?.close();
});

describe('SkillScout in a Spanish Firefox', () => {
  it('draws the card UI in Spanish', async () => {
    const page = await firefox.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=x');
    await expect.poll(() => page.count('[data-skillscout="read"] > .skillscout-ui')).toBe(10);
    const bars = '[data-skillscout="read"] > .skillscout-ui >>> .bar';
    expect(await page.texts(`${bars} > button.save`)).toContain('Guardar en mi lista de aprendizaje');
    // The bar's name for screen readers is "SkillScout:" and the listing's title: left out.
    const shown = (await page.shownTexts(bars)).filter((text) => !text.startsWith('SkillScout: '));
    expect(shown.length).toBeGreaterThan(30);
    expect(englishIn(shown.join('\n'))).toEqual([]);
    await page.close();
  });

  it('shows the popup and the options page in Spanish', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.texts('[role="tab"]'))
      .toEqual(['Resumen', 'Para ti', 'Mi lista', 'Propuesta', 'Demanda']);
    await expect
      .poll(() => popup.texts('[data-testid="listing-count"]'))
      .toEqual(['10 anuncios leídos hasta ahora']);
    expect(await popup.attribute('html', 'lang')).toBe('es');
    expect(englishIn((await popup.shownTexts('body')).join('\n'))).toEqual([]);
    await popup.close();
    const options = await firefox.openExtensionPage('options.html');
    await expect.poll(() => options.texts('h1')).toEqual(['Opciones de SkillScout']);
    expect(englishIn((await options.shownTexts('body')).join('\n'))).toEqual([]);
    await options.close();
  });
});
