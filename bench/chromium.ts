/**
 * What a person feels, in real headless Chromium: the built extension on the saved Upwork pages
 * (the 10-tile 2026 page, the 50-tile page, and a page that grows to 1,000 tiles by infinite
 * scroll), timed with the page's own clock. An init script watches long tasks and layout shifts
 * from the first byte; the content script marks when it read its first card and when it drew
 * card UIs (lib/page/timing.ts). Each figure is the median of several loads in one browser, the
 * service worker warm after the first (the first load is reported on its own), and of seven more
 * with the worker stopped before each, as the browser stops it after 30 s idle. The content
 * script's heap is the page's JS heap after a forced GC, less that of the same page with Upwork
 * switched off in the profile (the content script then stops before reading anything). The page
 * alone, for its own long tasks and paint, is the same page served from a host the content script
 * does not run on.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { DESCRIBE_MEASURE } from '../lib/background/listings';
import { WARM_UP_MEASURE } from '../lib/background/warm';
import { MARKETPLACES } from '../lib/core/platforms';
import { DEFAULT_PROFILE } from '../lib/core/profile';
import { TIMING } from '../lib/page/timing';
import { launchWithExtension } from '../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../scripts/lib/fixture-server.mjs';
import { growthScript } from './browser/grow';
import {
  answerWaits,
  cardsReadEarly,
  clsOf,
  median,
  type PageTimings,
  type WorkerBatch,
} from './chromium-stats';

const FIXTURES = new URL('../tests/fixtures/upwork/', import.meta.url);
const HOST = 'www.upwork.com';
/** No content script runs here (RFC 6761 keeps `.test` for tests): the page without us. */
const PLAIN_HOST = 'page-alone.test';
const PAGES = {
  ten: { path: '/nx/search/jobs/', tiles: 10 },
  fifty: { path: '/nx/search/jobs/fifty/', tiles: 50 },
  grow: { path: '/nx/search/jobs/grow/', tiles: 50 },
} as const;
const GROWN_TO = 1_000;
const BATCH = 50;
const PROFILE = { ...DEFAULT_PROFILE, skills: ['html', 'css', 'javascript'], goals: ['shopify', 'n8n'] };

/** Installed before any page script: every long task and layout shift, kept for the bench to read. */
const OBSERVE = `(() => {
  const seen = { shifts: [], longTasks: [] };
  Object.defineProperty(window, '__skillscoutBench', { value: seen });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.shifts.push({ start: e.startTime, value: e.value, input: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * The page's own record of one load, read in the page. A string, not a function: tsx wraps named
 * functions in a helper the page does not have.
 */
const READ = `(() => {
  const names = ${JSON.stringify(TIMING)};
  const seen = window.__skillscoutBench;
  const nav = performance.getEntriesByType('navigation')[0];
  const marks = (name) => performance.getEntriesByName(name).map((e) => ({
    start: e.startTime, duration: e.duration, cards: (e.detail && e.detail.cards) || 0,
  }));
  return {
    dcl: nav ? nav.domContentLoadedEventStart : 0,
    origin: performance.timeOrigin,
    answers: marks(names.answered),
    firstPaint: performance.getEntriesByType('paint').find((e) => e.name === 'first-paint')?.startTime,
    firstRead: marks(names.firstCardRead)[0]?.start,
    uis: marks(names.lastCardUi),
    reads: marks(names.read),
    earlyReads: marks(names.readEarly),
    draws: marks(names.draw),
    shifts: seen.shifts,
    longTasks: seen.longTasks,
  };
})()`;

async function readTimings(page: Page): Promise<PageTimings> {
  return (await page.evaluate(READ)) as PageTimings;
}

/**
 * Until the content script has drawn `cards` card UIs (its last-card-ui mark says how many).
 * Asked through a bare CDP `Runtime.evaluate` of a promise a PerformanceObserver settles, not
 * Playwright's `waitForFunction`: that one first evaluates Playwright's injected script in the
 * page, about 20 ms of the renderer's time in the middle of the load being measured (a trace
 * showed it as an EvaluateScript task without a URL just before the last cards were drawn).
 */
async function waitForUis(page: Page, cards: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve, reject) => {
        const drawn = () => performance.getEntriesByName(${JSON.stringify(TIMING.lastCardUi)})
          .some((e) => ((e.detail && e.detail.cards) || 0) >= ${cards});
        if (drawn()) return resolve(true);
        const observer = new PerformanceObserver(() => {
          if (drawn()) { observer.disconnect(); resolve(true); }
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => reject(new Error('fewer than ${cards} card UIs after 60 s')), 60000);
      })`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  } finally {
    await cdp.detach();
  }
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Every warm-up the worker has measured so far, oldest first. */
async function warmUps(worker: Worker): Promise<number[]> {
  return worker.evaluate(
    (name) => performance.getEntriesByName(name).map((e) => e.duration),
    WARM_UP_MEASURE,
  );
}

