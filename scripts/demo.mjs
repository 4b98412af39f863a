// @ts-check
/**
 * `npm run demo`: the built extension in real Chromium on the bundled sample pages, with
 * no network. Headed by default (a window per sample page, plus the popup);
 * `--headless --shots DIR` writes a PNG of each sample page, the popup and the options page.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './lib/chromium.mjs';
import { loadRoutes, startFixtureServer } from './lib/fixture-server.mjs';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    shots: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log('usage: npm run demo [-- --headless] [-- --shots DIR]');
  process.exit(0);
}
const extensionDir = resolve('.output/chrome-mv3');
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(
    'No built extension in .output/chrome-mv3: run `npm run demo` (it builds first) or `npx wxt build`.',
  );
  process.exit(1);
}
if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display to open a browser window on. Use `npm run demo -- --headless --shots out/`, or run under xvfb-run.',
  );
  process.exit(1);
}

const routes = loadRoutes();
const hosts = [...new Set(routes.map((r) => r.host))];
const extraCss = readFileSync(new URL('./assets/demo-page.css', import.meta.url), 'utf8');
const server = await startFixtureServer({ hosts, extraCss });
const { context, extensionId } = await launchWithExtension({
  extensionDir,
  port: server.port,
  hosts,
  headless: values.headless,
});
const shotsDir = values.shots ? resolve(values.shots) : undefined;

/**
 * A newcomer's profile, so the demo shows matches: someone who knows HTML, CSS and some
 * copywriting and wants to learn Shopify and automation with n8n. Change it in Options.
 */
const SAMPLE_PROFILE = {
  skills: ['html', 'css', 'javascript', 'copywriting', 'web-design'],
  goals: ['shopify', 'n8n'],
  level: 'beginner',
  platforms: ['upwork', 'freelancer', 'fiverr', 'toptal', 'peopleperhour', 'guru', 'other'],
  page: { highlight: true, hideMode: 'none' },
};
/** A gig the sample user finished: the Entry-level Shopify job from the saved Upwork page. */
const SAMPLE_GIG = {
  id: 'demo-gig-1',
  listingId: 'upwork:2025050196192886766',
  title: 'Build shopify website b2b',
  platform: 'upwork',
  client: 'Australian wholesaler',
  skills: ['shopify', 'web-design'],
  hours: 14,
  earnings: 350,
  currency: 'USD',
  startedAt: '2026-11-02',
  finishedAt: '2026-11-09',
  rating: 5,
  feedback: 'Careful work, and the wholesale price lists finally make sense.',
  learned: 'Shopify B2B catalogs and price lists',
};
const setup = await context.newPage();
await setup.goto(`chrome-extension://${extensionId}/options.html`);
await setup.evaluate(
  // The extension page's own `chrome` global; WXT's storage keeps `sync:profile` under "profile".
  (profile) => /** @type {any} */ (globalThis).chrome.storage.sync.set({ profile }),
  SAMPLE_PROFILE,
);
await setup.close();
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

/**
 * Waits until the page's listings are marked and every marked card shows its tags (they come from
 * the background a moment later), or a moment for pages SkillScout cannot read yet.
 */
async function settle(/** @type {import('playwright-core').Page} */ page) {
  const read = await page
    .waitForSelector('[data-skillscout]', { timeout: 4_000 })
    .then(() => true)
    .catch(() => false);
  if (!read) return page.waitForTimeout(500);
  await page
    .waitForFunction(
      () => {
        const cards = document.querySelectorAll('[data-skillscout="read"]');
        return [...cards].every((card) =>
          card.querySelector('.skillscout-ui')?.shadowRoot?.querySelector('.level'),
        );
      },
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => {});
}

try {
  for (const [index, route] of routes.entries()) {
    const page = await context.newPage();
    await page.goto(`https://${route.host}${route.path}`);
    await settle(page);
    const read = await page.locator('[data-skillscout]').count();
    console.log(`${route.label}: ${read} listings read`);
    if (shotsDir) {
      // Show a card that fits the sample profile when there is one: that is what SkillScout is for.
      const match = page.locator('[data-skillscout-fit="match"]').first();
      const shown = (await match.count()) > 0 ? match : page.locator('[data-skillscout]').first();
      if (read > 0) await shown.evaluate((card) => card.scrollIntoView({ block: 'start' }));
      const file = join(
        shotsDir,
        `${String(index + 1).padStart(2, '0')}-${route.host.replace(/^www\./, '')}.png`,
      );
      await page.screenshot({ path: file });
      console.log(`  wrote ${file}`);
      await page.close();
    }
  }
  // One finished gig in the progress log, so the dashboard has something to show.
  const logPage = await context.newPage();
  await logPage.goto(`chrome-extension://${extensionId}/options.html`);
  await logPage.evaluate(
    (entry) =>
      /** @type {any} */ (globalThis).chrome.runtime.sendMessage({
        type: 'ui-bg-progress-save',
        payload: entry,
      }),
    SAMPLE_GIG,
  );
  await logPage.close();
  for (const [name, size] of /** @type {const} */ ([
    ['popup', { width: 400, height: 640 }],
    // With no marketplace tab beside it, the side panel shows the gigs that fit from every site.
    ['sidepanel', { width: 400, height: 700 }],
    ['options', { width: 900, height: 600 }],
    ['dashboard', { width: 1100, height: 800 }],
  ])) {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await page.waitForLoadState('networkidle');
    if (shotsDir) {
      const file = join(shotsDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
      await page.close();
    }
  }
  if (!shotsDir) {
    console.log('SkillScout is running in the Chromium window. Close the window (or press Ctrl+C) to stop.');
    await new Promise((resolveClose) => {
      context.on('close', resolveClose);
      process.on('SIGINT', resolveClose);
    });
  }
} finally {
  await context.close().catch(() => {});
  await server.close();
}
