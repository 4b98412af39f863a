/**
 * `npm run bench [-- --json] [-- NAME…]`: runs every benchmark (or the named ones) and prints a
 * report; with --json the last line is one JSON object with the headline figures. Each ratio
 * is measured against its baseline in the same run. Exits 1 when a bundle is over budget.
 */
import { setWords } from '../lib/core/i18n';
import { catalogWords } from '../scripts/lib/catalog';
import { importAsShipped } from './as-shipped';
import { benchBundle } from './bundle';
import { benchChromium } from './chromium';
import { benchColdStart, formatColdStartBench } from './cold-start';
import { loadCorpus } from './corpus';
import { formatDifficultyBench } from './difficulty';
import { benchPage } from './page';
import { benchPopup } from './popup';
import type * as Shipped from './shipped-entry';
import { benchStore } from './store';
import { formatTaggerBench } from './tagger';

// Reasons and labels in English, the default language.
setWords(catalogWords('en'));

/** The tagger and the model, bundled as they ship (see as-shipped.ts), with English words; bundled once. */
let shippedCode: Promise<typeof Shipped> | undefined;
function shipped(): Promise<typeof Shipped> {
  shippedCode ??= importAsShipped<typeof Shipped>(
    new URL('./shipped-entry.ts', import.meta.url).pathname,
  ).then((code) => {
    code.setWords(code.catalogWords('en'));
    return code;
  });
  return shippedCode;
}

const round = (n: number) => Math.round(n * 100) / 100;
let failed = false;

const BENCHES: Record<string, () => Promise<Record<string, unknown>>> = {
  tagger: async () => {
    const r = (await shipped()).runTaggerBench(9, loadCorpus());
    console.log(formatTaggerBench(r));
    return {
      vsRegex: round(r.vsRegex),
      vsAhoCorasick: round(r.vsAhoCorasick),
      scale4x: round(r.scale4x),
      vsBarePass: round(r.vsBarePass),
      matchingVsBarePass: round(r.matchingVsBarePass),
    };
  },
  difficulty: async () => {
    const r = (await shipped()).runDifficultyBench(9, loadCorpus());
    console.log(formatDifficultyBench(r));
    return {
      modelUsPerListing: Math.round(r.modelMs * 1000),
      taggerUsPerListing: Math.round(r.taggerMs * 1000),
      vsTagger: round(r.vsTagger),
    };
  },
  coldStart: async () => {
    const r = await benchColdStart();
    console.log(formatColdStartBench(r));
    return {
      unpackMs: round(r.unpackMs),
      shippedIndexesMs: round(r.shippedIndexesMs),
      builtIndexesMs: round(r.builtIndexesMs),
      builtVsShipped: round(r.builtVsShipped),
    };
  },
  page: async () => ({ perCardFlat: round(benchPage().perCardFlat) }),
  store: async () => ({ queryGrowth5kTo50k: round((await benchStore()).queryGrowth5kTo50k) }),
  popup: async () => {
    const r = await benchPopup();
    return { matchesMsAt50k: Math.round(r.matchesMsAt50k), overviewMsAt50k: Math.round(r.overviewMsAt50k) };
  },
  chromium: async () => {
    const r = await benchChromium();
    const pick = (f: Awaited<ReturnType<typeof benchChromium>>['fifty']) => ({
      firstReadMs: round(f.firstReadMs),
      firstEarlyReadMs: round(f.firstEarlyReadMs),
      readEarlyCards: f.readEarlyCards,
      loadsReadingEarly: f.loadsReadingEarly,
      lastUiMs: round(f.lastUiMs),
      dclToLastUiMs: round(f.dclToLastUiMs),
      dclMs: round(f.dclMs),
      firstUiMs: round(f.firstUiMs),
      drawnByDcl: f.drawnByDcl,
      lastUiAfterPaintMs: round(f.lastUiAfterPaintMs),
      firstPaintMs: round(f.firstPaintMs),
      lastUiAtMs: round(f.lastUiAtMs),
      longTasks: f.longTasks,
      loadsWithLongTasks: f.loadsWithLongTasks,
      longestTaskMs: round(f.longestTaskMs),
      ownLongTasks: f.ownLongTasks,
      ownShareOfLongestMs: round(f.ownShareOfLongestMs),
      cls: Math.round(f.cls * 1000) / 1000,
      workPerCardMs: Math.round(f.workPerCardMs * 1000) / 1000,
      heapMb: round(f.heapMb),
      lastAnswerWaitMs: round(f.lastAnswerWaitMs),
      longestAnswerWaitMs: round(f.longestAnswerWaitMs),
      workerMsPerBatch: round(f.workerMsPerBatch),
    });
    return {
      fifty: pick(r.fifty),
      ten: pick(r.ten),
      coldFifty: pick(r.coldFifty),
      workerWarmUpColdMs: round(r.workerWarmUpMs.cold),
      workerWarmUpWarmMs: round(r.workerWarmUpMs.warm),
      stoppedFifty: pick(r.stoppedFifty),
      workerWarmUpStoppedMs: round(r.workerWarmUpStoppedMs),
      perCardFlat: round(r.perCardFlat),
      perCardFlatWarm: round(r.perCardFlatWarm),
      grownLongTasks: r.grown.longTasks,
      grownLongestTaskMs: round(r.grown.longestTaskMs),
      pageAloneFirstPaintMs: round(r.pageAlone.firstPaintMs),
      firstPaintAfterAloneMs: round(r.firstPaintAfterAloneMs),
      pageAloneDclMs: round(r.pageAlone.dclMs),
      dclAfterAloneMs: round(r.dclAfterAloneMs),
      upworkOffDclMs: round(r.upworkOff.dclMs),
      pageAloneLongestTaskMs: round(r.pageAlone.longestTaskMs),
      upworkOffLongestTaskMs: round(r.upworkOff.longestTaskMs),
      upworkOffFirstPaintMs: round(r.upworkOff.firstPaintMs),
    };
  },
  bundle: async () => {
    const r = benchBundle();
    if (r.overBudget.length > 0) failed = true;
    return {
      contentGzipKb: round(r.contentGzipKb),
      popupGzipKb: round(r.popupGzipKb),
      backgroundGzipKb: round(r.backgroundGzipKb),
    };
  },
};

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknown = only.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(
    `bench: no benchmark named ${unknown.join(', ')}; there are ${Object.keys(BENCHES).join(', ')}`,
  );
  process.exit(2);
}
const summary: Record<string, unknown> = {};
for (const [name, run] of Object.entries(BENCHES)) {
  if (only.length === 0 || only.includes(name)) summary[name] = await run();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(summary));
if (failed) process.exit(1);