async function setProfile(worker: Worker, profile: object): Promise<void> {
  await worker.evaluate(
    (p) =>
      (
        globalThis as never as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
      ).chrome.storage.sync.set({
        profile: p,
      }),
    profile,
  );
}

interface Load {
  timings: PageTimings;
  heap: number;
  /** The worker's batches described during the load (none when it was not asked). */
  batches: WorkerBatch[];
}

/** The worker's describe measures so far, then cleared: each load reads its own. */
async function workerBatches(worker: Worker | undefined): Promise<WorkerBatch[]> {
  if (!worker) return [];
  return worker.evaluate((name) => {
    const batches = performance.getEntriesByName(name).map((e) => ({
      endAt: performance.timeOrigin + e.startTime + e.duration,
      durationMs: e.duration,
      cards: ((e as PerformanceMeasure).detail as { cards?: number } | null)?.cards ?? 0,
    }));
    performance.clearMeasures(name);
    return batches;
  }, DESCRIBE_MEASURE);
}

async function load(
  context: BrowserContext,
  path: string,
  tiles: number | undefined,
  host = HOST,
  worker?: Worker,
): Promise<Load> {
  await workerBatches(worker);
  const page = await context.newPage();
  try {
    await page.goto(`https://${host}${path}`, { waitUntil: 'load' });
    if (tiles) await waitForUis(page, tiles);
    else await page.waitForTimeout(500);
    // A frame or two for any shift the last write causes to be reported.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const timings = await readTimings(page);
    return { timings, heap: await heapAfterGc(context, page), batches: await workerBatches(worker) };
  } finally {
    await page.close();
  }
}

