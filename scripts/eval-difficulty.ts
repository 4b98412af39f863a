/**
 * `npm run -s eval:difficulty [-- DATA_DIR]`: how well the difficulty model does on rows it was
 * not fitted on. Reads ../shared/data/labelled (evaluation only; tests never do).
 *
 * 1. Upwork's own levels (the client's Entry / Intermediate / Expert, hidden from the model), on
 *    the training files scored by leave-one-group-out cross-validation: every job-page search
 *    (track), every third of the tiles and the feed is scored by a model fitted on the others,
 *    vocabulary included. Beginner and expert calls use cut-offs chosen on the other groups' held-out
 *    scores only. Then each file scored by a model fitted on the other files alone (another
 *    scraper, another year).
 * 2. The careful readers (careful/, 160 listings from five sources), through the same one-line
 *    protocol as `npm run tag`, with the committed model: its rows were left out of the fit.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heldBackFromBeginner } from '../lib/difficulty/beyond-beginner';
import { MODEL } from '../lib/difficulty/model';
import type { CarefulRow } from './difficulty/careful';
import { type Cutoffs, chooseCutoffs, FLOOR_STANDARD_ERRORS, floorMargin } from './difficulty/cutoffs';
import { type LabelledRow, readDataset } from './difficulty/data';
import { exampleOf, SETTINGS, scoredOf } from './difficulty/fit';
import { rocAuc } from './difficulty/metrics';
import { crossValidate, type Example, fitModel, scoreWith } from './difficulty/train';
import { tagLine } from './tag-line';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir =
  process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'data', 'labelled');

// Piped into `head`, the reader may go away early: that is a normal end, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const pct = (part: number, whole: number): string =>
  whole === 0 ? '   n/a' : `${((100 * part) / whole).toFixed(1)}%`.padStart(6);
const fmt = (n: number): string => (Number.isNaN(n) ? '  n/a' : n.toFixed(3));

interface Held {
  example: Example;
  score: number;
  /** The call with cut-offs chosen without this row's group. */
  call: 'beginner' | 'intermediate' | 'expert';
}

/** The level the extension shows for this score and facts: a beginner score held back stays intermediate. */
function callOf(
  score: number,
  facts: Example['facts'],
  cut: Pick<Cutoffs, 'beginnerUpTo' | 'expertFrom'>,
): Held['call'] {
  if (score >= cut.expertFrom) return 'expert';
  if (score > cut.beginnerUpTo) return 'intermediate';
  return heldBackFromBeginner(facts) ? 'intermediate' : 'beginner';
}

/** The figures the issue asks for, on one set of held-out rows. */
function line(name: string, rows: readonly Held[]): string {
  const notEntry = rows.filter((r) => r.example.label !== 'entry');
  const notMiddle = rows.filter((r) => r.example.label !== 'intermediate');
  const aucEI = rocAuc(
    notEntry.map((r) => r.score),
    notEntry.map((r) => r.example.label === 'expert'),
  );
  const aucEE = rocAuc(
    notMiddle.map((r) => r.score),
    notMiddle.map((r) => r.example.label === 'expert'),
  );
  const beginner = rows.filter((r) => r.call === 'beginner');
  const expert = rows.filter((r) => r.call === 'expert');
  const entries = rows.filter((r) => r.example.label === 'entry');
  const count = (list: readonly Held[], level: string) =>
    list.filter((r) => r.example.label === level).length;
  return [
    name.padEnd(34),
    String(rows.length).padStart(5),
    fmt(aucEI).padStart(6),
    fmt(aucEE).padStart(6),
    String(beginner.length).padStart(6),
    pct(count(beginner, 'expert'), beginner.length),
    pct(count(beginner, 'entry'), entries.length),
    String(expert.length).padStart(6),
    pct(count(expert, 'expert'), expert.length),
  ].join(' ');
}

const HEADER = [
  'rows'.padStart(40),
  'E/I'.padStart(6),
  'E/En'.padStart(6),
  'beg.'.padStart(6),
  'Expert'.padStart(6),
  'Entry'.padStart(6),
  'exp.'.padStart(6),
  'right'.padStart(6),
].join(' ');
const LEGEND =
  'E/I, E/En: AUC of the score, Expert vs Intermediate and Expert vs Entry · beg.: beginner calls · Expert: share of them the client marked Expert · Entry: share of Entry jobs called beginner · exp.: expert calls · right: share of them marked Expert';

