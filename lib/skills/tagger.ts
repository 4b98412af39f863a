/**
 * `tagText`: title, description and the marketplace's own skill chips in; skills out, each with
 * the evidence for it and a confidence. Explicit mentions first (with the zone of their sentence
 * and whether they are one of several alternatives), then what they imply (PSD to HTML → HTML,
 * CSS) and what task phrases imply ("convert my PSD to a responsive site").
 */
import { type AliasIndex, safeEntriesAt, walk } from './alias-index';
import type { AliasedTaxonomy } from './aliased-taxonomy';
import { alternativeMentions } from './alternatives';
import { clientMentions, type FieldScan, isSoftwareWork } from './client';
import { withConfidence } from './confidence';
import { buildIndex } from './index-build';
import { buildLabelMap, createLabelResolver } from './labels';
import { findMatches, type Match } from './match';
import { compareNames } from './name-order';
import { shippedIndexes, type TaggerIndexes } from './shipped-index';
import { type Taxonomy, taxonomy } from './taxonomy';
import { type Token, tokenize } from './tokens';
import type { Evidence, FoundIn, Rule, TaggedSkill, TagInput } from './types';
import { sentenceZones } from './zones';

export interface TagOptions {
  /** Leave out skills below this confidence (0 keeps everything found). */
  minConfidence?: number;
}

export interface Tagger {
  /** Skills found, most confident first. */
  tag(input: TagInput, options?: TagOptions): TaggedSkill[];
}

/** Where in the listing an entry was named: its sentence and token position (title, then description). */
interface Place {
  sentence: number;
  token: number;
  title: boolean;
}

interface Found {
  evidence: Evidence[];
  places: Place[];
}

/**
 * Rules look at this many places per entry at most: a word repeated hundreds of times adds
 * nothing, and the bound keeps rule checks linear in the text.
 */
const MAX_PLACES = 32;

/**
 * Compiles the index and rule table once (or takes the shipped taxonomy's, compiled ahead);
 * `tag` is then linear in the text. Indexes are built here only from a taxonomy with its aliases.
 */
export function createTagger(tax: AliasedTaxonomy, indexes?: TaggerIndexes): Tagger;
export function createTagger(tax: Taxonomy, indexes: TaggerIndexes): Tagger;
export function createTagger(tax: Taxonomy, given?: TaggerIndexes): Tagger {
  // The overloads let `given` be left out only for an aliased taxonomy.
  const indexes = given ?? buildIndexes(tax as AliasedTaxonomy);
  const { skillIndex, conceptIndex } = indexes;
  const resolveLabel = createLabelResolver(indexes.labelMap);
  const entryIndex = new Map(tax.entries.map((e, i) => [e.id, i]));
  const rulesByTerm = new Map<string, Rule[]>();
  const rulesWithUnless = tax.rules.filter((r) => r.unless.length > 0);
  for (const rule of tax.rules) {
    if (rule.unless.length > 0) continue;
    for (const term of new Set(rule.when)) {
      const list = rulesByTerm.get(term) ?? [];
      list.push(rule);
      rulesByTerm.set(term, list);
    }
  }
  return {
    tag(input, options = {}) {
      const found = new Map<string, Found>();
      let sentenceBase = 0;
      let descriptionWords = 0;
      const read = (text: string, field: FoundIn): FieldScan & { field: FoundIn } => {
        const tokens = tokenize(text, sentenceBase);
        sentenceBase = (tokens.at(-1)?.sentence ?? sentenceBase) + 1;
        if (field === 'description') descriptionWords = tokens.length;
        const matches = withEllipsis(skillIndex, findMatches(skillIndex, tokens, text), tokens, text);
        const zones =
          field === 'description'
            ? sentenceZones(tokens, text, new Set(matches.map((m) => (tokens[m.first] as Token).sentence)))
            : undefined;
        return { tokens, text, matches, zones, field };
      };
      const fields = [read(input.title, 'title')];
      if (input.description) fields.push(read(input.description, 'description'));
      // A product's features are read as such only in a job to build software.
      const software = isSoftwareWork(fields, tax.entries);
      let tokenBase = 0;
      for (const { tokens, text, matches, zones, field } of fields) {
        const alternatives = alternativeMentions(matches, tokens, text);
        const client = clientMentions({ tokens, text, matches, zones }, tax.entries, software);
        matches.forEach((m, i) => {
          note(found, skillIndex, m, tokens, tokenBase, text, field, (ev) => {
            if (zones) ev.zone = zones.get((tokens[m.first] as Token).sentence) ?? 'body';
            if (alternatives.has(i)) ev.alternative = true;
            if (m.ambiguous) ev.ambiguous = true;
            if (client.has(i)) ev.client = true;
          });
        });
        for (const m of findMatches(conceptIndex, tokens, text)) {
          note(found, conceptIndex, m, tokens, tokenBase, text, field, () => {});
        }
        // A gap wider than any rule's window keeps title and description apart.
        tokenBase += tokens.length + 1000;
      }
      for (const label of input.platformSkills ?? []) {
        const id = resolveLabel(label);
        if (id) add(found, id, { in: 'platformSkills', text: label, offset: 0 });
      }
      applyRules(found, rulesByTerm);
      applyRulesWithUnless(found, rulesWithUnless);
      applyImplies(tax, entryIndex, found);
      const skills: { id: string; name: string; evidence: Evidence[] }[] = [];
      for (const [id, f] of found) {
        const skill = tax.byId.get(id);
        if (skill) skills.push({ id, name: skill.name, evidence: f.evidence });
      }
      const minConfidence = options.minConfidence ?? 0;
      return withConfidence(skills, {
        descriptionWords,
        entryOf: (id) => tax.entries[entryIndex.get(id) ?? -1],
      })
        .filter((s) => s.confidence >= minConfidence)
        .sort((a, b) => b.confidence - a.confidence || compareNames(a.name, b.name));
    },
  };
}

