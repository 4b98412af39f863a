/**
 * `npm run bench [-- --json]`: runs every benchmark and prints a report; with --json the last
 * line is one JSON object with the headline ratios, for CI or a later comparison.
 * Add new benchmarks to BENCHES.
 */
import { benchPage } from './page';
import { benchStore } from './store';
import { formatTaggerBench, runTaggerBench } from './tagger';

const BENCHES: Record<string, () => Promise<Record<string, number>>> = {
  tagger: async () => {
    const r = runTaggerBench();
    console.log(formatTaggerBench(r));
    return { vsRegex: round(r.vsRegex), vsAhoCorasick: round(r.vsAhoCorasick), scale4x: round(r.scale4x) };
  },
  page: async () => {
    const r = benchPage();
    return { perCardFlat: round(r.perCardFlat), msPerCardRealPage: round(r.msPerCardRealPage) };
  },
  store: async () => {
    const r = await benchStore();
    return {
      queryGrowth5kTo50k: round(r.queryGrowth5kTo50k),
      ingestMsPerSighting: round(r.ingestMsPerSightingAt50k),
    };
  },
};

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const summary: Record<string, unknown> = {};
for (const [name, run] of Object.entries(BENCHES)) {
  if (only.length === 0 || only.includes(name)) summary[name] = await run();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(summary));