function reportCrossValidation(examples: readonly Example[]): void {
  const scores = crossValidate(examples, SETTINGS);
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const held: Held[] = examples.map((example, i) => ({
    example,
    score: scores[i] ?? 0,
    call: 'intermediate',
  }));
  for (const group of groups) {
    const cut = chooseCutoffs(
      held.filter((h) => h.example.group !== group).map((h) => scoredOf(h.example, h.score)),
    );
    for (const h of held) if (h.example.group === group) h.call = callOf(h.score, h.example.facts, cut);
  }
  console.log('# 1. Upwork levels, leave-one-group-out cross-validation (cut-offs from the other groups)\n');
  console.log(LEGEND);
  console.log(HEADER);
  console.log(line('all', held));
  const sources = [...new Set(examples.map((e) => e.source))];
  for (const source of sources) {
    console.log(
      line(
        source,
        held.filter((h) => h.example.source === source),
      ),
    );
    const inSource = groups.filter((g) =>
      held.some((h) => h.example.group === g && h.example.source === source),
    );
    if (inSource.length > 1)
      for (const g of inSource)
        console.log(
          line(
            `  ${g}`,
            held.filter((h) => h.example.group === g),
          ),
        );
  }
  const committed = chooseCutoffs(held.map((h) => scoredOf(h.example, h.score)));
  console.log(
    `\nCut-offs on all held-out scores (what model.json holds): beginner ≤ ${committed.beginnerUpTo} ` +
      `(rule: ${committed.beginnerRule}), expert ≥ ${committed.expertFrom}; model.json: ` +
      `${MODEL.levels.beginnerUpTo} / ${MODEL.levels.expertFrom}`,
  );
  const { calls, expertShare, floor } = committed.beginnerCalls;
  if (floor)
    console.log(
      `  the Expert share's floor: ${pct(floor.expertShare * floor.calls, floor.calls).trim()} of ${floor.calls} calls ` +
        `(score ≤ ${floor.upTo.toFixed(2)}); at the cut, ${pct(expertShare * calls, calls).trim()} of ${calls} calls, ` +
        `within ${FLOOR_STANDARD_ERRORS} standard errors of the floor ` +
        `(${(100 * floorMargin(floor.expertShare, calls)).toFixed(1)} points)`,
    );
  console.log('\nBeginner cut-off sweep on the held-out scores (why no cut keeps 5% on client labels):');
  const sorted = held.map((h) => h.score).sort((a, b) => a - b);
  const entries = held.filter((h) => h.example.label === 'entry').length;
  for (const q of [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3]) {
    const cut = sorted[Math.floor(q * sorted.length)] ?? 0;
    const calls = held.filter((h) => h.score <= cut);
    const experts = calls.filter((h) => h.example.label === 'expert').length;
    const found = calls.filter((h) => h.example.label === 'entry').length;
    console.log(
      `  lowest ${String(q * 100).padStart(2)}% (score ≤ ${cut.toFixed(2).padStart(5)}): ${String(calls.length).padStart(4)} calls, ` +
        `${pct(experts, calls.length)} Expert, ${pct(found, entries)} of Entry jobs`,
    );
  }
}

/**
 * The client's level by fixed price, read straight from the rows (no model): if even the cheapest
 * jobs are often marked Expert, no score can make beginner calls 95% free of Expert jobs.
 */
function reportCheapJobs(rows: readonly Pick<LabelledRow, 'input' | 'label'>[]): void {
  console.log('\nClient levels by fixed price (all rows, no model):');
  const bands: [string, number][] = [
    ['≤ $10', 10],
    ['≤ $50', 50],
    ['≤ $300', 300],
    ['≤ $1,000', 1000],
    ['> $1,000', Number.POSITIVE_INFINITY],
  ];
  let from = 0;
  for (const [name, upTo] of bands) {
    const inBand = rows.filter((r) => {
      const b = r.input.budget;
      const amount = b?.kind === 'fixed' ? (b.max ?? b.min) : undefined;
      return amount !== undefined && amount > from && amount <= upTo;
    });
    const share = (level: string) => pct(inBand.filter((r) => r.label === level).length, inBand.length);
    console.log(
      `  fixed ${name.padEnd(9)} ${String(inBand.length).padStart(5)} jobs: Entry ${share('entry')}, ` +
        `Intermediate ${share('intermediate')}, Expert ${share('expert')}`,
    );
    from = upTo;
  }
}

/** Each file scored by a model fitted on the other files only: the nearest thing here to another scraper. */
function reportOtherFiles(examples: readonly Example[]): void {
  console.log('\n# Each file scored by a model fitted on the other files only (cut-offs from those files)\n');
  console.log(HEADER);
  for (const source of [...new Set(examples.map((e) => e.source))]) {
    const train = examples.filter((e) => e.source !== source);
    const test = examples.filter((e) => e.source === source);
    const trainScores = crossValidate(train, SETTINGS);
    const cut = chooseCutoffs(train.map((e, i) => scoredOf(e, trainScores[i] ?? 0)));
    const score = scoreWith(fitModel(train, SETTINGS));
    console.log(
      line(
        `${source} (from the others)`,
        test.map((example) => {
          const s = score(example.facts);
          return { example, score: s, call: callOf(s, example.facts, cut) };
        }),
      ),
    );
  }
}

