/**
 * The popup's first render in real Chromium with the real IndexedDB: the extension's own
 * store filled with 5,000 and then 50,000 listings, and the time from opening popup.html to
 * its Matches tab showing, measured each time. This is what "stays interactive" means.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../scripts/lib/chromium.mjs';

const PROFILE = {
  skills: ['html', 'css', 'copywriting'],
  goals: ['shopify'],
  level: 'beginner',
  platforms: ['upwork', 'freelancer', 'fiverr', 'toptal', 'peopleperhour', 'guru', 'other'],
  page: { highlight: true, hideMode: 'none' },
};

function bundleFiller(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skillscout-fill-'));
  const out = join(dir, 'fill.js');
  execFileSync('npx', [
    'esbuild',
    'bench/browser/fill.ts',
    '--bundle',
    '--format=iife',
    `--outfile=${out}`,
    '--log-level=error',
  ]);
  const code = readFileSync(out, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return code;
}

/** Median time from opening the popup to its Overview and then its Matches tab being shown. */
async function timePopup(
  context: BrowserContext,
  extensionId: string,
  runs: number,
): Promise<{ overview: number; matches: number }> {
  const overview: number[] = [];
  const matches: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByTestId('listing-count').waitFor({ timeout: 60_000 });
    overview.push(performance.now() - started);
    const tabStarted = performance.now();
    await page.getByRole('tab', { name: 'Matches' }).click();
    await page
      .locator('[data-testid="matches"] li, [data-testid="no-matches"]')
      .first()
      .waitFor({ timeout: 60_000 });
    matches.push(performance.now() - tabStarted);
    await page.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { overview: median(overview), matches: median(matches) };
}

export interface PopupBench {
  overviewMsAt5k: number;
  matchesMsAt5k: number;
  overviewMsAt50k: number;
  matchesMsAt50k: number;
}

export async function benchPopup(log: (line: string) => void = console.log): Promise<PopupBench> {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const filler = bundleFiller();
  const { context, extensionId, userDataDir } = await launchWithExtension({
    extensionDir: resolve('.output/chrome-mv3'),
    port: 9,
    hosts: [],
    headless: true,
  });
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.evaluate(filler);
    await options.evaluate(
      (profile) =>
        (
          globalThis as never as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
        ).chrome.storage.sync.set({ profile }),
      PROFILE,
    );
    const now = Date.now();
    const fill = (from: number, to: number) =>
      options.evaluate(
        ([a, b, t]) =>
          (
            globalThis as never as { __skillscoutFill(a: number, b: number, t: number): Promise<void> }
          ).__skillscoutFill(a, b, t),
        [from, to, now] as const,
      );
    await fill(0, 5_000);
    const at5k = await timePopup(context, extensionId, 5);
    log(
      `popup (real Chromium, real IndexedDB) with 5,000 listings: overview ${at5k.overview.toFixed(0)} ms, matches tab ${at5k.matches.toFixed(0)} ms`,
    );
    await fill(5_000, 50_000);
    const at50k = await timePopup(context, extensionId, 5);
    log(
      `popup (real Chromium, real IndexedDB) with 50,000 listings: overview ${at50k.overview.toFixed(0)} ms, matches tab ${at50k.matches.toFixed(0)} ms`,
    );
    return {
      overviewMsAt5k: at5k.overview,
      matchesMsAt5k: at5k.matches,
      overviewMsAt50k: at50k.overview,
      matchesMsAt50k: at50k.matches,
    };
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
