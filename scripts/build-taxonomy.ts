/**
 * Builds lib/skills/taxonomy.generated.ts from
 *  - the hand-curated files in scripts/taxonomy/*.txt (skills, aliases, prerequisites, concepts)
 *    and scripts/taxonomy/rules.rules (task phrases that imply skills);
 *  - O*NET Technology Skills (CC BY 4.0): vendor spellings of curated skills ("Adobe Photoshop")
 *    and widely used tools the curated files lack, with a category from their commodity;
 *  - Stack Overflow tag counts (CC BY-SA 4.0): popularity, used to choose which tools to import.
 *
 * Run: npx tsx scripts/build-taxonomy.ts [path/to/shared/data/vocab]
 * Only this script reads ../shared; the runtime and tests read the generated file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasKeys, LABEL_ONLY } from '../lib/skills/alias-index';
import { FIELDS, HIDDEN_CATEGORY, SECTION_MARK, slugOf } from '../lib/skills/packed-format';
import { CATEGORIES } from '../lib/skills/types';
import { blankEntry, parseRules, readCurated, type SourceEntry } from './taxonomy/curated';
import {
  COMMODITY_CATEGORY,
  type OnetTool,
  productName,
  readOnet,
  readStackOverflowCounts,
  soTagOf,
} from './taxonomy/open-sources';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vocabDir = process.argv[2] ?? join(root, '..', 'shared', 'data', 'vocab');
const curatedDir = join(root, 'scripts', 'taxonomy');
const outFile = join(root, 'lib', 'skills', 'taxonomy.generated.ts');

/** Beginner-friendliness (0..9) for an imported tool, by category: office tools are easier than CAD. */
const DEFAULT_BEGINNER: Record<string, number> = {
  'web-dev': 5,
  'mobile-dev': 3,
  'software-dev': 3,
  'data-ai': 3,
  'design-ux': 5,
  writing: 7,
  translation: 6,
  'marketing-seo': 6,
  'video-audio': 5,
  'admin-va': 7,
  finance: 4,
  sales: 6,
  support: 7,
  engineering: 2,
};

/** English words that are also product names; imported one-word tools with these names are skipped. */
const COMMON_WORDS = new Set(
  `access word excel project teams box chef puppet slack zoom go r c swift rust ruby julia scheme logo base
  basic pages numbers keynote notes mail outlook office access publisher visio sketch blender
  maya max houdini nuke fusion resolve premiere animate audition bridge dimension lightroom
  express spark hive pig storm flume kafka oozie atlas compass prism canvas mode pulse quest
  tableau looker domo alteryx sage xero wave wrike asana trello monday notion basecamp jira
  confluence bitbucket git svn chrome safari firefox edge opera windows linux unix android ios
  facebook twitter instagram linkedin youtube tiktok pinterest snapchat reddit yelp craigslist
  shell bash perl python java scala kotlin dart elm lua haskell erlang elixir fortran cobol ada
  pascal delphi prolog lisp clojure groovy matlab octave stata spss sas minitab
  epic cerner meditech athena kronos workday peoplesoft salesforce hubspot marketo pardot
  eclipse xcode studio atom vim emacs sublime brackets notepad docker vagrant ansible terraform
  jenkins travis circle gradle maven ant make cmake npm yarn bower grunt gulp webpack
  splunk nagios zabbix datadog new relic sentry pagerduty
  acrobat reader dreamweaver illustrator photoshop indesign
  civil revit inventor navisworks solidworks catia creo nx
  quickbooks freshbooks peachtree tally reduce air sites flex ads director reports database cloud designer
  video painter paint distiller exchange meet checkout classroom workspace dynamics jersey`.split(/\s+/),
);

function fail(message: string): never {
  console.error(`build-taxonomy: ${message}`);
  process.exit(1);
}

const curated = readCurated(curatedDir);
const rules = parseRules('rules.rules', readFileSync(join(curatedDir, 'rules.rules'), 'utf8'));
const onet = readOnet(join(vocabDir, 'Technology_Skills.txt'));
const soCounts = readStackOverflowCounts(join(vocabDir, 'stackoverflow_tags.csv'));

/** Normalised alias key → id of the entry that owns it (first claim wins: curated before imported). */
const owner = new Map<string, string>();
const keysOf = (form: string): string[] =>
  aliasKeys(form.startsWith(LABEL_ONLY) ? form.slice(1) : form).map((k) => k.join(' '));