interface CarefulCall {
  row: CarefulRow;
  level: string;
  uncertain: boolean;
}

function carefulLine(
  name: string,
  calls: readonly CarefulCall[],
  levelOf: (c: CarefulCall) => string,
): string {
  const agree = calls.filter((c) => levelOf(c) === c.row.label.level).length;
  const beginner = calls.filter((c) => levelOf(c) === 'beginner');
  const readersBeginners = calls.filter((c) => c.row.label.level === 'beginner');
  const found = readersBeginners.filter((c) => levelOf(c) === 'beginner').length;
  const expertCalls = calls.filter((c) => levelOf(c) === 'expert');
  return [
    name.padEnd(30),
    String(calls.length).padStart(4),
    pct(agree, calls.length),
    String(beginner.length).padStart(5),
    pct(beginner.filter((c) => c.row.label.level === 'expert').length, beginner.length),
    `${String(found).padStart(3)}/${String(readersBeginners.length).padEnd(3)}`,
    pct(found, readersBeginners.length),
    String(expertCalls.length).padStart(5),
    pct(expertCalls.filter((c) => c.row.label.level === 'expert').length, expertCalls.length),
  ].join(' ');
}

const CAREFUL_LEVELS = ['beginner', 'intermediate', 'expert'] as const;

/** Where the calls and the reader part: one row per reader level, one column per call. */
function confusion(calls: readonly CarefulCall[]): string {
  const cell = (reader: string, call: string) =>
    String(calls.filter((c) => c.row.label.level === reader && c.level === call).length).padStart(13);
  return [
    `\nreader's level (rows) by our call (columns):${CAREFUL_LEVELS.map((l) => l.padStart(13)).join('')}`,
    ...CAREFUL_LEVELS.map(
      (reader) => `  ${reader.padEnd(42)}${CAREFUL_LEVELS.map((call) => cell(reader, call)).join('')}`,
    ),
  ].join('\n');
}

function reportCareful(careful: readonly CarefulRow[]): void {
  const calls: CarefulCall[] = careful.map((row) => {
    const { listing } = row;
    const out = JSON.parse(
      tagLine(
        JSON.stringify({
          title: listing.title,
          description: listing.description ?? '',
          budget: listing.budget ?? '',
          // The readers knew the marketplace (GUIDE.md gives them `src`); so does the extension.
          src: listing.src,
        }),
      ),
    ) as { difficulty: { level: string; uncertain: boolean } };
    return { row, level: out.difficulty.level, uncertain: out.difficulty.uncertain };
  });
  console.log(
    '\n# 2. Careful readers (careful/), `npm run tag` protocol, committed model (their rows were not fitted on)\n',
  );
  console.log(
    'agree: exact agreement · beg.: beginner calls · expert: share of them the reader calls expert · found: reader beginners called beginner · exp.: expert calls · right: share the reader calls expert',
  );
  console.log(
    `${'rows'.padStart(35)} ${'agree'.padStart(6)} ${'beg.'.padStart(5)} expert   found         exp.  right`,
  );
  const asOutput = (c: CarefulCall) => c.level;
  const sources = [...new Set(careful.map((r) => r.listing.src))];
  for (const [name, subset] of [
    ['all', calls],
    ...sources.map((s) => [`  ${s}`, calls.filter((c) => c.row.listing.src === s)] as const),
    ['high confidence only', calls.filter((c) => c.row.label.confidence === 'high')],
    ['  low confidence only', calls.filter((c) => c.row.label.confidence === 'low')],
    ['uncertain (little text)', calls.filter((c) => c.uncertain)],
    ['  enough text', calls.filter((c) => !c.uncertain)],
  ] as const)
    console.log(carefulLine(name, subset, asOutput));
  console.log(confusion(calls));
  console.log('\nIf an uncertain listing were always "intermediate" instead of the model\'s guess:');
  console.log(carefulLine('all', calls, (c) => (c.uncertain ? 'intermediate' : c.level)));
  console.log(
    carefulLine(
      'high confidence only',
      calls.filter((c) => c.row.label.confidence === 'high'),
      (c) => (c.uncertain ? 'intermediate' : c.level),
    ),
  );
}

const data = readDataset(dataDir);
const kept = data.rows.filter((r) => !r.careful);
console.log(
  `Data: ${data.files.map((f) => `${f.file} (${f.rows} rows)`).join(', ')}; ${data.rows.length - kept.length} rows ` +
    `left out as careful/ listings; ${kept.length} rows used. Settings as in scripts/difficulty/fit.ts.\n`,
);
const examples = kept.map(exampleOf);
reportCrossValidation(examples);
reportCheapJobs(kept);
reportOtherFiles(examples);
reportCareful(data.careful);