export interface LoadFigures {
  /** DOMContentLoaded → the page's first read, the scanner's (ms; negative: read before the event fired). */
  firstReadMs: number;
  /**
   * DOMContentLoaded → the first card read while the page was parsed (ms; negative: before the
   * event fired; NaN when none was): the cards read early are read before the page's first read.
   */
  firstEarlyReadMs: number;
  /** Cards read early, before the page's first read took them over. */
  readEarlyCards: number;
  /**
   * Of the loads, how many read any card early. Whether they do is a race: the early reads start
   * once the profile is read, and a page parsed by then is read only at DOMContentLoaded (a trace
   * of such a load: the first read 41 ms after the event, its last batch drawn 53 ms after that).
   */
  loadsReadingEarly: number;
  /** The first card read → the last card's UI drawn (ms). */
  lastUiMs: number;
  /**
   * DOMContentLoaded from navigation start (ms): when the page's own deferred scripts have run.
   * Compared with the page alone's, what the content script's reading while the page is parsed
   * costs the page itself.
   */
  dclMs: number;
  /**
   * DOMContentLoaded → the last card's UI drawn (ms): the two targets together (a first read
   * within 50 ms of it, the last UI within 16 ms of that read) put it within 66 ms.
   */
  dclToLastUiMs: number;
  /**
   * The first card read → the first pass of card UIs drawn (ms; negative: drawn while the page
   * was parsed, before the page's first read at DOMContentLoaded).
   */
  firstUiMs: number;
  /** Cards showing their UI when DOMContentLoaded fired (drawn while the page was parsed). */
  drawnByDcl: number;
  /** The page's first paint → the last card's UI (ms; negative: every chip was in the first frame). */
  lastUiAfterPaintMs: number;
  /** The page's first paint, and the last card's UI, from navigation start (ms). */
  firstPaintMs: number;
  lastUiAtMs: number;
  /** Long tasks over 50 ms during the load, and the longest. */
  longTasks: number;
  longestTaskMs: number;
  /** Of the loads, how many had any long task over 50 ms (a median of 0 can hide a few). */
  loadsWithLongTasks: number;
  /**
   * Of those, the ones holding the content script's work (a read or draw measure inside them),
   * and how much of the longest such task was that work (ms).
   */
  ownLongTasks: number;
  ownShareOfLongestMs: number;
  cls: number;
  /** The content script's own work per card: reading cards and drawing their UI (ms). */
  workPerCardMs: number;
  /** Of which reading cards, and drawing their UI (ms per card). */
  readPerCardMs: number;
  drawPerCardMs: number;
  heapMb: number;
  /**
   * The answer about the last batch of cards, from the worker done with it to the content script
   * running it (ms); the longest such wait in the load; the worker's own time per batch (ms).
   */
  lastAnswerWaitMs: number;
  longestAnswerWaitMs: number;
  workerMsPerBatch: number;
}

function figures(loads: Load[], controlHeap: number): LoadFigures {
  const per = loads.map(({ timings: t, heap, batches }) => {
    const waits = answerWaits(t.origin, t.answers, batches);
    const lastUi = t.uis.at(-1)?.start ?? Number.NaN;
    const first = t.firstRead ?? Number.NaN;
    const sum = (ms: { duration: number }[]) => ms.reduce((total, m) => total + m.duration, 0);
    const cards = Math.max(
      1,
      t.reads.reduce((total, m) => total + m.cards, 0),
    );
    const long = t.longTasks.filter((task) => task.duration > 50);
    const inside = (task: { start: number; duration: number }) =>
      [...t.earlyReads, ...t.reads, ...t.draws].filter(
        (m) => m.start >= task.start && m.start < task.start + task.duration,
      );
    const own = long.filter((task) => inside(task).length > 0);
    return {
      firstReadMs: first - t.dcl,
      firstEarlyReadMs: (t.earlyReads[0]?.start ?? Number.NaN) - t.dcl,
      readEarlyCards: cardsReadEarly(t.earlyReads, t.firstRead),
      lastUiMs: lastUi - first,
      dclMs: t.dcl,
      dclToLastUiMs: lastUi - t.dcl,
      firstUiMs: (t.uis[0]?.start ?? Number.NaN) - first,
      drawnByDcl: Math.max(0, ...t.uis.filter((ui) => ui.start <= t.dcl).map((ui) => ui.cards)),
      lastUiAfterPaintMs: lastUi - (t.firstPaint ?? Number.NaN),
      firstPaintMs: t.firstPaint ?? Number.NaN,
      lastUiAtMs: lastUi,
      longTasks: long.length,
      longestTaskMs: Math.max(0, ...t.longTasks.map((task) => task.duration)),
      ownLongTasks: own.length,
      ownShareOfLongestMs: Math.max(0, ...own.map((task) => sum(inside(task)))),
      cls: clsOf(t.shifts),
      workPerCardMs: (sum(t.earlyReads) + sum(t.reads) + sum(t.draws)) / cards,
      readPerCardMs: (sum(t.earlyReads) + sum(t.reads)) / cards,
      drawPerCardMs: sum(t.draws) / cards,
      heapMb: (heap - controlHeap) / 2 ** 20,
      lastAnswerWaitMs: waits.at(-1) ?? Number.NaN,
      longestAnswerWaitMs: waits.length > 0 ? Math.max(...waits) : Number.NaN,
      workerMsPerBatch:
        batches.length > 0 ? batches.reduce((t2, b) => t2 + b.durationMs, 0) / batches.length : Number.NaN,
    };
  });
  const m = (key: Exclude<keyof LoadFigures, 'loadsReadingEarly' | 'loadsWithLongTasks'>) =>
    median(per.map((p) => p[key]));
  return {
    loadsReadingEarly: per.filter((p) => p.readEarlyCards > 0).length,
    loadsWithLongTasks: per.filter((p) => p.longTasks > 0).length,
    firstReadMs: m('firstReadMs'),
    // Loads with no card read early have no such time (NaN, which would spoil the sort).
    firstEarlyReadMs: median(per.map((p) => p.firstEarlyReadMs).filter(Number.isFinite)),
    readEarlyCards: m('readEarlyCards'),
    lastUiMs: m('lastUiMs'),
    dclMs: m('dclMs'),
    dclToLastUiMs: m('dclToLastUiMs'),
    firstUiMs: m('firstUiMs'),
    drawnByDcl: m('drawnByDcl'),
    lastUiAfterPaintMs: m('lastUiAfterPaintMs'),
    firstPaintMs: m('firstPaintMs'),
    lastUiAtMs: m('lastUiAtMs'),
    longTasks: m('longTasks'),
    longestTaskMs: m('longestTaskMs'),
    ownLongTasks: m('ownLongTasks'),
    ownShareOfLongestMs: m('ownShareOfLongestMs'),
    cls: m('cls'),
    workPerCardMs: m('workPerCardMs'),
    readPerCardMs: m('readPerCardMs'),
    drawPerCardMs: m('drawPerCardMs'),
    heapMb: m('heapMb'),
    lastAnswerWaitMs: m('lastAnswerWaitMs'),
    longestAnswerWaitMs: m('longestAnswerWaitMs'),
    workerMsPerBatch: m('workerMsPerBatch'),
  };
}

