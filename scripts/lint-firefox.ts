/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, what addons.mozilla.org runs on
 * upload) on the built Firefox extension. Fails on any error or notice, and on any warning but one:
 * Preact's own `dangerouslySetInnerHTML` branch, bundled with Preact and never reached, because
 * SkillScout never passes that prop (Biome's `noDangerouslySetInnerHtml` rule fails the lint on
 * any use). The reviewer notes in store/ say the same.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Whether a warning is Preact's unused `dangerouslySetInnerHTML` assignment: the flagged code
 * (minified onto one line) sets `innerHTML` from a `__html` value beside the prop's name.
 */
export function isPreactInnerHtml(warning: LintMessage, readSource: (file: string) => string): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line) return false;
  const line = readSource(warning.file).split('\n')[warning.line - 1] ?? '';
  const at = warning.column ?? 0;
  const around = line.slice(Math.max(0, at - 300), at + 100);
  return /dangerouslySetInnerHTML/.test(around) && /\.innerHTML=\w+\.__html/.test(around);
}

/** The messages that fail the lint. */
export function blockingMessages(report: LintReport, readSource: (file: string) => string): LintMessage[] {
  return [
    ...report.errors,
    ...report.notices,
    ...report.warnings.filter((warning) => !isPreactInnerHtml(warning, readSource)),
  ];
}

function main() {
  const dir = resolve(process.argv[2] ?? '.output/firefox-mv3');
  const bin = fileURLToPath(new URL('../node_modules/.bin/web-ext', import.meta.url));
  const run = spawnSync(bin, ['lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], {
    encoding: 'utf8',
  });
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`web-ext lint gave no report:\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  const blocking = blockingMessages(report, (file) => readFileSync(join(dir, file), 'utf8'));
  const allowed = report.warnings.length - blocking.filter((m) => report.warnings.includes(m)).length;
  const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  console.log(
    `web-ext lint: ${counted(report.errors.length, 'error')}, ${counted(report.notices.length, 'notice')}, ` +
      counted(report.warnings.length, 'warning') +
      (allowed > 0 ? ` (${allowed} allowed: Preact's unused dangerouslySetInnerHTML branch)` : ''),
  );
  if (blocking.length > 0) {
    for (const m of blocking) console.error(`  ${m.code}: ${m.message} (${m.file ?? ''}:${m.line ?? ''})`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
