/**
 * `npm run -s eval:skills [-- SHARED_DATA_DIR]`: how well the tagger finds the skills a listing
 * asks for. Reads ../shared/data (the only runtime reader of it besides the build script).
 *
 * 1. Against careful readers (labelled/careful, 160 listings from five sources): precision of the
 *    skills the command-line tagger prints (a predicted skill the reader named, required or
 *    optional) and recall of the reader's required skills; on the held-out folds, the tune folds
 *    and all, per source, with the worst misses and the most frequent false positives.
 * 2. The share of Upwork skill-token occurrences that resolve to a skill: on every Upwork file
 *    with the shipped taxonomy, and on the held-out job pages with a taxonomy built without them.
 * 3. Secondary: against the skills clients chose (freelancer-jobs-2020, upwork-feed-2024).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { createLabelResolver, resolveLabel, tagText } from '../lib/skills';
import { withAliases } from '../lib/skills/aliased-taxonomy';
import { confidentSkills } from '../lib/skills/confidence';
import { buildLabelMap } from '../lib/skills/labels';
import { unpack } from '../lib/skills/taxonomy';
import {
  type CarefulRow,
  emptyTally,
  goldOf,
  isHeldOutFold,
  precision,
  readCareful,
  recall,
  score,
  type Tally,
} from './eval/careful';
import { proxySection } from './eval/proxies';
import { readProxySources } from './eval/proxy-data';
import { splitGluedLabels } from './eval/split-glued';
import { buildTaxonomy } from './taxonomy/build';
import { isHeldOutJobPage, readJobPages, readUpworkNames } from './taxonomy/marketplace-sources';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ?? join(root, '..', 'shared', 'data');
const labelledDir = join(dataDir, 'labelled');

const pct = (x: number): string => x.toFixed(3);
const top = (m: ReadonlyMap<string, number>, n: number): string =>
  [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');

/** The skills the command-line tagger prints for a careful row (title, description, budget only). */
const predict = (row: CarefulRow): Set<string> =>
  new Set(
    confidentSkills(tagText({ title: row.listing.title, description: row.listing.description })).map(
      (s) => s.id,
    ),
  );

function line(name: string, t: Tally): string {
  return `${name.padEnd(30)} rows ${String(t.rows).padStart(3)}  P ${pct(precision(t))}  R ${pct(recall(t))}  (predicted ${t.predicted}, named ${t.correct}; required ${t.required}, found ${t.found})`;
}

function carefulSection(): void {
  const rows = readCareful(labelledDir);
  const parts: Record<string, Tally> = {
    'held-out (folds 0-1)': emptyTally(),
    'tune (folds 2-4)': emptyTally(),
  };
  const all = emptyTally();
  const bySource = new Map<string, Tally>();
  const heldBySource = new Map<string, Tally>();
  for (const row of rows) {
    const gold = goldOf(row.label, resolveLabel);
    const predicted = predict(row);
    const held = isHeldOutFold(row.fold);
    score(parts[held ? 'held-out (folds 0-1)' : 'tune (folds 2-4)'] as Tally, gold, predicted);
    score(all, gold, predicted);
    const src = row.listing.src;
    if (!bySource.has(src)) bySource.set(src, emptyTally());
    score(bySource.get(src) as Tally, gold, predicted);
    if (held) {
      if (!heldBySource.has(src)) heldBySource.set(src, emptyTally());
      score(heldBySource.get(src) as Tally, gold, predicted);
    }
  }
  console.log(`1. Skills vs careful readers (${rows.length} listings; the skills \`npm run -s tag\` prints)`);
  console.log('   target on held-out listings: P ≥ 0.85, R ≥ 0.75\n');
  for (const [name, t] of Object.entries(parts)) console.log(line(name, t));
  console.log(line('all', all));
  console.log('\nper source, all rows / held-out rows:');
  for (const [src, t] of [...bySource].sort()) {
    const h = heldBySource.get(src);
    console.log(
      `  ${src.padEnd(20)} rows ${String(t.rows).padStart(3)}  P ${pct(precision(t))}  R ${pct(recall(t))}` +
        (h
          ? `   | held-out rows ${String(h.rows).padStart(2)}  P ${pct(precision(h))}  R ${pct(recall(h))}`
          : ''),
    );
  }
  console.log(
    `\nworst misses (required, not predicted; "quoted" = the name resolves to no skill): ${top(all.misses, 25)}`,
  );
  console.log(`most frequent false positives (predicted, not named): ${top(all.falsePositives, 25)}`);
  console.log(
    `reader names that resolve to no skill (${all.unresolved.size} distinct): ${top(all.unresolved, 40)}`,
  );
}

