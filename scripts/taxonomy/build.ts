/**
 * Assembles the taxonomy from its sources, in order of trust (the first to claim a spelling
 * keeps it):
 *  1. the hand-curated files (scripts/taxonomy/*.txt, rules.rules);
 *  2. O*NET Technology Skills (CC BY 4.0), ranked with Stack Overflow tag counts (CC BY-SA 4.0);
 *  3. translation by language pair;
 *  4. Fiverr's service categories (fiverr-categories.tree);
 *  5. every skill name Upwork prints in the labelled data, with the decisions in
 *     marketplace-names.map where the rules would get a name wrong.
 * Pure apart from reading the source files, so the eval can build it again without the
 * held-out job pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLabelMap, createLabelResolver } from '../../lib/skills/labels';
import { HIDDEN_CATEGORY } from '../../lib/skills/packed-format';
import type { AliasedEntry } from '../../lib/skills/types';
import { createGluedSplitter } from '../eval/split-glued';
import { broaderOf } from './broader';
import { parseRules, readCurated, type SourceEntry } from './curated';
import { fiverrNames, parseFiverrServices } from './fiverr-import';
import { LANGUAGES, languagePairs } from './language-pairs';
import { readCorpus, readDescriptions, readUpworkNames } from './marketplace-sources';
import { importNames, parseDecisions } from './name-import';
import { importOnet } from './onet-import';
import { readOnet, readStackOverflowCounts, soTagOf } from './open-sources';
import { Owners } from './owners';
import { packAll, validate, withoutRedundantAliases } from './pack';
import { phraseUse, writtenAsProduct } from './word-use';

export interface BuildPaths {
  curatedDir: string;
  vocabDir: string;
  labelledDir: string;
}

export interface BuildResult {
  packedEntries: string;
  packedAliases: string;
  packedRules: string;
  /** Skill id → the skill it is a kind of, for every narrower skill (sorted by id). */
  broader: Record<string, string>;
  counts: Record<string, number>;
}

/** The runtime's view of an entry, enough for the label resolver. */
const asEntry = (e: SourceEntry): AliasedEntry => ({
  id: e.id,
  name: e.name,
  hidden: e.category === HIDDEN_CATEGORY,
  aliases: e.aliases,
  ambiguity: e.ambiguous.length
    ? { forms: e.ambiguous, context: e.context, notBefore: e.notBefore }
    : undefined,
  implies: e.implies,
  umbrella: e.umbrella,
  domain: e.domain,
  labelOnly: e.labelOnly,
  imported: e.imported,
  productName: e.productName,
  category: e.category,
});

