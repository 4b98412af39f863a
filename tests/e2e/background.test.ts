/**
 * The background under real conditions: listings read on a real page reach the demand
 * tallies; a service worker stopped in the middle of a burst of reports loses and doubles
 * nothing; the options page exports, deletes and restores the data.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

const TILES = 10;
const BURST = 40;
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface Demand {
  totals: { d7: number };
  skills: Array<{ skill: string; counts: { d7: number }; byPlatform: Record<string, { d7: number }> }>;
}

describe('demand tallies from a real page', () => {
  it('count every listing read on the Upwork search page, by skill and platform', async () => {
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=shopify');
    await expect.poll(() => harness.countStored('listings')).toBe(TILES);
    const demand = (await harness.request('ui-bg-get-demand', {})) as Demand;
    expect(demand.totals.d7).toBe(TILES);
    // Six of the ten tiles carry Upwork's "Shopify" skill token.
    const shopify = demand.skills.find((s) => s.skill === 'shopify');
    expect(shopify?.counts.d7).toBe(6);
    expect(shopify?.byPlatform).toEqual({ upwork: { d7: 6, d30: 6, d90: 6 } });
    await page.reload();
    await expect.poll(() => page.locator('[data-skillscout="read"]').count()).toBe(TILES);
    expect(((await harness.request('ui-bg-get-demand', {})) as Demand).totals.d7).toBe(TILES);
    await page.close();
  });
});

describe('a service worker stopped in the middle of a burst', () => {
  it('loses no listing and counts none twice', async () => {
    const html = readFileSync(new URL('../fixtures/upwork/search-2026-02.html', import.meta.url), 'utf8');
    // The page adds one new tile every 25 ms, like a fast infinite scroll.
    const script = `<script>
      const list = document.querySelector('article[data-ev-job-uid]').parentElement;
      const model = document.querySelector('article[data-ev-job-uid]');
      let n = 0;
      const timer = setInterval(() => {
        const tile = model.cloneNode(true);
        tile.removeAttribute('data-skillscout');
        tile.querySelectorAll('.skillscout-ui').forEach((ui) => ui.remove());
        const uid = '18000000000000' + String(n).padStart(5, '0'); // a string: uids exceed safe integers
        tile.setAttribute('data-ev-job-uid', uid);
        const link = tile.querySelector('[data-test~="job-tile-title-link"]');
        link.textContent = 'Burst tile ' + n;
        link.setAttribute('href', '/jobs/Burst_~02' + uid + '/');
        list.append(tile);
        if (++n === ${BURST}) clearInterval(timer);
      }, 25);
    </script>`;
    harness.server.setPage(
      'www.upwork.com',
      '/nx/search/jobs/burst',
      html.replace('</body>', `${script}</body>`),
    );
    const before = await harness.countStored('listings');
    const page = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/burst');
    await expect.poll(() => page.locator('[data-skillscout="read"]').count()).toBeGreaterThan(TILES + 5);
    const { restarted } = await harness.stopServiceWorker();
    // The next report wakes the service worker again: the burst goes on across the restart.
    await restarted;

    await expect
      .poll(() => page.locator('[data-skillscout="read"]').count(), { timeout: 15_000 })
      .toBe(TILES + BURST);
    // The ten original tiles were stored by the previous test; the burst adds forty new ones.
    await expect.poll(() => harness.countStored('listings'), { timeout: 20_000 }).toBe(before + BURST);
    const demand = (await harness.request('ui-bg-get-demand', {})) as Demand;
    expect(demand.totals.d7).toBe(before + BURST);
    expect(await harness.countStored('sightings')).toBe(before + BURST);
    await page.close();
  });
});

describe('the options page', () => {
  it('exports a backup, deletes everything, and restores it from the file', async () => {
    const stored = await harness.countStored('listings');
    expect(stored).toBeGreaterThan(0);
    const options = await harness.openExtensionPage('options.html');
    await expect
      .poll(() => options.getByTestId('stored').textContent())
      .toBe(`${stored} listings in this browser's local database.`);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export a full backup (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^skillscout-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();

    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect
      .poll(() => options.getByTestId('data-status').textContent())
      .toBe('Everything SkillScout stored has been deleted.');
    expect(await harness.countStored('listings')).toBe(0);
    await expect
      .poll(() => options.getByTestId('stored').textContent())
      .toBe("0 listings in this browser's local database.");

    await options
      .getByTestId('import')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: readFileSync(file) });
    await expect
      .poll(() => options.getByTestId('data-status').textContent())
      .toMatch(/^Restored the backup: \d+ listings/);
    expect(await harness.countStored('listings')).toBe(stored);
    await options.close();
  });

  it('refuses a file that is not a backup and keeps the data', async () => {
    const stored = await harness.countStored('listings');
    const options = await harness.openExtensionPage('options.html');
    await options.getByTestId('import').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"todo": []}'),
    });
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('This file is not a SkillScout backup: it has no "format": "skillscout-backup".');
    expect(await harness.countStored('listings')).toBe(stored);
    await options.close();
  });
});