/** Token occurrences on `lists` that `resolve` maps to a skill. */
function resolvedShare(lists: readonly (readonly string[])[], resolve: (n: string) => string | undefined) {
  let total = 0;
  let resolved = 0;
  const missing = new Map<string, number>();
  for (const list of lists) {
    for (const name of list) {
      total++;
      if (resolve(name)) resolved++;
      else missing.set(name, (missing.get(name) ?? 0) + 1);
    }
  }
  return { total, resolved, share: total ? resolved / total : 0, missing };
}

function upworkSection(): void {
  console.log('\n2. Upwork skill tokens that resolve to a skill (occurrences)');
  const all = readUpworkNames(labelledDir, splitGluedLabels);
  const shipped = resolvedShare(all.lists, resolveLabel);
  console.log(
    `  all Upwork files (job pages 2025-03, tiles 2025-01, RSS 2024-06, feed 2024), shipped taxonomy: ${shipped.resolved}/${shipped.total} = ${pct(shipped.share)}`,
  );
  const heldPages = readJobPages(labelledDir).filter((p) => isHeldOutJobPage(p.url));
  const built = buildTaxonomy(
    { curatedDir: join(root, 'scripts', 'taxonomy'), vocabDir: join(dataDir, 'vocab'), labelledDir },
    { withoutHeldOutPages: true },
  );
  const resolveWithout = createLabelResolver(
    buildLabelMap(withAliases(unpack(built.packedEntries, built.packedRules), built.packedAliases)),
  );
  const held = resolvedShare(
    heldPages.map((p) => p.tokens),
    resolveWithout,
  );
  console.log(
    `  held-out job pages (${heldPages.length} of upwork-jobs-2025-03, one in three by a hash of the address), taxonomy built without them: ${held.resolved}/${held.total} = ${pct(held.share)} (target ≥ 0.98)`,
  );
  console.log(`  held-out tokens that do not resolve: ${top(held.missing, 25)}`);
}

interface ClientRow {
  title: string;
  text: string;
  labels: string[];
}

function clientSection(): void {
  const csv = Papa.parse<Record<string, string>>(
    readFileSync(join(labelledDir, 'freelancer-jobs-2020.csv'), 'utf8'),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  const freelancer: ClientRow[] = csv.map((r) => ({
    title: r.title ?? '',
    text: r.desc ?? '',
    labels: (r.tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  }));
  const feed: ClientRow[] = readFileSync(join(labelledDir, 'upwork-feed-2024.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>)
    .map((r) => ({
      title: r.title ?? '',
      text: r.description ?? '',
      labels: splitGluedLabels(r.skills_concatenated ?? ''),
    }));
  console.log(
    '\n3. Secondary: vs the skills clients chose (closed: only skills some label of the file names)',
  );
  for (const [name, rows] of [
    ['freelancer-jobs-2020', freelancer],
    ['upwork-feed-2024', feed],
  ] as const) {
    const gold = rows.map(
      (r) => new Set(r.labels.map((l) => resolveLabel(l)).filter((id): id is string => !!id)),
    );
    const space = new Set(gold.flatMap((g) => [...g]));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    rows.forEach((r, i) => {
      const g = gold[i] as Set<string>;
      const found = new Set(
        confidentSkills(tagText({ title: r.title, description: r.text }))
          .map((s) => s.id)
          .filter((id) => space.has(id)),
      );
      for (const id of found) g.has(id) ? tp++ : fp++;
      for (const id of g) if (!found.has(id)) fn++;
    });
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    console.log(
      `  ${name.padEnd(22)} rows ${rows.length}  P ${pct(p)}  R ${pct(r)}  F1 ${pct((2 * p * r) / (p + r || 1))}`,
    );
  }
}

console.log(`eval:skills — data: ${dataDir}\n`);
carefulSection();
upworkSection();
clientSection();
proxySection(readProxySources(labelledDir, readCareful(labelledDir)));