export interface GrowthFigures {
  /** The content script's work per card over the first appended batches, and over the last. */
  workPerCardEarlyMs: number;
  workPerCardLateMs: number;
  /** A batch appended → its last card's UI drawn, per card (ms), early and late. */
  latencyEarlyMs: number;
  latencyLateMs: number;
  longTasks: number;
  longestTaskMs: number;
}

/** The grown page: scrolled to the bottom until it holds GROWN_TO tiles, each batch awaited. */
async function grow(context: BrowserContext): Promise<GrowthFigures> {
  const page = await context.newPage();
  try {
    await page.goto(`https://${HOST}${PAGES.grow.path}`, { waitUntil: 'load' });
    await waitForUis(page, PAGES.grow.tiles);
    const batches: { work: number; cards: number; latency: number }[] = [];
    for (let tiles = PAGES.grow.tiles; tiles < GROWN_TO; tiles += BATCH) {
      const before = await readTimings(page);
      const appended = (await page.evaluate(`window.__skillscoutGrow(${BATCH})`)) as number;
      await waitForUis(page, tiles + BATCH);
      const after = await readTimings(page);
      const fresh = <T>(all: T[], old: T[]) => all.slice(old.length);
      const reads = fresh(after.reads, before.reads);
      const draws = fresh(after.draws, before.draws);
      const work = [...reads, ...draws].reduce((sum, m) => sum + m.duration, 0);
      const cards = reads.reduce((sum, m) => sum + m.cards, 0);
      batches.push({ work, cards, latency: ((after.uis.at(-1)?.start ?? 0) - appended) / BATCH });
    }
    const timings = await readTimings(page);
    const early = batches.slice(0, 5);
    const late = batches.slice(-5);
    // The median batch: a garbage collection lands in one batch or another, not in the figure.
    const perCard = (bs: typeof batches) => median(bs.map((b) => b.work / Math.max(1, b.cards)));
    const long = timings.longTasks.filter((task) => task.duration > 50);
    return {
      workPerCardEarlyMs: perCard(early),
      workPerCardLateMs: perCard(late),
      latencyEarlyMs: median(early.map((b) => b.latency)),
      latencyLateMs: median(late.map((b) => b.latency)),
      longTasks: long.length,
      longestTaskMs: Math.max(0, ...timings.longTasks.map((task) => task.duration)),
    };
  } finally {
    await page.close();
  }
}

