/**
 * The layout says where code runs and what it may touch. This test reads every source file's
 * imports and fails when one breaks the rules, so the map in the README stays true:
 * - `lib/core` imports nothing else in `lib`; the pure rooms import no room that touches storage,
 *   the page or the browser;
 * - only `lib/store` touches IndexedDB; only `lib/extension` (and the entrypoints that wire it)
 *   calls browser APIs;
 * - `components` never reach into the store, the background, the site adapters or the page;
 * - the content script's rooms (`lib/page`, `lib/sites`) leave tagging to the background;
 * - tests mirror their sources path for path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(name)) out.push(path);
  }
  return out;
}

const SOURCE = /\.(ts|tsx)$/;
const sources = ['lib', 'components', 'entrypoints'].flatMap((dir) => filesUnder(dir, SOURCE));

/** Comments removed, so a comment that names `browser.runtime` is not a call. */
function code(file: string): string {
  return readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Every module a file imports: repo paths for our own files, package names for the rest. */
function importsOf(file: string): string[] {
  const specs = [...code(file).matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  return specs.map((spec) => {
    if (spec.startsWith('@/')) return spec.slice(2);
    if (spec.startsWith('.')) return relative(root, resolve(root, dirname(file), spec));
    return spec;
  });
}

/** `lib/store/db.ts` → `lib/store`; `components/popup/Popup.tsx` → `components`. */
function roomOf(path: string): string {
  const [top, room] = path.split('/');
  return top === 'lib' && room && !SOURCE.test(room) ? `lib/${room}` : (top ?? path);
}

const imports = new Map(sources.map((file) => [file, importsOf(file)]));

/** Pairs `file → imported room` that break a rule, for a readable failure. */
function breaches(inRoom: (file: string) => boolean, forbidden: (imported: string) => boolean): string[] {
  return [...imports]
    .filter(([file]) => inRoom(file))
    .flatMap(([file, list]) => list.filter(forbidden).map((imported) => `${file} → ${imported}`));
}

describe('the layout', () => {
  it('keeps lib/core free of every other room', () => {
    const core = (f: string) => roomOf(f) === 'lib/core';
    expect(breaches(core, (i) => i.startsWith('lib/') && roomOf(i) !== 'lib/core')).toEqual([]);
  });

  it('keeps the taxonomy and the difficulty model pure: they build on core (and skills) only', () => {
    const allowed: Record<string, string[]> = {
      'lib/skills': ['lib/core'],
      'lib/difficulty': ['lib/core', 'lib/skills'],
    };
    const found = Object.entries(allowed).flatMap(([room, may]) =>
      breaches(
        (f) => roomOf(f) === room,
        (i) => i.startsWith('lib/') && roomOf(i) !== room && !may.includes(roomOf(i)),
      ),
    );
    expect(found).toEqual([]);
  });

  it('keeps the rules of gigs, demand, checklists, progress, learning resources and file formats away from storage, pages and the browser', () => {
    const pure = ['lib/gigs', 'lib/demand', 'lib/checklist', 'lib/progress', 'lib/exchange', 'lib/learn'];
    const impure = ['lib/background', 'lib/page', 'lib/sites', 'lib/extension', 'lib/messages'];
    const found = breaches(
      (f) => pure.includes(roomOf(f)),
      // The store's record schemas describe what is kept; reading them is not touching storage.
      (i) => impure.includes(roomOf(i)) || (roomOf(i) === 'lib/store' && i !== 'lib/store/records'),
    );
    expect(found).toEqual([]);
  });

  it('lets only lib/store touch IndexedDB', () => {
    const found = sources.filter(
      (f) =>
        roomOf(f) !== 'lib/store' &&
        (imports.get(f)?.some((i) => i === 'idb' || i.startsWith('fake-indexeddb')) ||
          /\bindexedDB\b/.test(code(f))),
    );
    expect(found).toEqual([]);
  });

  it('lets only lib/extension and the entrypoints call browser APIs', () => {
    const browserModules = ['wxt/browser', 'wxt/utils/storage', 'webextension-polyfill'];
    const found = sources.filter(
      (f) =>
        roomOf(f) !== 'lib/extension' &&
        roomOf(f) !== 'entrypoints' &&
        (imports.get(f)?.some((i) => browserModules.includes(i)) ||
          /\b(browser|chrome)\.[a-z]+\./.test(code(f))),
    );
    expect(found).toEqual([]);
  });

  it('keeps the pages (components) off the store, the background, the adapters, the page UI and the browser', () => {
    const off = ['lib/store', 'lib/background', 'lib/sites', 'lib/page', 'lib/extension'];
    expect(
      breaches(
        (f) => f.startsWith('components/'),
        (i) => off.includes(roomOf(i)),
      ),
    ).toEqual([]);
  });

  it('leaves tagging to the background: the content script rooms never load the taxonomy or the store', () => {
    const off = ['lib/skills', 'lib/difficulty', 'lib/learn', 'lib/store', 'lib/background', 'components'];
    const found = breaches(
      (f) => roomOf(f) === 'lib/page' || roomOf(f) === 'lib/sites',
      (i) => off.includes(roomOf(i)) || i.startsWith('components/'),
    );
    expect(found).toEqual([]);
  });

  it('keeps the entrypoints thin: wiring only', () => {
    const long = sources
      .filter((f) => f.startsWith('entrypoints/'))
      .filter(
        (f) =>
          code(f)
            .split('\n')
            .filter((line) => line.trim()).length > 45,
      );
    expect(long).toEqual([]);
  });

  it('has no loose files at the top of lib: every file lives in the room that says where it runs', () => {
    expect(sources.filter((f) => roomOf(f) === 'lib')).toEqual([]);
  });
});

describe('the tests', () => {
  const tests = [...filesUnder('tests/unit', /\.test\.tsx?$/), ...filesUnder('tests/scripts', /\.test\.ts$/)];

  /** `tests/unit/store/db.migrations.test.ts` → the source it tests, `lib/store/db`. */
  function sourceOf(test: string): string {
    const path = test.replace(/^tests\/unit\//, '').replace(/^tests\//, '');
    const dir = dirname(path);
    const base = path.split('/').pop()?.split('.')[0] ?? '';
    const top = dir.split('/')[0];
    const prefix = ['components', 'entrypoints', 'scripts', 'bench'].includes(top ?? '') ? '' : 'lib/';
    return join(prefix + (dir === '.' ? '' : dir), base);
  }
  const exists = (path: string) =>
    ['.ts', '.tsx', '.mjs', '/index.ts'].some((ext) => {
      try {
        return statSync(join(root, path + ext)).isFile();
      } catch {
        return false;
      }
    });

  it('mirror their sources path for path (a second aspect of one source is `name.aspect.test.ts`)', () => {
    const layoutTest = relative(root, fileURLToPath(import.meta.url));
    const orphans = tests.filter((t) => t !== layoutTest && !exists(sourceOf(t)));
    expect(orphans).toEqual([]);
  });
});
