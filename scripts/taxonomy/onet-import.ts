/**
 * O*NET Technology Skills (CC BY 4.0) in the taxonomy: the vendor spelling of a tool a skill
 * already has ("Adobe Photoshop", "Microsoft Excel") becomes an alias, and widely used tools the
 * other sources lack are imported with a category from their O*NET commodity.
 */
import { slugOf } from '../../lib/skills/packed-format';
import { blankEntry, type SourceEntry } from './curated';
import { COMMODITY_CATEGORY, type OnetTool, productName } from './open-sources';
import type { Owners } from './owners';

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

export interface OnetImport {
  matched: number;
  imported: SourceEntry[];
}

/**
 * Adds O*NET vendor spellings to the skills in `byId` and returns the tools worth importing:
 * hot technologies, tools listed by at least `minOccupations` occupations, or with at least
 * `minQuestions` Stack Overflow questions.
 */
export function importOnet(
  onet: readonly OnetTool[],
  popularity: (forms: readonly string[]) => number,
  owners: Owners,
  byId: Map<string, SourceEntry>,
  thresholds = { minOccupations: 8, minQuestions: 3000 },
): OnetImport {
  let matched = 0;
  /** Occupations of the tools each known skill was matched to. */
  const codesOf = new Map<string, Set<string>>();
  const toImport: { tool: OnetTool; name: string; category: string; so: number }[] = [];
  for (const tool of onet) {
    const vendorForm = tool.example.replace(/\s+software$/i, '');
    const product = productName(tool.example);
    // "Google Docs" stays whole: a bare "Docs", "Sheets" or "Drive" is an ordinary word.
    const name = /^[A-Z][a-z]+$/.test(product) && product !== vendorForm ? vendorForm : product;
    const known = owners.of(product) ?? owners.of(vendorForm);
    if (known) {
      matched++;
      const codes = codesOf.get(known) ?? new Set<string>();
      for (const c of tool.codes) codes.add(c);
      codesOf.set(known, codes);
      const entry = byId.get(known);
      // The vendor spelling ("Adobe Photoshop", "Microsoft Excel") is how many listings write it.
      if (entry && vendorForm.split(' ').length <= 4) owners.addAlias(entry, vendorForm, true);
      continue;
    }
    const category = COMMODITY_CATEGORY[tool.commodity];
    if (!category) continue;
    const so = popularity([name]);
    if (!(tool.hot || tool.occupations >= thresholds.minOccupations || so >= thresholds.minQuestions))
      continue;
    if (!looksLikeProduct(name, name !== vendorForm)) continue;
    toImport.push({ tool, name, category, so });
  }
  // Most widespread first, so that when two tools clean to one name the better known keeps it.
  toImport.sort((a, b) => b.tool.occupations - a.tool.occupations || b.so - a.so);
  const imported: SourceEntry[] = [];
  for (const { tool, name, category } of toImport) {
    if (!owners.free(name)) continue;
    let id = slugOf(name);
    while (byId.has(id)) id = `${id}-tool`;
    const entry = blankEntry(id, name, category, `O*NET: ${tool.example} (${tool.commodity})`);
    owners.claimEntry(entry);
    const vendorForm = tool.example.replace(/\s+software$/i, '');
    if (vendorForm !== name && vendorForm.split(' ').length <= 5) owners.addAlias(entry, vendorForm, true);
    imported.push(entry);
    byId.set(id, entry);
    entry.related = relatedByOccupation(
      tool.codes,
      codesOf,
      id,
      (other) => byId.get(other)?.category === category,
    );
  }
  return { matched, imported };
}

/**
 * Up to three skills of the tool's own field used in the same occupations, by overlap over the
 * square root of how widespread each is (Excel, used everywhere, is no one's particular relative).
 */
function relatedByOccupation(
  codes: ReadonlySet<string>,
  codesOf: ReadonlyMap<string, ReadonlySet<string>>,
  self: string,
  sameField: (id: string) => boolean,
): string[] {
  const scored: [string, number][] = [];
  for (const [id, other] of codesOf) {
    if (id === self || !sameField(id)) continue;
    let shared = 0;
    for (const c of codes) if (other.has(c)) shared++;
    if (shared >= 2 || (shared >= 1 && codes.size <= 2)) scored.push([id, shared / Math.sqrt(other.size)]);
  }
  return scored
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([id]) => id);
}
