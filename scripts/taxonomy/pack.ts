/**
 * Checks the assembled taxonomy and writes it in the packed form `lib/skills/taxonomy.ts` reads:
 * one line per entry, `|` between fields, `;` inside lists, entries grouped by category.
 */
import { LABEL_ONLY } from '../../lib/skills/alias-index';
import {
  ANYWHERE,
  FIELDS,
  HIDDEN_CATEGORY,
  IN_TITLE,
  SECTION_MARK,
  slugOf,
} from '../../lib/skills/packed-format';
import { CATEGORIES } from '../../lib/skills/types';
import type { SourceEntry, SourceRule } from './curated';
import { keysOf } from './owners';

/** Beginner-friendliness (0..9) of a skill no curated file rates, by category: office work is easier than CAD. */
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
  legal: 2,
  teaching: 6,
  business: 4,
  lifestyle: 5,
};

/** Words in a name that mark years of background, or an entry door. */
const HARDER =
  /\b(architect\w*|senior|advanced|enterprise|security|cyber\w*|compliance|audit\w*|legal|law|medical|clinical|tax|quant\w*|kernel|compiler|machine learning|deep learning|neural|blockchain|smart contracts?|kubernetes|devops|firmware|embedded|fpga|verilog|reverse engineering|actuarial|valuation|mergers)\b/i;
const EASIER =
  /\b(entry|basic|typing|data entry|assistant|assistance|research|listing|proofread\w*|transcri\w*|captions?|upload\w*|posting|scheduling|moderation|testing & feedback|reviews?|surveys?|tagging|annotation|formatting|cleaning)\b/i;

/**
 * The hint for a skill no curated file rates: its category's default, lower for names that
 * signal specialist work and for skills that build on others, higher for entry-level tasks.
 */
export function beginnerOf(e: SourceEntry, byId: ReadonlyMap<string, SourceEntry>): number {
  if (e.beginner !== undefined) return e.beginner;
  let b = DEFAULT_BEGINNER[e.category] ?? 5;
  if (HARDER.test(e.name)) b -= 2;
  if (EASIER.test(e.name)) b += 2;
  const prereqs = e.prerequisites.map((p) => byId.get(p)).filter((p): p is SourceEntry => p !== undefined);
  // A skill that needs another is no easier than it: "Shopify App Development" after "Shopify".
  for (const p of prereqs) if (p.beginner !== undefined) b = Math.min(b, p.beginner - 1);
  return Math.max(0, Math.min(9, b));
}

/** An entry's packed line (`FIELDS`); its aliases go to their own list (`packAll`). */
export function pack(e: SourceEntry, beginner: number): string {
  for (const item of [e.name, ...e.aliases, ...e.ambiguous, ...e.context, ...e.notBefore]) {
    if (/[|;\n`$\\]/.test(item) || item.startsWith(SECTION_MARK))
      throw new Error(`${e.origin}: forbidden character in "${item}"`);
  }
  const flags = `${e.umbrella ? 'u' : ''}${e.domain ? 'd' : ''}${e.labelOnly ? 'l' : ''}${e.imported ? 'i' : ''}${e.productName ? 'n' : ''}`;
  const fields = [
    e.id === slugOf(e.name) ? '' : e.id,
    e.name,
    String(beginner),
    e.ambiguous.join(';'),
    e.context.join(';'),
    e.notBefore.join(';'),
    e.prerequisites.join(';'),
    e.related.join(';'),
    e.implies.join(';'),
    flags,
  ];
  if (fields.length !== FIELDS.length) throw new Error('pack() and FIELDS disagree');
  return fields.join('|').replace(/\|+$/, '');
}

/**
 * Drops aliases the index derives anyway ("ReactJS" once "React.js" is there, "landing pages"
 * beside "landing page"): they cost bytes in the bundle and match nothing new.
 */
export function withoutRedundantAliases(e: SourceEntry): string[] {
  const covered = new Set(e.labelOnly ? [] : keysOf(e.name));
  const labels = new Set(keysOf(e.name));
  const keep = (seen: Set<string>) => (alias: string) => {
    const keys = keysOf(alias);
    if (keys.every((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  };
  // Text aliases first: a label-only form must never shadow a spelling the text can use.
  const text = e.aliases.filter((a) => !a.startsWith(LABEL_ONLY)).filter(keep(covered));
  for (const k of covered) labels.add(k);
  const labelOnly = e.aliases.filter((a) => a.startsWith(LABEL_ONLY)).filter(keep(labels));
  return [...text, ...labelOnly];
}

export function validate(all: readonly SourceEntry[], rules: readonly SourceRule[]): void {
  const fail = (message: string): never => {
    throw new Error(message);
  };
  const ids = new Set<string>();
  for (const e of all) {
    if (ids.has(e.id)) fail(`${e.origin}: duplicate id ${e.id}`);
    ids.add(e.id);
    if (e.category !== HIDDEN_CATEGORY && !(e.category in CATEGORIES))
      fail(`${e.origin}: unknown category ${e.category}`);
  }
  const skillIds = new Set(all.filter((e) => e.category !== HIDDEN_CATEGORY).map((e) => e.id));
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

/** The packed entries, grouped by category (curated order kept inside a group), and rules. */
export function packAll(
  entries: readonly SourceEntry[],
  rules: readonly SourceRule[],
  byId: ReadonlyMap<string, SourceEntry>,
): { packedEntries: string; packedAliases: string; packedRules: string } {
  const order = [HIDDEN_CATEGORY, ...Object.keys(CATEGORIES)];
  const groups = order
    .map((category) => ({ category, group: entries.filter((e) => e.category === category) }))
    .filter(({ group }) => group.length > 0);
  const packedEntries = groups
    .flatMap(({ category, group }) => [
      `${SECTION_MARK}${category}`,
      ...group.map((e) => pack(e, beginnerOf(e, byId))),
    ])
    .join('\n');
  // One line per entry, in the entries' order: only what still reads raw aliases loads them.
  const packedAliases = groups.flatMap(({ group }) => group.map((e) => e.aliases.join(';'))).join('\n');
  const packedRules = rules
    .map((r) =>
      `${r.when.join(' ')}>${r.gives.join(' ')}>${r.unless.join(' ')}>${r.anywhere ? ANYWHERE : r.inTitle ? IN_TITLE : (r.within ?? '')}`.replace(
        />+$/,
        '',
      ),
    )
    .join('\n');
  return { packedEntries, packedAliases, packedRules };
}
