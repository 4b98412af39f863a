/**
 * `tagText`: title, description and the marketplace's own skill chips in; skills out, each with
 * the evidence for it. Explicit mentions first, then what they imply (PSD to HTML → HTML, CSS)
 * and what task phrases imply ("convert my PSD to a responsive site").
 */
import { type AliasIndex, buildIndex } from './alias-index';
import { createLabelResolver } from './labels';
import { findMatches } from './match';
import { DEFAULT_MIN_SALIENCE, withSalience } from './salience';
import { type Taxonomy, taxonomy } from './taxonomy';
import { type Token, tokenize } from './tokens';
import type { Evidence, FoundIn, Rule, TaggedSkill, TagInput } from './types';

export interface TagOptions {
  /** Leave out skills below this salience (0 keeps everything found). */
  minSalience?: number;
}

export interface Tagger {
  /** Skills found, most salient first. */
  tag(input: TagInput, options?: TagOptions): TaggedSkill[];
}

/** Where in the listing an entry was named: its sentence and token position (title, then description). */
interface Place {
  sentence: number;
  token: number;
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

/** Compiles the index and rule table once; `tag` is then linear in the text. */
export function createTagger(tax: Taxonomy): Tagger {
  // Concepts get their own index so that a skill alias never hides them: in "a responsive
  // site", "responsive site" is Responsive Design and "site" is still the ~website concept.
  const skillIndex = buildIndex(tax, (e) => !e.hidden);
  const conceptIndex = buildIndex(tax, (e) => e.hidden);
  const resolveLabel = createLabelResolver(tax);
  const entryIndex = new Map(tax.entries.map((e, i) => [e.id, i]));
  const rulesByTerm = new Map<string, Rule[]>();
  for (const rule of tax.rules) {
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
      let tokenBase = 0;
      const scan = (text: string, field: FoundIn): void => {
        const tokens = tokenize(text, sentenceBase);
        sentenceBase = (tokens.at(-1)?.sentence ?? sentenceBase) + 1;
        collect(skillIndex, tokens, tokenBase, text, field, found);
        collect(conceptIndex, tokens, tokenBase, text, field, found);
        // A gap wider than any rule's window keeps title and description apart.
        tokenBase += tokens.length + 1000;
      };
      scan(input.title, 'title');
      if (input.description) scan(input.description, 'description');
      for (const label of input.platformSkills ?? []) {
        const id = resolveLabel(label);
        if (id) note(found, id, { in: 'platformSkills', text: label, offset: 0 });
      }
      applyRules(found, rulesByTerm, false);
      applyRules(found, rulesByTerm, true);
      applyImplies(tax, entryIndex, found);
      dropCoveredUmbrellas(tax, entryIndex, found);
      const skills: { id: string; name: string; evidence: Evidence[] }[] = [];
      for (const [id, f] of found) {
        const skill = tax.byId.get(id);
        if (skill) skills.push({ id, name: skill.name, evidence: f.evidence });
      }
      const minSalience = options.minSalience ?? DEFAULT_MIN_SALIENCE;
      return withSalience(skills)
        .filter((s) => s.salience >= minSalience)
        .sort((a, b) => b.salience - a.salience);
    },
  };
}

function note(found: Map<string, Found>, id: string, evidence: Evidence, place?: Place): void {
  let f = found.get(id);
  if (!f) {
    f = { evidence: [], places: [] };
    found.set(id, f);
  }
  f.evidence.push(evidence);
  if (place && f.places.length < MAX_PLACES) f.places.push(place);
}

function collect(
  index: AliasIndex,
  tokens: readonly Token[],
  tokenBase: number,
  text: string,
  field: FoundIn,
  found: Map<string, Found>,
): void {
  for (const m of findMatches(index, tokens, text)) {
    const first = tokens[m.first] as Token;
    const last = tokens[m.last - 1] as Token;
    const id = (index.entries[m.entry] as { id: string }).id;
    note(
      found,
      id,
      { in: field, text: text.slice(first.start, last.end), offset: first.start },
      { sentence: first.sentence, token: tokenBase + m.first },
    );
  }
}

/**
 * Fires every rule whose terms all occur in one sentence. Rules with an `unless` run in a second
 * pass, after the others, so that "PSD → Photoshop unless PSD to HTML" sees the conversion.
 */
function applyRules(
  found: Map<string, Found>,
  rulesByTerm: ReadonlyMap<string, Rule[]>,
  withUnless: boolean,
): void {
  const fired = new Set<Rule>();
  const present = [...found.keys()];
  for (const id of present) {
    for (const rule of rulesByTerm.get(id) ?? []) {
      if (fired.has(rule) || rule.unless.length > 0 !== withUnless) continue;
      if (rule.unless.some((u) => found.has(u))) continue;
      if (!cooccur(found, rule)) continue;
      fired.add(rule);
    }
  }
  for (const rule of fired) {
    for (const id of rule.gives) note(found, id, { in: 'implied', from: rule.when });
  }
}

/** True when every term of the rule is named in one sentence (and within `rule.within` tokens). */
function cooccur(found: ReadonlyMap<string, Found>, rule: Rule): boolean {
  const [head, ...rest] = rule.when.map((t) => found.get(t)?.places ?? []);
  const near = (a: Place, b: Place): boolean =>
    a.sentence === b.sentence && (rule.within === undefined || Math.abs(a.token - b.token) <= rule.within);
  return (head ?? []).some((a) => rest.every((places) => places.some((b) => near(a, b))));
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
      note(found, implied, { in: 'implied', from: [id] });
    }
  }
}

/** "Front-end developer for HTML/CSS": the specific skills say more than the broad area. */
function dropCoveredUmbrellas(
  tax: Taxonomy,
  entryIndex: ReadonlyMap<string, number>,
  found: Map<string, Found>,
): void {
  const specific = new Set<string>();
  const umbrellas: string[] = [];
  for (const id of found.keys()) {
    const entry = tax.entries[entryIndex.get(id) ?? -1];
    if (!entry || entry.hidden) continue;
    if (entry.umbrella) umbrellas.push(id);
    else specific.add(entry.category);
  }
  for (const id of umbrellas) {
    const entry = tax.entries[entryIndex.get(id) ?? -1];
    if (entry && specific.has(entry.category)) found.delete(id);
  }
}

let shared: Tagger | undefined;

/** Tags one listing with the shipped taxonomy (index compiled on first call). */
export function tagText(input: TagInput, options?: TagOptions): TaggedSkill[] {
  shared ??= createTagger(taxonomy());
  return shared.tag(input, options);
}
