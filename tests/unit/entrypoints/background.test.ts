/**
 * The service worker's wiring, through WXT's fake browser: messages reach the router with
 * the sender's identity, valid reports are stored in IndexedDB, malformed ones change nothing.
 */

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { DB_NAME, openDatabase } from '@/lib/store/db';
import { fakeBrowserI18n } from '../../setup/browser-i18n';

const extensionId = fakeBrowser.runtime.id;
const page = { id: extensionId, url: 'https://www.upwork.com/nx/search/jobs/?q=react', tab: { id: 7 } };
const popup = { id: extensionId, url: `chrome-extension://${extensionId}/popup.html` };

const listing = {
  id: 'upwork:2024507002869143997',
  platform: 'upwork',
  url: 'https://www.upwork.com/jobs/x_~022024507002869143997/',
  title: 'Shopify and Paid Media Tracking Expert Needed',
  description: 'GA4, GTM and Meta pixel tracking for a Shopify store',
  platformLevel: 'intermediate',
  platformSkills: ['Google Tag Manager', 'Shopify'],
};
const scan = { url: page.url, platform: 'upwork', pageKind: 'search', listings: [listing] };

/** What the first listener answered, as the browser would deliver it. */
async function deliver(message: unknown, sender: object): Promise<unknown> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return reply;
}

async function storedCount(): Promise<number> {
  const db = await openDatabase();
  const count = await db.count('listings');
  db.close();
  return count;
}

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowserI18n('en', 'en-US');
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
  });
  background.main();
});

describe('the background service worker', () => {
  it('stores a page report and answers the popup from the store', async () => {
    await expect(deliver({ type: 'cs-bg-page-scanned', payload: scan }, page)).resolves.toEqual({
      stored: 1,
      added: 1,
    });
    const summary = (await deliver({ type: 'ui-bg-get-summary', payload: {} }, popup)) as {
      listings: number;
    };
    expect(summary.listings).toBe(1);
    expect(await storedCount()).toBe(1);
  });

  it('rejects a report of the wrong shape with a clear error and stores nothing', async () => {
    const broken = { ...scan, listings: [{ ...listing, title: '' }] };
    const reply = (await deliver({ type: 'cs-bg-page-scanned', payload: broken }, page)) as { error: string };
    expect(reply.error).toMatch(/^cs-bg-page-scanned: invalid payload\n/);
    expect(reply.error).toContain('listings[0].title');
    expect(await storedCount()).toBe(0);
  });

  it('does not answer messages it does not know or senders it does not trust', async () => {
    await expect(deliver({ type: 'bg-cs-unknown', payload: {} }, page)).resolves.toBe(false);
    await expect(
      deliver({ type: 'cs-bg-page-scanned', payload: scan }, { ...page, id: 'other-extension' }),
    ).resolves.toBe(false);
    expect(await storedCount()).toBe(0);
  });
});
