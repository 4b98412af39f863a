import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MARKETPLACES } from './lib/core/platforms';
import { DEFAULT_PROFILE } from './lib/core/profile';
import { launchWithExtension } from './scripts/lib/chromium.mjs';
import { startFixtureServer } from './scripts/lib/fixture-server.mjs';
const fifty = readFileSync('tests/fixtures/upwork/search-50-constructed.html', 'utf8');
const hosts = MARKETPLACES.map((m) => m.host);
const server = await startFixtureServer({ hosts });
server.setPage('www.upwork.com', '/nx/search/jobs/fifty/', fifty);
const { context, worker } = await launchWithExtension({ extensionDir: resolve('.output/chrome-mv3'), port: server.port, hosts, headless: true });
await worker.evaluate((p) => (globalThis as any).chrome.storage.sync.set({ profile: p }), { ...DEFAULT_PROFILE, skills: ['html'], goals: ['n8n'] });
const src = readFileSync('.output/chrome-mv3/content-scripts/content.js', 'utf8').split('\n');
const agg = new Map<string, number>();
for (let run = 0; run < 4; run++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto('https://www.upwork.com/nx/search/jobs/fifty/', { waitUntil: 'load' });
  await page.waitForFunction(`document.querySelectorAll('.skillscout-ui').length >= 50`, undefined, { timeout: 30000 });
  const { profile } = await cdp.send('Profiler.stop');
  if (run === 0) { await page.close(); continue; }
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  for (const n of profile.nodes) {
    const t = (dt.get(n.id) ?? 0) / 1000;
    const cf = n.callFrame;
    const where = cf.url.includes('content.js') ? `cs:${cf.functionName}@${cf.columnNumber} ${src[cf.lineNumber]?.slice(cf.columnNumber, cf.columnNumber + 70)}` : `${cf.functionName || '(anon)'} ${cf.url.slice(-30)}`;
    agg.set(where, (agg.get(where) ?? 0) + t);
  }
  await page.close();
}
const rows = [...agg].sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [k, v] of rows) console.log((v / 3).toFixed(1).padStart(7), k);
await context.close(); await server.close();
