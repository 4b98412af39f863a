/**
 * `npm run -s eval:skills [-- DATA_DIR]`: how well the tagger finds the skills clients chose.
 *
 * freelancer-jobs-2020.csv: micro precision / recall / F1 of skills found in title + desc
 * against the client's tags resolved with `resolveLabel` (tags that do not resolve are counted
 * apart, not as misses). Rows are split in two by a hash of the title (duplicate posts land
 * together): "tune" is the half the taxonomy and rules were adjusted on, "held-out" was only
 * measured. upwork-feed-2024.jsonl is held out entirely; its glued skill names are split
 * against the taxonomy's vocabulary first.
 *
 * Reads ../shared/data/labelled (the only runtime reader of ../shared besides the build script).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { resolveLabel, tagText } from '../lib/skills';
import { type Counts, emptyCounts, score } from './eval/score';
import { type CeilingRow, explicitOnly, fitSelector } from './eval/skill-ceiling';
import { isTuneRow } from './eval/split';
import { splitGluedLabels } from './eval/split-glued';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ?? join(root, '..', 'shared', 'data', 'labelled');

interface Row {
  title: string;
  text: string;
  labels: string[];
}

function freelancerRows(): Row[] {
  const csv = readFileSync(join(dataDir, 'freelancer-jobs-2020.csv'), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  return parsed.data.map((r) => ({
    title: r.title ?? '',
    text: r.desc ?? '',
    labels: (r.tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  }));
}

function upworkRows(): Row[] {
  return readFileSync(join(dataDir, 'upwork-feed-2024.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>)
    .map((r) => ({
      title: r.title ?? '',
      text: r.description ?? '',
      labels: splitGluedLabels(r.skills_concatenated ?? ''),
    }));
}

/**
 * The naive way the issue quotes: every label name the dataset uses is looked up in the text
 * (whole words, any case), and the ones found are the prediction.
 */
function naiveFinder(rows: readonly Row[]): (row: Row) => Set<string> {
  const names = [...new Set(rows.flatMap((r) => r.labels))].map((label) => ({
    id: resolveLabel(label),
    pattern: new RegExp(
      `(^|[^a-z0-9])${label.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`,
    ),
  }));
  return (row) => {
    const haystack = `${row.title}\n${row.text}`.toLowerCase();
    return new Set(names.filter((n) => n.id && n.pattern.test(haystack)).map((n) => n.id as string));
  };
}

/**
 * Micro counts over `rows`. With `space`, predictions outside it are left out (and tallied in
 * `outside`): a client can only pick labels the marketplace offers, so a skill no label of the
 * dataset names can be neither confirmed nor refuted by it. The naive baseline works in that
 * space by construction, so the closed figures are the comparable ones.
 */
function evaluate(
  rows: readonly Row[],
  find: (row: Row) => Set<string>,
  space?: ReadonlySet<string>,
): Counts {
  const counts = emptyCounts();
  for (const row of rows) {
    const gold = new Set<string>();
    for (const label of row.labels) {
      const id = resolveLabel(label);
      if (id) gold.add(id);
      else counts.unresolved.set(label, (counts.unresolved.get(label) ?? 0) + 1);
    }
    const found = find(row);
    for (const id of found) {
      if (gold.has(id)) counts.tp++;
      else if (space && !space.has(id)) counts.outside++;
      else {
        counts.fp++;
        counts.fpById.set(id, (counts.fpById.get(id) ?? 0) + 1);
      }
    }
    for (const id of gold) {
      if (!found.has(id)) {
        counts.fn++;
        counts.fnById.set(id, (counts.fnById.get(id) ?? 0) + 1);
      }
    }
    counts.rows++;
  }
  return counts;
}

const tagger = (row: Row): Set<string> =>
  new Set(tagText({ title: row.title, description: row.text }).map((s) => s.id));

/** The ids a row's labels resolve to (labels outside the taxonomy left out). */
const goldOf = (row: Row): Set<string> =>
  new Set(row.labels.map((l) => resolveLabel(l)).filter((id): id is string => !!id));

/** Ids the dataset's labels resolve to: the skills a client of that marketplace could pick. */
function labelSpace(rows: readonly Row[]): Set<string> {
  return new Set(rows.flatMap((r) => [...goldOf(r)]));
}