/** Loads of the 50-tile page with the worker stopped before each: fewer than the warm ones, each costs a restart. */
const STOPPED_LOADS = 7;

/**
 * Each load after stopping every service worker (CDP `ServiceWorker.stopAllWorkers`), with the
 * warm-up the restarted worker measured. The batches are not read: the stopped worker's handle
 * is gone and the new one comes up during the load.
 */
async function stoppedLoads(
  context: BrowserContext,
  count: number,
): Promise<{ loads: Load[]; warmUps: number[] }> {
  const control = await context.newPage();
  const cdp = await context.newCDPSession(control);
  try {
    await cdp.send('ServiceWorker.enable');
    const loads: Load[] = [];
    const warmUpsSeen: number[] = [];
    for (let i = 0; i < count; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      // The stop is asynchronous; a moment for it to finish, well under the page's own time.
      await control.waitForTimeout(300);
      loads.push(await load(context, PAGES.fifty.path, PAGES.fifty.tiles));
      const restarted = context.serviceWorkers().at(-1);
      // A worker handle Playwright has not attached yet has no figure: that load's warm-up is left out.
      const [first] = restarted ? await warmUps(restarted).catch(() => []) : [];
      if (first !== undefined) warmUpsSeen.push(first);
    }
    return { loads, warmUps: warmUpsSeen };
  } finally {
    await cdp.detach();
    await control.close();
  }
}

export interface ChromiumBench {
  coldFifty: LoadFigures;
  /**
   * The worker's warm-up per marketplace page (lib/background/warm.ts): the first, which builds
   * the tagger's index and loads the difficulty model, and the median of the later ones.
   */
  workerWarmUpMs: { cold: number; warm: number };
  /**
   * The 50-tile page with the worker stopped before each load (as the browser stops it after
   * 30 s idle), and the restarted worker's warm-up: the slowest path a person meets.
   */
  stoppedFifty: LoadFigures;
  workerWarmUpStoppedMs: number;
  ten: LoadFigures;
  fifty: LoadFigures;
  grown: GrowthFigures;
  /** Work per card on the 1,000-tile page's last batches / on the 50-tile page's load. */
  perCardFlat: number;
  /** The same, late batches / early batches of the grown page (both warm). */
  perCardFlatWarm: number;
  /** The 50-tile page with Upwork switched off (the script starts and stops): first paint, longest task (ms), CLS. */
  upworkOff: { firstPaintMs: number; dclMs: number; longestTaskMs: number; cls: number };
  /** The 50-tile page on a host without the content script: first paint, DOMContentLoaded, longest task (ms), long tasks. */
  pageAlone: { firstPaintMs: number; dclMs: number; longestTaskMs: number; longTasks: number };
  /** The 50-tile page's first paint with the extension, less the page alone's (ms): what a person waits longer. */
  firstPaintAfterAloneMs: number;
  /** The 50-tile page's DOMContentLoaded with the extension, less the page alone's (ms): how much later the page's own scripts run. */
  dclAfterAloneMs: number;
}

