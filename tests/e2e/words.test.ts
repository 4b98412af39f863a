/**
 * The card's words come from the content script's own copy (the browser's first getMessage in a
 * page loads the whole catalogue synchronously): in real Chromium the copy says what the browser
 * says for every message, the background notes the catalogue for it, and the built content script
 * uses no message the copy lacks.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import copy from '../../lib/extension/content-words.json';
import english from '../../public/_locales/en/messages.json';
import { EXTENSION_DIR, type Harness, startHarness } from './harness';
import { copyAgainstBrowser, notedCatalogue } from './shared/words';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe("the content script's own words", () => {
  it('are what the browser gives for each of its messages, substitutions and all', async () => {
    const { browser, own } = await copyAgainstBrowser(harness.worker, 'en');
    expect(own).toEqual(browser);
    expect(browser).toContain('+‹1› more');
  });

  it('are used in the catalogue the background noted', async () => {
    await expect
      .poll(() => notedCatalogue(harness.worker))
      .toEqual({ ui: expect.any(String), language: 'en' });
  });

  it('cover every message the built content script names', () => {
    const bundle = readFileSync(`${EXTENSION_DIR}/content-scripts/content.js`, 'utf8');
    const literals = new Set([...bundle.matchAll(/[`"']([A-Za-z_][A-Za-z0-9_]*)[`"']/g)].map((m) => m[1]));
    const keys = Object.keys(english);
    const named = keys.filter((key) => literals.has(key) || literals.has(key.replace(/_(one|other)$/, '')));
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((key) => !(key in copy.en))).toEqual([]);
  });
});
