/**
 * What a stopped worker waits for before it can tag, in fresh Node processes (code bundled as it
 * ships, so nothing is compiled or optimised before): unpacking the taxonomy and making the
 * tagger's indexes from the keys cut ahead of time, against cutting every alias at start as the
 * worker did before stop 35. The two are run in turn, so the machine's state is shared.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAsShipped } from './as-shipped';

export interface ColdStartBench {
  runs: number;
  /** Medians, ms. */
  unpackMs: number;
  shippedIndexesMs: number;
  builtIndexesMs: number;
  /** Cutting the aliases at start / reading the keys cut ahead. */
  builtVsShipped: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

export async function benchColdStart(runs = 7): Promise<ColdStartBench> {
  const dir = mkdtempSync(join(tmpdir(), 'skillscout-cold-'));
  try {
    const entry = join(dir, 'cold-start.mjs');
    await bundleAsShipped(new URL('./cold-start-entry.ts', import.meta.url).pathname, entry);
    const once = (how: 'shipped' | 'built') =>
      JSON.parse(execFileSync(process.execPath, [entry, how], { encoding: 'utf8' })) as {
        unpackMs: number;
        indexesMs: number;
      };
    const shipped: number[] = [];
    const built: number[] = [];
    const unpack: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = once('shipped');
      shipped.push(s.indexesMs);
      unpack.push(s.unpackMs);
      built.push(once('built').indexesMs);
    }
    const shippedIndexesMs = median(shipped);
    const builtIndexesMs = median(built);
    return {
      runs,
      unpackMs: median(unpack),
      shippedIndexesMs,
      builtIndexesMs,
      builtVsShipped: builtIndexesMs / shippedIndexesMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatColdStartBench(r: ColdStartBench): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    `cold start (${r.runs} fresh processes each, medians): taxonomy unpacked in ${ms(r.unpackMs)}`,
    `  indexes from the keys cut ahead (shipped) ${ms(r.shippedIndexesMs)}; cutting every alias at start ${ms(r.builtIndexesMs)} → ${r.builtVsShipped.toFixed(2)}× as long`,
  ].join('\n');
}