export async function benchChromium(
  log: (line: string) => void = console.log,
  loads = 9,
): Promise<ChromiumBench> {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const fifty = readFileSync(new URL('search-50-constructed.html', FIXTURES), 'utf8');
  const hosts = MARKETPLACES.map((m) => m.host);
  const server = await startFixtureServer({ hosts });
  server.setPage(HOST, PAGES.fifty.path, fifty);
  server.setPage(HOST, PAGES.grow.path, fifty.replace('</body>', `<script>${growthScript}</script></body>`));
  server.setPage(PLAIN_HOST, PAGES.fifty.path, fifty);
  const { context, worker, userDataDir } = await launchWithExtension({
    extensionDir: resolve('.output/chrome-mv3'),
    port: server.port,
    hosts: [...hosts, PLAIN_HOST],
    headless: true,
  });
  try {
    await context.addInitScript({ content: OBSERVE });
    await setProfile(worker, { ...PROFILE, platforms: PROFILE.platforms.filter((p) => p !== 'upwork') });
    const control: Load[] = [];
    for (let i = 0; i < 3; i++) control.push(await load(context, PAGES.fifty.path, undefined));
    const controlHeap = median(control.map((l) => l.heap));
    const controlCls = median(control.map((l) => clsOf(l.timings.shifts)));
    const controlPaint = median(control.map((l) => l.timings.firstPaint ?? Number.NaN));
    const controlDcl = median(control.map((l) => l.timings.dcl));
    const controlLongest = median(
      control.map((l) => Math.max(0, ...l.timings.longTasks.map((t) => t.duration))),
    );
    const alone: Load[] = [];
    for (let i = 0; i < loads; i++) alone.push(await load(context, PAGES.fifty.path, undefined, PLAIN_HOST));
    const longest = (l: Load) => Math.max(0, ...l.timings.longTasks.map((t) => t.duration));
    const pageAlone = {
      firstPaintMs: median(alone.map((l) => l.timings.firstPaint ?? Number.NaN)),
      dclMs: median(alone.map((l) => l.timings.dcl)),
      longestTaskMs: median(alone.map(longest)),
      longTasks: median(alone.map((l) => l.timings.longTasks.filter((t) => t.duration > 50).length)),
    };
    await setProfile(worker, PROFILE);
    const coldFifty = figures(
      [await load(context, PAGES.fifty.path, PAGES.fifty.tiles, HOST, worker)],
      controlHeap,
    );
    const [coldWarmUp = Number.NaN] = await warmUps(worker);
    const tenLoads: Load[] = [];
    const fiftyLoads: Load[] = [];
    for (let i = 0; i < loads; i++) {
      tenLoads.push(await load(context, PAGES.ten.path, PAGES.ten.tiles, HOST, worker));
      fiftyLoads.push(await load(context, PAGES.fifty.path, PAGES.fifty.tiles, HOST, worker));
    }
    const ten = figures(tenLoads, controlHeap);
    const fiftyFigures = figures(fiftyLoads, controlHeap);
    const grown = await grow(context);
    const warmWarmUp = median((await warmUps(worker)).slice(1));
    // Last: the worker handle above does not outlive a stop.
    const stopped = await stoppedLoads(context, Math.min(loads, STOPPED_LOADS));
    const result: ChromiumBench = {
      coldFifty,
      workerWarmUpMs: { cold: coldWarmUp, warm: warmWarmUp },
      stoppedFifty: figures(stopped.loads, controlHeap),
      workerWarmUpStoppedMs: median(stopped.warmUps),
      ten,
      fifty: fiftyFigures,
      grown,
      perCardFlat: grown.workPerCardLateMs / fiftyFigures.workPerCardMs,
      perCardFlatWarm: grown.workPerCardLateMs / grown.workPerCardEarlyMs,
      upworkOff: {
        firstPaintMs: controlPaint,
        dclMs: controlDcl,
        longestTaskMs: controlLongest,
        cls: controlCls,
      },
      pageAlone,
      firstPaintAfterAloneMs: fiftyFigures.firstPaintMs - pageAlone.firstPaintMs,
      dclAfterAloneMs: fiftyFigures.dclMs - pageAlone.dclMs,
    };
    for (const line of formatChromiumBench(result, loads)) log(line);
    log(
      `  the 50-tile page with Upwork switched off (the script starts, then stops): first paint at ${controlPaint.toFixed(1)} ms, DOMContentLoaded at ${controlDcl.toFixed(1)} ms, CLS ${controlCls.toFixed(3)}, longest task ${controlLongest.toFixed(1)} ms`,
    );
    log(
      `  the 50-tile page alone (a host without the content script): first paint at ${pageAlone.firstPaintMs.toFixed(1)} ms (${result.firstPaintAfterAloneMs.toFixed(1)} ms before the page with the extension), DOMContentLoaded at ${pageAlone.dclMs.toFixed(1)} ms (${result.dclAfterAloneMs.toFixed(1)} ms before it: the page's own deferred scripts run that much later with the extension), long tasks > 50 ms: ${pageAlone.longTasks} (longest ${pageAlone.longestTaskMs.toFixed(1)} ms)`,
    );
    return result;
  } finally {
    await context.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export function formatChromiumBench(r: ChromiumBench, loads: number): string[] {
  const ms = (n: number) => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(1)} ms`);
  const row = (name: string, f: LoadFigures) =>
    `  ${name.padEnd(22)} DCL at ${ms(f.dclMs)} from navigation; DCL → first card read early ${ms(f.firstEarlyReadMs)} (${f.readEarlyCards} cards before the page's first read; some read early in ${f.loadsReadingEarly} of the loads), → the page's first read ${ms(f.firstReadMs)}, → last card UI ${ms(f.lastUiMs)} (${ms(f.dclToLastUiMs)} after DCL; first UI ${ms(f.firstUiMs)}, ${f.drawnByDcl} cards drawn by DCL; ${ms(f.lastUiAfterPaintMs)} after the first paint at ${ms(f.firstPaintMs)}; at ${ms(f.lastUiAtMs)} from navigation); ` +
    `long tasks > 50 ms: ${f.longTasks} (in ${f.loadsWithLongTasks} of the loads; longest ${ms(f.longestTaskMs)}; holding our work ${f.ownLongTasks}, our share ${ms(f.ownShareOfLongestMs)}); CLS ${f.cls.toFixed(3)}; ` +
    `work ${f.workPerCardMs.toFixed(3)} ms/card (read ${f.readPerCardMs.toFixed(3)}, draw ${f.drawPerCardMs.toFixed(3)}); heap +${f.heapMb.toFixed(2)} MB; ` +
    `answers wait for the page ${ms(f.lastAnswerWaitMs)} (the last batch; longest ${ms(f.longestAnswerWaitMs)}) after the worker's ${ms(f.workerMsPerBatch)} per batch`;
  const g = r.grown;
  return [
    `chromium: the built extension in headless Chromium, medians of ${loads} loads (page clock)`,
    row('50 tiles, first load', r.coldFifty),
    `  worker warm-up          first (index built, model loaded) ${ms(r.workerWarmUpMs.cold)}, later ${ms(r.workerWarmUpMs.warm)} (worker clock)`,
    row('50 tiles, worker stopped before each load', r.stoppedFifty),
    `  worker warm-up          after a stop ${ms(r.workerWarmUpStoppedMs)} (worker clock)`,
    row('10 tiles (2026 page)', r.ten),
    row('50 tiles', r.fifty),
    `  grown to ${GROWN_TO} tiles      work ${g.workPerCardEarlyMs.toFixed(3)} ms/card early (tiles 51–300), ` +
      `${g.workPerCardLateMs.toFixed(3)} late (751–1,000); batch → UI ${ms(g.latencyEarlyMs)} / ${ms(g.latencyLateMs)} per card; ` +
      `long tasks > 50 ms: ${g.longTasks} (longest ${ms(g.longestTaskMs)})`,
    `  per card at 1,000 / at 50: ×${r.perCardFlat.toFixed(2)} (late / early batches ×${r.perCardFlatWarm.toFixed(2)})`,
  ];
}