export function buildTaxonomy(
  paths: BuildPaths,
  options: { withoutHeldOutPages?: boolean } = {},
): BuildResult {
  const { curatedDir, vocabDir, labelledDir } = paths;
  const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
  const curated = readCurated(curatedDir);
  const rules = parseRules('rules.rules', read(curatedDir, 'rules.rules'));
  const owners = new Owners();
  const collisions: string[] = [];
  for (const entry of curated) {
    // Concepts may share words with skills on purpose ("animation" is both): only skills own spellings.
    if (entry.category !== HIDDEN_CATEGORY) collisions.push(...owners.claimEntry(entry));
  }
  if (collisions.length)
    throw new Error(`aliases claimed by two curated entries:\n  ${collisions.join('\n  ')}`);
  const entries: SourceEntry[] = [...curated];
  const byId = new Map(entries.map((e) => [e.id, e]));

  const soCounts = readStackOverflowCounts(join(vocabDir, 'stackoverflow_tags.csv'));
  const popularity = (forms: readonly string[]): number => {
    let best = 0;
    for (const form of forms) {
      const tag = soTagOf(form.replace(/^=/, ''));
      best = Math.max(best, soCounts.get(tag) ?? 0, soCounts.get(tag.replace(/\./g, '')) ?? 0);
    }
    return best;
  };
  const onet = importOnet(readOnet(join(vocabDir, 'Technology_Skills.txt')), popularity, owners, byId, {
    minOccupations: 2,
    minQuestions: 300,
  });
  for (const e of onet.imported) e.imported = true;
  entries.push(...onet.imported);

  const formsSoFar = (): string[] => entries.flatMap((e) => [e.name, ...e.aliases, ...e.ambiguous]);
  const upwork = readUpworkNames(labelledDir, createGluedSplitter(formsSoFar()), options);
  const pairs = languagePairs(byId, owners, upwork.counts.keys());
  entries.push(...pairs);

  const decisions = parseDecisions('marketplace-names.map', read(curatedDir, 'marketplace-names.map'));
  const fiverr = fiverrNames(parseFiverrServices(read(curatedDir, 'fiverr-categories.tree')));
  const upworkNames = [...upwork.counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([n]) => n);
  const use = phraseUse(readCorpus(labelledDir), [...fiverr.names, ...upworkNames]);
  const resolverOver = () => createLabelResolver(buildLabelMap({ entries: entries.map(asEntry) }));
  const fromFiverr = importNames(
    fiverr.names,
    [],
    decisions,
    { owners, byId, resolve: resolverOver(), use },
    'Fiverr category',
    fiverr.hints,
  );
  entries.push(...fromFiverr.created);
  // "Music Producers" as printed in the menu resolves too, to the skill imported as "Music Production".
  const afterFiverr = resolverOver();
  for (const [original, name] of fiverr.renamed) {
    const entry = byId.get(owners.of(name) ?? afterFiverr(name) ?? '');
    if (entry) owners.addAlias(entry, original, false);
  }
  const fromUpwork = importNames(
    upworkNames,
    upwork.lists,
    decisions,
    { owners, byId, resolve: resolverOver(), use },
    'Upwork skill name',
  );
  entries.push(...fromUpwork.created);

  // Which skills running text names as a product ("Slack", "Salesforce", "Microsoft Teams"): such
  // a tool is never read as a feature of software being built. A language is a proper noun, not a product.
  const skillsSoFar = entries.filter((e) => e.category !== HIDDEN_CATEGORY && !LANGUAGES.includes(e.id));
  const nameUse = phraseUse(
    readDescriptions(labelledDir),
    skillsSoFar.map((e) => e.name),
  );
  for (const e of skillsSoFar) e.productName = writtenAsProduct([e.name], nameUse);

  // A narrower skill ("On-Page SEO", "WordPress Theme Development") names its broader one, which a
  // job asking for it uses too.
  const broader: Record<string, string> = {};
  for (const e of skillsSoFar) {
    e.broader = broaderOf(e, byId);
    if (!e.broader) continue;
    broader[e.id] = e.broader;
    if (!e.implies.includes(e.broader)) e.implies.push(e.broader);
  }

  validate(entries, rules);
  for (const e of entries) e.aliases = withoutRedundantAliases(e);
  const { packedEntries, packedAliases, packedRules } = packAll(entries, rules, byId);
  const skills = entries.filter((e) => e.category !== HIDDEN_CATEGORY);
  return {
    packedEntries,
    packedAliases,
    packedRules,
    broader: Object.fromEntries(Object.entries(broader).sort(([a], [b]) => a.localeCompare(b))),
    counts: {
      skills: skills.length,
      curated: curated.filter((e) => e.category !== HIDDEN_CATEGORY).length,
      concepts: entries.length - skills.length,
      rules: rules.length,
      onetMatched: onet.matched,
      onetImported: onet.imported.length,
      languagePairs: pairs.length,
      fiverrNew: fromFiverr.created.length,
      fiverrAliases: fromFiverr.aliased,
      upworkNames: upworkNames.length,
      upworkNew: fromUpwork.created.length,
      upworkAliases: fromUpwork.aliased,
      labelOnly: skills.filter((e) => e.labelOnly).length,
      productNames: skills.filter((e) => e.productName).length,
      narrower: Object.keys(broader).length,
    },
  };
}