const entries: SourceEntry[] = [];
const collisions: string[] = [];
for (const entry of curated) {
  // Concepts may share words with skills on purpose ("animation" is both): only skills own aliases.
  if (entry.category === '-') {
    entries.push(entry);
    continue;
  }
  for (const form of [entry.name, ...entry.aliases, ...entry.ambiguous]) {
    for (const key of keysOf(form)) {
      const prev = owner.get(key);
      if (prev && prev !== entry.id) collisions.push(`"${form}" (${key}) in ${entry.id} and ${prev}`);
      else owner.set(key, entry.id);
    }
  }
  entries.push(entry);
}
if (collisions.length) fail(`aliases claimed by two curated entries:\n  ${collisions.join('\n  ')}`);

/** Stack Overflow popularity of an entry: the best count among its spellings. */
function popularity(forms: readonly string[]): number {
  let best = 0;
  for (const form of forms) {
    const tag = soTagOf(form.replace(/^=/, ''));
    best = Math.max(best, soCounts.get(tag) ?? 0, soCounts.get(tag.replace(/\./g, '')) ?? 0);
  }
  return best;
}

/**
 * Imported tools must look like product names, not generic O*NET terms ("Time tracking",
 * "Presentation") that would match ordinary words: a name with an inner capital or digit
 * ("RabbitMQ", "3ds Max"), a product O*NET prints after its vendor ("IBM Cognos"), or a
 * multi-word name in title case ("Splunk Enterprise").
 */