function add(found: Map<string, Found>, id: string, evidence: Evidence, place?: Place): void {
  let f = found.get(id);
  if (!f) {
    f = { evidence: [], places: [] };
    found.set(id, f);
  }
  f.evidence.push(evidence);
  if (place && f.places.length < MAX_PLACES) f.places.push(place);
}

function note(
  found: Map<string, Found>,
  index: AliasIndex,
  m: Match,
  tokens: readonly Token[],
  tokenBase: number,
  text: string,
  field: FoundIn,
  decorate: (ev: Evidence & { in: FoundIn }) => void,
): void {
  const first = tokens[m.first] as Token;
  const last = tokens[m.last - 1] as Token;
  const ev: Evidence & { in: FoundIn } = {
    in: field,
    text: text.slice(first.start, last.end),
    offset: first.start,
  };
  decorate(ev);
  add(found, (index.entries[m.entry] as { id: string }).id, ev, {
    sentence: first.sentence,
    token: tokenBase + m.first,
    title: field === 'title',
  });
}

/** Fires every rule (without an `unless`) whose terms all occur in one sentence. */
function applyRules(found: Map<string, Found>, rulesByTerm: ReadonlyMap<string, Rule[]>): void {
  const fired = new Map<Rule, boolean>();
  for (const id of [...found.keys()]) {
    for (const rule of rulesByTerm.get(id) ?? []) {
      if (fired.has(rule)) continue;
      const where = cooccur(found, rule);
      if (where) fired.set(rule, where.title);
    }
  }
  for (const [rule, title] of fired) fire(found, rule, title);
}

/**
 * Rules with an `unless` run after the others, one by one in the order of rules.rules, so that
 * "PSD → Photoshop unless PSD to HTML" sees a conversion another rule just found. Few rules have
 * one, so trying each costs little.
 */
function applyRulesWithUnless(found: Map<string, Found>, rules: readonly Rule[]): void {
  for (const rule of rules) {
    if (rule.unless.some((u) => found.has(u)) || !rule.when.every((t) => found.has(t))) continue;
    const where = cooccur(found, rule);
    if (where) fire(found, rule, where.title);
  }
}

