/**
 * `npm run -s eval:difficulty [-- DATA_DIR] [--rows]`: how well the difficulty estimate
 * (lib/difficulty) agrees with the levels Upwork printed, with that level hidden from it.
 *
 * 1. upwork-feed-2024.jsonl (40 listings, Intermediate/Expert only): ROC AUC of the score for
 *    Expert vs Intermediate, accuracy of the text level, confusion table, beginner precision.
 *    The level cut-offs in lib/difficulty/weights.ts were chosen on the "tune" half (odd line
 *    numbers 1, 3, 5…); the even lines were only measured. Ablations show what each group of
 *    signals is worth.
 * 2. The saved Upwork pages in tests/fixtures/upwork, read by the Upwork adapter: agreement of
 *    the text level with the level printed on each tile.
 *
 * Reads ../shared/data/labelled (evaluation only; tests never do).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import Papa from 'papaparse';
import { type DifficultyInput, estimateDifficulty } from '../lib/difficulty';
import { EXPERT_FROM } from '../lib/difficulty/weights';
import upwork from '../lib/sites/upwork';
import { tagText } from '../lib/skills';
import {
  accuracy,
  aucInterval,
  beginnerPrecision,
  confusionTable,
  type Outcome,
  rocAuc,
} from './difficulty/metrics';
import { inputOfRow, type LabelledInput, parseFeed } from './difficulty/rows';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dataDir = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'data', 'labelled');
const showRows = args.includes('--rows');

const tag = (input: DifficultyInput): string[] =>
  tagText({ title: input.title, description: input.description, platformSkills: input.platformSkills }).map(
    (s) => s.id,
  );

const fmt = (n: number): string => (Number.isNaN(n) ? '  n/a' : n.toFixed(2).padStart(5));

interface Variant {
  name: string;
  /** What the estimate is allowed to see of a listing. */
  view: (input: DifficultyInput) => DifficultyInput;
}

const VARIANTS: readonly Variant[] = [
  { name: 'all signals (the model)', view: (i) => i },
  { name: 'pay & time terms only', view: (i) => ({ title: '', budgetText: i.budgetText }) },
  {
    name: 'listing text + terms + skills, no client',
    view: ({ client: _c, proposals: _p, ...rest }) => rest,
  },
  { name: 'client & proposals only', view: (i) => ({ title: '', client: i.client, proposals: i.proposals }) },
];

function labelled(): { rows: LabelledInput[]; tune: boolean[] } {
  const feed = parseFeed(readFileSync(join(dataDir, 'upwork-feed-2024.jsonl'), 'utf8'));
  const rows = feed.map((r) => inputOfRow(r, tag));
  // Line numbers are 1-based: odd lines (index 0, 2, …) are the tuning half.
  return { rows, tune: rows.map((_, i) => i % 2 === 0) };
}

function scored(rows: readonly LabelledInput[], view: Variant['view']): [number[], boolean[]] {
  const known = rows.filter((r) => r.label === 'expert' || r.label === 'intermediate');
  return [known.map((r) => estimateDifficulty(view(r.input)).score), known.map((r) => r.label === 'expert')];
}

const aucOf = (rows: readonly LabelledInput[], view: Variant['view']): number =>
  rocAuc(...scored(rows, view));

function outcomesOf(rows: readonly LabelledInput[], expertFrom = EXPERT_FROM): Outcome[] {
  return rows.flatMap((r) => {
    if (!r.label) return [];
    const estimate = estimateDifficulty(r.input);
    // Re-cut only for the threshold sweep; the model's own level is used otherwise.
    const predicted =
      expertFrom === EXPERT_FROM
        ? estimate.textLevel
        : estimate.score >= expertFrom
          ? 'expert'
          : estimate.textLevel === 'expert'
            ? 'intermediate'
            : estimate.textLevel;
    return [{ actual: r.label, predicted }];
  });
}

