/**
 * Benchmarks time the code as it ships. `tsx`, which runs the benchmarks, compiles TypeScript
 * with esbuild's `keepNames`: every function made while the code runs is wrapped in a
 * `__name(…)` call, 12% of the tagger's time in a CPU profile. The extension's bundles have no
 * such call. So the timed code is bundled here the way the build bundles it (ES modules, names
 * not kept, not minified) into a temporary file, and that file is imported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles `entry` the way the build does into `outfile` (a `.mjs`). */
export async function bundleAsShipped(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    keepNames: false,
    logLevel: 'warning',
  });
}

export async function importAsShipped<T>(entry: string): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'skillscout-bench-'));
  const outfile = join(dir, 'bench.mjs');
  try {
    await bundleAsShipped(entry, outfile);
    return (await import(pathToFileURL(outfile).href)) as T;
  } finally {
    // The module is loaded; its file is no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
}