function fire(found: Map<string, Found>, rule: Rule, title: boolean): void {
  for (const id of rule.gives)
    add(found, id, { in: 'implied', from: rule.when, ...(title ? { title } : {}) });
}

/**
 * The place where every term of the rule is named in one sentence (and within `rule.within`
 * tokens), anywhere in the listing, or all in the title.
 */
function cooccur(found: ReadonlyMap<string, Found>, rule: Rule): Place | undefined {
  const [head, ...rest] = rule.when.map((t) => found.get(t)?.places ?? []);
  const near = (a: Place, b: Place): boolean =>
    rule.inTitle === true
      ? b.title
      : rule.anywhere === true ||
        (a.sentence === b.sentence &&
          (rule.within === undefined || Math.abs(a.token - b.token) <= rule.within));
  return (head ?? []).find(
    (a) => (rule.inTitle !== true || a.title) && rest.every((places) => places.some((b) => near(a, b))),
  );
}

function applyImplies(
  tax: Taxonomy,
  entryIndex: ReadonlyMap<string, number>,
  found: Map<string, Found>,
): void {
  const queue = [...found.keys()];
  while (queue.length) {
    const id = queue.pop() as string;
    const entry = tax.entries[entryIndex.get(id) ?? -1];
    for (const implied of entry?.implies ?? []) {
      if (!found.has(implied)) queue.push(implied);
      const f = found.get(implied);
      if (f?.evidence.some((e) => e.in === 'implied' && e.from.includes(id))) continue;
      add(found, implied, { in: 'implied', from: [id] });
    }
  }
}

/** Words that join the items of a list whose shared first word is left out. */
const ELLIPSIS_GLUE = new Set(['and', 'or', '&', '/']);

/**
 * "data mining, collection and extraction": the shared first word of a multi-word name is left
 * out of the items after it, which are "data collection" and "data extraction". For each match of
 * two words or more, the single words listed right after it are tried in place of its last word.
 */
function withEllipsis(index: AliasIndex, matches: Match[], tokens: readonly Token[], text: string): Match[] {
  const extra: Match[] = [];
  const taken = new Set(matches.map((m) => m.first));
  for (const m of matches) {
    if (m.ambiguous || m.last - m.first < 2) continue;
    const stem = tokens.slice(m.first, m.last - 1).map((t) => t.norm);
    let k = m.last;
    while (k < tokens.length) {
      const prev = tokens[k - 1] as Token;
      // Each further item is set off by a comma or a list word, inside one sentence.
      let j = k;
      while (j < tokens.length && ELLIPSIS_GLUE.has((tokens[j] as Token).norm)) j++;
      const item = tokens[j];
      if (!item || item.sentence !== prev.sentence || taken.has(j)) break;
      const gap = text.slice(prev.end, item.start);
      if (j === k && !gap.includes(',')) break;
      if (/[.;:!?]/.test(gap)) break;
      const hits = safeEntriesAt(index, walk(index, [...stem, item.norm]));
      if (!hits.length) break;
      for (const entry of hits) extra.push({ entry, first: j, last: j + 1, ambiguous: false });
      k = j + 1;
    }
  }
  return extra.length ? [...matches, ...extra].sort((a, b) => a.first - b.first) : matches;
}

/**
 * A taxonomy's indexes compiled now. Concepts get their own index so that a skill alias never
 * hides them: in "a responsive site", "responsive site" is Responsive Design and "site" is
 * still the ~website concept.
 */
export function buildIndexes(tax: Pick<AliasedTaxonomy, 'entries'>): TaggerIndexes {
  return {
    skillIndex: buildIndex(tax, (e) => !e.hidden),
    conceptIndex: buildIndex(tax, (e) => e.hidden),
    labelMap: buildLabelMap(tax),
  };
}

let shared: Tagger | undefined;

/** Tags one listing with the shipped taxonomy (index compiled on first call). */
export function tagText(input: TagInput, options?: TagOptions): TaggedSkill[] {
  shared ??= createTagger(taxonomy(), shippedIndexes());
  return shared.tag(input, options);
}