function report(name: string, counts: Counts): void {
  const { precision, recall, f1 } = score(counts);
  const unresolved = [...counts.unresolved.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${name.padEnd(36)} rows ${String(counts.rows).padStart(3)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  ` +
      `F1 ${f1.toFixed(3)}  (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn}, outside ${counts.outside}; ` +
      `unresolved labels ${unresolved})`,
  );
}

const top = (m: ReadonlyMap<string, number>, n: number): string =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');

const freelancer = freelancerRows();
const tune = freelancer.filter((r) => isTuneRow(r.title));
const held = freelancer.filter((r) => !isTuneRow(r.title));
const space = labelSpace(freelancer);
const upwork = upworkRows();
const upworkSpace = labelSpace(upwork);
const all = evaluate(freelancer, tagger, space);
const upworkCounts = evaluate(upwork, tagger, upworkSpace);

console.log('Skill tagging vs client-chosen labels (micro-averaged)');
console.log(
  `closed: only skills the dataset's labels can name (${space.size} freelancer ids, ${upworkSpace.size} upwork ids)\n`,
);
report('freelancer naive label lookup', evaluate(freelancer, naiveFinder(freelancer), space));
report('freelancer all (closed)', all);
report('freelancer tune half (closed)', evaluate(tune, tagger, space));
report('freelancer held-out half (closed)', evaluate(held, tagger, space));
report('freelancer all (open)', evaluate(freelancer, tagger));
report('upwork naive label lookup', evaluate(upwork, naiveFinder(upwork), upworkSpace));
report('upwork held-out (closed)', upworkCounts);
report('upwork held-out (open)', evaluate(upwork, tagger));

reportCeiling();

console.log(`\nfreelancer worst misses (label not found): ${top(all.fnById, 12)}`);
console.log(`freelancer most frequent extras (found, not labelled): ${top(all.fpById, 12)}`);
console.log(`freelancer labels outside the taxonomy: ${top(all.unresolved, 20)}`);
console.log(`\nupwork worst misses: ${top(upworkCounts.fnById, 12)}`);
console.log(`upwork most frequent extras: ${top(upworkCounts.fpById, 12)}`);
console.log(`upwork labels outside the taxonomy: ${top(upworkCounts.unresolved, 20)}`);

/**
 * The ceiling the labels set (scripts/eval/skill-ceiling.ts): the skills listings name outright,
 * and a selector fitted to the labels on one half and scored on the other.
 */
function reportCeiling(): void {
  console.log('\nhow far these labels let a tagger go (closed; freelancer; fitted models are NOT shipped)');
  const toCeiling = (rows: readonly Row[]): (CeilingRow & { row: Row })[] =>
    rows.map((row) => ({
      row,
      gold: goldOf(row),
      found: tagText({ title: row.title, description: row.text }),
    }));
  const halves = { tune: toCeiling(tune), 'held-out': toCeiling(held) };
  for (const [name, rows] of Object.entries(halves)) {
    const byRow = new Map(rows.map((r) => [r.row, explicitOnly(r.found)]));
    report(
      `explicit mentions only, ${name}`,
      evaluate(
        rows.map((r) => r.row),
        (row) => byRow.get(row) ?? new Set(),
        space,
      ),
    );
  }
  for (const [from, to] of [
    ['tune', 'held-out'],
    ['held-out', 'tune'],
  ] as const) {
    const select = fitSelector(halves[from], space);
    for (const threshold of [0.4, 0.5, 0.6]) {
      const byRow = new Map(halves[to].map((r) => [r.row, select(r, threshold)]));
      report(
        `fitted on ${from} → ${to}, p≥${threshold}`,
        evaluate(
          halves[to].map((r) => r.row),
          (row) => byRow.get(row) ?? new Set(),
          space,
        ),
      );
    }
  }
}

/** Unlabelled titles (mostly non-software work): the share that gets at least one skill. */
function coverage(file: string, delimiter?: string): string {
  const csv = readFileSync(join(dataDir, file), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
    delimiter,
  }).data;
  const tagged = rows.filter((r) => tagText({ title: r.title ?? '' }).length > 0).length;
  return `${file}: ${tagged}/${rows.length} titles get a skill (${((100 * tagged) / rows.length).toFixed(1)}%)`;
}

console.log('\ncoverage of unlabelled titles (no P/R: these files have no skill labels)');
console.log(`  ${coverage('peopleperhour-jobs-2020.csv')}`);
console.log(`  ${coverage('fiverr-gigs-2023.csv')}`);
