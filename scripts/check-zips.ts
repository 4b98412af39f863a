/**
 * The last step of `npm run zip`: checks the three store archives WXT wrote into .output/.
 * - the Chrome and Firefox archives hold a Manifest V3 manifest with package.json's version;
 * - the sources archive (for Firefox's review) holds what builds the extension and the
 *   reviewers' note, only files committed to git, and none of what must not ship (the saved
 *   marketplace pages the tests use, screenshots, benchmarks, local output);
 * - with `--rebuild`, the sources archive is unpacked into an empty folder, installed with
 *   `npm ci` and built, and the build must equal the Firefox archive file for file: what a
 *   reviewer does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

/** The repository: the script's parent folder (worked out when run, not when imported by a test). */
const root = () => fileURLToPath(new URL('..', import.meta.url));

/** Paths the sources archive must hold: enough to install and build, and the note saying how. */
export const REQUIRED_SOURCES = [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'store/REVIEW-NOTES.md',
  'PRIVACY.md',
  'entrypoints/background.ts',
  'entrypoints/content.ts',
];

/** What must never be in the sources archive. */
const FORBIDDEN_SOURCES = [
  /^tests\//, // saved marketplace pages: their listing text is for local tests only
  /^bench\//, // reads those saved pages
  /^\.github\//, // screenshots of marketplace pages
  /(^|\/)node_modules\//,
  /(^|\/)\.[^/]+/, // hidden files: local configuration, the generated .wxt/
  /^\.output\//,
  /^out\//,
  /^coverage\//,
  /\.(log|zip)$/,
];

/**
 * What is wrong with a sources archive's list of files: `entries` are its paths, `committed`
 * git's tracked files (when in a git checkout).
 */
export function sourcesProblems(entries: string[], committed: Set<string> | undefined): string[] {
  const problems: string[] = [];
  for (const path of REQUIRED_SOURCES) if (!entries.includes(path)) problems.push(`missing ${path}`);
  for (const path of entries) {
    if (FORBIDDEN_SOURCES.some((pattern) => pattern.test(path))) problems.push(`must not ship ${path}`);
    else if (committed && !committed.has(path)) problems.push(`not committed to git: ${path}`);
  }
  return problems;
}

async function openZip(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

const filesOf = (zip: JSZip): string[] =>
  Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);

function committedFiles(): Set<string> | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '-z'], { cwd: root(), encoding: 'utf8', stdio: 'pipe' });
    return new Set(out.split('\0').filter(Boolean));
  } catch {
    return undefined;
  }
}

/** Unpacks and builds the sources; what differs from the Firefox archive. */
async function rebuildProblems(sources: JSZip, firefox: JSZip): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'skillscout-sources-'));
  try {
    for (const name of filesOf(sources)) {
      const target = join(dir, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await (sources.file(name) as JSZip.JSZipObject).async('nodebuffer'));
    }
    const run = (cmd: string, args: string[]) =>
      execFileSync(cmd, args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    run('npm', ['ci', '--no-audit', '--no-fund']);
    run('npm', ['run', '-s', 'build:firefox']);
    const built = join(dir, '.output', 'firefox-mv3');
    const problems: string[] = [];
    for (const name of filesOf(firefox)) {
      const shipped = await (firefox.file(name) as JSZip.JSZipObject).async('nodebuffer');
      let rebuilt: Buffer;
      try {
        rebuilt = readFileSync(join(built, name));
      } catch {
        problems.push(`the rebuild has no ${name}`);
        continue;
      }
      if (!rebuilt.equals(shipped)) problems.push(`the rebuild's ${name} differs from the archive's`);
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const pkg = JSON.parse(readFileSync(join(root(), 'package.json'), 'utf8'));
  const archive = (kind: string) => resolve(root(), '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
  const problems: string[] = [];
  const zips: Record<string, JSZip> = {};
  for (const kind of ['chrome', 'firefox', 'sources']) {
    try {
      zips[kind] = await openZip(archive(kind));
    } catch (error) {
      problems.push(`cannot read ${archive(kind)}: ${String(error)}`);
    }
  }
  for (const kind of ['chrome', 'firefox']) {
    const manifestFile = zips[kind]?.file('manifest.json');
    if (!manifestFile) {
      if (zips[kind]) problems.push(`${kind}: no manifest.json`);
      continue;
    }
    const manifest = JSON.parse(await manifestFile.async('string'));
    if (manifest.version !== pkg.version)
      problems.push(`${kind}: version ${manifest.version}, package.json ${pkg.version}`);
    if (manifest.manifest_version !== 3) problems.push(`${kind}: Manifest V${manifest.manifest_version}`);
  }
  const sources = zips.sources;
  const firefox = zips.firefox;
  if (sources) problems.push(...sourcesProblems(filesOf(sources), committedFiles()));
  if (sources && firefox && problems.length === 0 && process.argv.includes('--rebuild')) {
    console.log('Rebuilding the Firefox extension from the sources archive (npm ci, build)…');
    problems.push(...(await rebuildProblems(sources, firefox)));
  }
  if (problems.length > 0) {
    console.error(`The store archives are not ready:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const count = sources ? filesOf(sources).length : 0;
  console.log(
    `Store archives OK (version ${pkg.version}): chrome, firefox, and sources (${count} files, committed ones only)` +
      (process.argv.includes('--rebuild') ? '; the sources rebuild the Firefox archive file for file.' : '.'),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