function reportFeed(): void {
  const { rows, tune } = labelled();
  const halves = {
    all: rows,
    'tune (odd lines)': rows.filter((_, i) => tune[i]),
    'held-out (even lines)': rows.filter((_, i) => !tune[i]),
  };
  const experts = rows.filter((r) => r.label === 'expert').length;
  console.log(
    `# upwork-feed-2024.jsonl: ${rows.length} listings (${experts} Expert), platform level hidden\n`,
  );
  console.log(`ROC AUC, Expert vs Intermediate, by score${' '.repeat(8)}${Object.keys(halves).join(' | ')}`);
  for (const v of VARIANTS) {
    const aucs = Object.values(halves).map((h) => fmt(aucOf(h, v.view)));
    console.log(`  ${v.name.padEnd(46)}${aucs.join('   ')}`);
  }
  const first = VARIANTS[0];
  if (first) {
    const [low, high] = aucInterval(...scored(rows, first.view));
    console.log(`  (the model on all ${rows.length}: 95% bootstrap interval ${fmt(low)} to ${fmt(high)})`);
  }
  console.log(`\nLevels from the text (expert from score ${EXPERT_FROM}):`);
  for (const [name, half] of Object.entries(halves)) {
    const outcomes = outcomesOf(half);
    const b = beginnerPrecision(outcomes);
    console.log(
      `\n${name}: accuracy ${fmt(accuracy(outcomes))} on ${outcomes.length}; beginner said ${b.said}×, right ${b.right}×`,
    );
    console.log(confusionTable(outcomes));
  }
  console.log('\nCut-off sweep on the tune half only (how EXPERT_FROM was chosen):');
  for (const cut of [0.5, 0.55, 0.6, 0.65, 0.7, 0.75]) {
    const acc = accuracy(outcomesOf(halves['tune (odd lines)'], cut));
    console.log(`  expert from ${cut.toFixed(2)}: tune accuracy ${fmt(acc)}`);
  }
  if (showRows) {
    console.log('\nRows (line, Upwork level, text level, score, reasons):');
    rows.forEach((r, i) => {
      const e = estimateDifficulty(r.input);
      console.log(
        `  ${String(i + 1).padStart(2)} ${r.label} → ${e.textLevel} ${e.score.toFixed(2)} ${e.reasons.join(' · ')}`,
      );
    });
  }
}

const PAGES = [
  { file: 'search-2026-02.html', url: 'https://www.upwork.com/nx/search/jobs/?q=scraping' },
  { file: 'feed-most-recent-2024-09.html', url: 'https://www.upwork.com/nx/find-work/most-recent' },
];

function reportPages(): void {
  console.log(
    '\n# Saved Upwork pages (tests/fixtures/upwork), text level vs the level printed on the tile\n',
  );
  const outcomes: Outcome[] = [];
  for (const page of PAGES) {
    const window = new Window({ url: page.url });
    const html = readFileSync(join(root, 'tests', 'fixtures', 'upwork', page.file), 'utf8');
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    for (const listing of upwork.parse(doc, new URL(page.url), Date.parse('2026-02-21T12:00:00Z'))) {
      const input: DifficultyInput = { ...listing, budgetText: listing.duration };
      const { platformLevel, ...hidden } = input;
      const e = estimateDifficulty({ ...hidden, skills: tag(hidden) });
      if (platformLevel) outcomes.push({ actual: platformLevel, predicted: e.textLevel });
      const title = listing.title.length > 60 ? `${listing.title.slice(0, 57)}…` : listing.title;
      console.log(
        `  ${(platformLevel ?? '?').padEnd(12)} → ${e.textLevel.padEnd(12)} ${e.score.toFixed(2)}  ${title}`,
      );
      console.log(`${' '.repeat(34)}${e.reasons.join(' · ') || '(no signal)'}`);
    }
    void window.happyDOM.close();
  }
  const b = beginnerPrecision(outcomes);
  console.log(
    `\nagreement ${fmt(accuracy(outcomes))} on ${outcomes.length} tiles; beginner said ${b.said}×, right ${b.right}×`,
  );
  console.log(confusionTable(outcomes));
}

/**
 * No labelled data has Entry-level jobs, so beginner precision cannot be measured on it. Instead
 * every Freelancer.com card (no level labels) the estimate calls beginner is listed, to be judged
 * by reading them.
 */
function reportBeginnerCalls(): void {
  const csv = readFileSync(join(dataDir, 'freelancer-jobs-2020.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const calls = rows.flatMap((r, i) => {
    const input: DifficultyInput = {
      title: r.title ?? '',
      description: r.desc ?? '',
      budgetText: r.rate ?? '',
      platformSkills: (r.tags ?? '').split(',').map((t) => t.trim()),
    };
    const e = estimateDifficulty({ ...input, skills: tag(input) });
    return e.textLevel === 'beginner' ? [{ line: i + 2, title: input.title, rate: r.rate ?? '', e }] : [];
  });
  console.log(
    `\n# freelancer-jobs-2020.csv (no levels): called beginner ${calls.length}× of ${rows.length}; judge them\n`,
  );
  for (const c of calls)
    console.log(
      `  line ${c.line}  ${c.rate.padEnd(7)} ${c.title.slice(0, 60)}\n${' '.repeat(17)}${c.e.reasons.join(' · ')}`,
    );
}

// Piped into `head`, the reader may go away early: that is a normal end, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
reportFeed();
reportPages();
reportBeginnerCalls();