function looksLikeProduct(name: string, hadVendor: boolean): boolean {
  const words = name.split(/\s+/);
  if (words.length > 4 || name.length > 40 || /[(),]/.test(name)) return false;
  if (words.length === 1 && (COMMON_WORDS.has(name.toLowerCase()) || name.length < 3)) return false;
  if (/[A-Z0-9.+#-]/.test(name.slice(1).replace(/\s[A-Z]/g, ''))) return true;
  if (hadVendor) return true;
  return words.length > 1 && words.every((w) => /^[A-Z0-9]/.test(w));
}

let matchedOnet = 0;
let importedOnet = 0;
const byId = new Map(entries.map((e) => [e.id, e]));
const toImport: { tool: OnetTool; name: string; category: string; so: number }[] = [];
for (const tool of onet) {
  const vendorForm = tool.example.replace(/\s+software$/i, '');
  const product = productName(tool.example);
  // "Google Docs" stays whole: a bare "Docs", "Sheets" or "Drive" is an ordinary word.
  const name = /^[A-Z][a-z]+$/.test(product) && product !== vendorForm ? vendorForm : product;
  const known = [product, vendorForm].map((f) => owner.get(keysOf(f)[0] ?? '')).find(Boolean);
  if (known) {
    matchedOnet++;
    // The vendor spelling ("Adobe Photoshop", "Microsoft Excel") is how many listings write it.
    const entry = byId.get(known);
    const vendorKey = keysOf(vendorForm)[0];
    if (entry && vendorKey && !owner.has(vendorKey) && vendorForm.split(' ').length <= 4) {
      entry.aliases.push(vendorForm);
      owner.set(vendorKey, known);
    }
    continue;
  }
  const category = COMMODITY_CATEGORY[tool.commodity];
  if (!category) continue;
  const so = popularity([name]);
  if (!(tool.hot || tool.occupations >= 8 || so >= 3000)) continue;
  if (!looksLikeProduct(name, name !== vendorForm)) continue;
  toImport.push({ tool, name, category, so });
}
// Most widespread first, so that when two tools clean to one name the better known keeps it.
toImport.sort((a, b) => b.tool.occupations - a.tool.occupations || b.so - a.so);
for (const { tool, name, category } of toImport) {
  const keys = keysOf(name);
  if (keys.some((k) => owner.has(k))) continue;
  let id = slugOf(name);
  while (byId.has(id)) id = `${id}-tool`;
  const vendorForm = tool.example.replace(/\s+software$/i, '');
  const aliases = vendorForm !== name && vendorForm.split(' ').length <= 5 ? [vendorForm] : [];
  const entry: SourceEntry = {
    ...blankEntry(id, name, category, `O*NET: ${tool.example} (${tool.commodity})`),
    aliases: aliases.filter((a) => keysOf(a).every((k) => !owner.has(k))),
  };
  for (const form of [entry.name, ...entry.aliases]) for (const k of keysOf(form)) owner.set(k, id);
  entries.push(entry);
  byId.set(id, entry);
  importedOnet++;
}

validate(entries);
for (const e of entries) e.aliases = withoutRedundantAliases(e);
const skills = entries.filter((e) => e.category !== HIDDEN_CATEGORY);
// Grouped by category so each line need not repeat it; curated order kept inside a group.
const categoryOrder = [HIDDEN_CATEGORY, ...Object.keys(CATEGORIES)];
const packedEntries = categoryOrder
  .flatMap((category) => {
    const group = entries.filter((e) => e.category === category);
    return group.length ? [`${SECTION_MARK}${category}`, ...group.map(pack)] : [];
  })
  .join('\n');
const packedRules = rules
  .map((r) =>
    `${r.when.join(' ')}>${r.gives.join(' ')}>${r.unless.join(' ')}>${r.within ?? ''}`.replace(/>+$/, ''),
  )
  .join('\n');

writeFileSync(
  outFile,
  `// Generated by scripts/build-taxonomy.ts from scripts/taxonomy/*, O*NET (CC BY 4.0) and
// Stack Overflow tag counts (CC BY-SA 4.0). Do not edit: change the sources and rebuild.
// ${skills.length} skills, ${entries.length - skills.length} concepts, ${rules.length} rules.
// Fields: ${FIELDS.join('|')}; lists joined with ";"; category "-" marks a hidden concept.
export const PACKED_ENTRIES = \`${packedEntries}\`;

export const PACKED_RULES = \`${packedRules}\`;
`,
);
const withPopularity = skills.filter((s) => popularity([s.id, s.name, ...s.aliases]) > 0).length;
console.log(
  `build-taxonomy: ${skills.length} skills (${skills.length - importedOnet} curated, ${importedOnet} from O*NET), ` +
    `${entries.length - skills.length} concepts, ${rules.length} rules; ${matchedOnet} O*NET tools matched curated skills; ` +
    `${withPopularity} skills have a Stack Overflow tag → ${outFile}`,
);

function pack(e: SourceEntry): string {
  const beginner = e.beginner ?? DEFAULT_BEGINNER[e.category] ?? 5;
  for (const item of [e.name, ...e.aliases, ...e.ambiguous, ...e.context, ...e.notBefore]) {
    if (/[|;\n`$\\]/.test(item) || item.startsWith(SECTION_MARK))
      fail(`${e.origin}: forbidden character in "${item}"`);
  }
  const fields = [
    e.id === slugOf(e.name) ? '' : e.id,
    e.name,
    String(beginner),
    e.aliases.join(';'),
    e.ambiguous.join(';'),
    e.context.join(';'),
    e.notBefore.join(';'),
    e.prerequisites.join(';'),
    e.related.join(';'),
    e.implies.join(';'),
    e.umbrella ? '1' : '',
  ];
  if (fields.length !== FIELDS.length) fail('pack() and FIELDS disagree');
  return fields.join('|').replace(/\|+$/, '');
}

/**
 * Drops aliases the index derives anyway ("ReactJS" once "React.js" is there, "landing pages"
 * beside "landing page"): they cost bytes in the content script and match nothing new.
 */
function withoutRedundantAliases(e: SourceEntry): string[] {
  const covered = new Set(keysOf(e.name));
  const keep = (alias: string): boolean => {
    const keys = keysOf(alias);
    if (keys.every((k) => covered.has(k))) return false;
    for (const k of keys) covered.add(k);
    return true;
  };
  // Text aliases first: a label-only form must never shadow a spelling the text can use.
  const text = e.aliases.filter((a) => !a.startsWith(LABEL_ONLY)).filter(keep);
  const labels = e.aliases.filter((a) => a.startsWith(LABEL_ONLY)).filter(keep);
  return [...text, ...labels];
}

function validate(all: readonly SourceEntry[]): void {
  const ids = new Set<string>();
  for (const e of all) {
    if (ids.has(e.id)) fail(`${e.origin}: duplicate id ${e.id}`);
    ids.add(e.id);
    if (e.category !== '-' && !(e.category in CATEGORIES))
      fail(`${e.origin}: unknown category ${e.category}`);
  }
  const skillIds = new Set(all.filter((e) => e.category !== '-').map((e) => e.id));
  for (const e of all) {
    for (const ref of [...e.prerequisites, ...e.related, ...e.implies]) {
      if (!skillIds.has(ref)) fail(`${e.origin}: ${e.id} refers to unknown skill ${ref}`);
    }
  }
  // Prerequisites must form a DAG: a learner has to be able to start somewhere.
  const state = new Map<string, 'open' | 'done'>();
  const prereqs = new Map(all.map((e) => [e.id, e.prerequisites]));
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') fail(`prerequisite cycle: ${[...path, id].join(' → ')}`);
    state.set(id, 'open');
    for (const p of prereqs.get(id) ?? []) visit(p, [...path, id]);
    state.set(id, 'done');
  };
  for (const e of all) visit(e.id, []);
  for (const r of rules) {
    for (const ref of r.when) if (!ids.has(ref)) fail(`${r.origin}: unknown entry ${ref}`);
    for (const ref of [...r.gives, ...r.unless])
      if (!skillIds.has(ref)) fail(`${r.origin}: unknown skill ${ref}`);
  }
}
