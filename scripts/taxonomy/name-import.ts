/**
 * Makes every marketplace name resolve to a skill: a spelling of a skill the taxonomy has
 * becomes an alias ("Shopify Development" → Shopify); a name that adds something to a known
 * skill becomes a new skill that needs it ("WordPress Security" needs WordPress); anything else
 * becomes a new skill whose category and related skills come from the names listed beside it.
 * `marketplace-names.map` holds the decisions these rules would get wrong.
 */
import { slugOf } from '../../lib/skills/packed-format';
import { CATEGORIES } from '../../lib/skills/types';
import { blankEntry, type SourceEntry } from './curated';
import type { Owners } from './owners';
import { type PhraseUse, readsAsName } from './word-use';

export interface NameDecision {
  /** An existing skill id, or a new skill's category with `create`. */
  target: string;
  create: boolean;
  /** Matched in listing text too, not only as a marketplace label. */
  inText: boolean;
  origin: string;
}

/** `Name => id [text]` or `Name => +category [text]`, one per line; `#` starts a comment. */
export function parseDecisions(path: string, text: string): Map<string, NameDecision> {
  const out = new Map<string, NameDecision>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const m = /^(.+?)\s*=>\s*(\+?)([a-z0-9-]+)(\s+text)?$/.exec(line);
    if (!m) throw new Error(`${path}:${i + 1}: expected "Name => id [text]" or "Name => +category [text]"`);
    out.set((m[1] as string).toLowerCase(), {
      target: m[3] as string,
      create: m[2] === '+',
      inText: Boolean(m[4]),
      origin: `${path}:${i + 1}`,
    });
  });
  return out;
}

/** Words a marketplace adds to a skill's name without changing the skill. */
export const SAME_SKILL = new Set(
  `development developer developers programming program framework software language services service
  expert experts specialist platform customization customisation consultation consulting setup
  configuration script scripts scripting tool tools solutions app application website site bug fix
  fixes fixing maintenance support work tasks task basics`.split(/\s+/),
);

/** Suffixes that make a narrower skill of their own ("Instagram API", "WordPress Security"). */
export const NARROWER: Record<string, string | undefined> = {
  api: 'software-dev',
  sdk: 'software-dev',
  integration: 'software-dev',
  migration: undefined,
  security: 'software-dev',
  testing: 'software-dev',
  automation: undefined,
  administration: 'software-dev',
  seo: 'marketing-seo',
  marketing: 'marketing-seo',
  ads: 'marketing-seo',
  advertising: 'marketing-seo',
  design: 'design-ux',
  templates: undefined,
  template: undefined,
  theme: undefined,
  themes: undefined,
  plugin: undefined,
  plugins: undefined,
  analytics: 'data-ai',
  dashboard: 'data-ai',
  writing: 'writing',
  copywriting: 'writing',
  translation: 'translation',
  editing: 'video-audio',
  animation: 'video-audio',
  video: 'video-audio',
};

/** Last-resort categories by a word of the name, when the listings give no majority. */
const KEYWORD_CATEGORY: [RegExp, string][] = [
  [/\b(blockchain|smart contract|web3|crypto|nft|solidity|defi)/i, 'software-dev'],
  [/\b(design|logo|illustrat|graphic|figma|ui|ux|3d|render)/i, 'design-ux'],
  [/\b(seo|marketing|ads|advertis|campaign|social media|brand)/i, 'marketing-seo'],
  [/\b(writ|copy|content|blog|article|edit)/i, 'writing'],
  [/\b(translat|language|english|spanish|french|german)/i, 'translation'],
  [/\b(video|audio|music|sound|voice|podcast|photo)/i, 'video-audio'],
  [/\b(account|bookkeep|financ|tax|invoice|payroll)/i, 'finance'],
  [/\b(legal|law|contract|compliance)/i, 'legal'],
  [/\b(teach|tutor|lesson|course|education|curriculum)/i, 'teaching'],
  [/\b(sales|lead|crm|appointment|cold call)/i, 'sales'],
  [/\b(support|customer|help ?desk|ticket)/i, 'support'],
  [/\b(data|analy|sql|database|machine learning|ai\b|model|llm|gpt|neural)/i, 'data-ai'],
  [/\b(aws|azure|amazon ec2|cloud|devops|docker|linux|server|network|security|cyber)/i, 'software-dev'],
  [/\b(assistant|admin|entry|schedul|calendar|research)/i, 'admin-va'],
  [/\b(web|wordpress|shopify|html|css|javascript)/i, 'web-dev'],
  [/\b(android|ios|mobile|app)/i, 'mobile-dev'],
];

export interface NameImportContext {
  owners: Owners;
  byId: Map<string, SourceEntry>;
  /** The runtime's label resolution over the taxonomy as built so far. */
  resolve: (name: string) => string | undefined;
  use: ReadonlyMap<string, PhraseUse>;
}

export interface NameImport {
  created: SourceEntry[];
  aliased: number;
}

const words = (name: string): string[] => name.split(/[\s/]+/).filter(Boolean);

/** A display name for a new skill: the marketplace's, without a trailing parenthesis or spaces. */
const cleanName = (name: string): string => name.replace(/\s+/g, ' ').trim();

/**
 * Adds `names` (most frequent first) to the taxonomy. `lists` are the names of each listing:
 * what a new name is listed beside gives its category and related skills.
 */
export function importNames(
  names: readonly string[],
  lists: readonly (readonly string[])[],
  decisions: ReadonlyMap<string, NameDecision>,
  ctx: NameImportContext,
  origin: string,
  /** The category a new skill gets when the source says where a name belongs (Fiverr's menu). */
  categoryHint: ReadonlyMap<string, string> = new Map(),
): NameImport {
  const { owners, byId } = ctx;
  const created: SourceEntry[] = [];
  let aliased = 0;
  const resolveNow = (name: string): string | undefined => owners.of(name) ?? ctx.resolve(name);
  const neighbours = coOccurrence(lists);
  const frequency = new Map<string, number>();
  for (const list of lists) for (const n of new Set(list)) frequency.set(n, (frequency.get(n) ?? 0) + 1);

  const create = (name: string, category: string, inText: boolean, why: string): SourceEntry => {
    let id = slugOf(name);
    while (byId.has(id) || !id) id = `${id || 'skill'}-2`;
    const entry = blankEntry(id, name, category, `${origin}: ${why}`);
    entry.imported = true;
    // Known as a label only: the display name is not looked for in listing text either.
    entry.labelOnly = !inText;
    owners.claim(name, id);
    byId.set(id, entry);
    created.push(entry);
    return entry;
  };

  for (const raw of names) {
    const name = cleanName(raw);
    const decision = decisions.get(name.toLowerCase());
    if (decision) {
      if (decision.create) {
        if (!(decision.target in CATEGORIES))
          throw new Error(`${decision.origin}: unknown category ${decision.target}`);
        if (!owners.of(name)) create(name, decision.target, decision.inText, 'decided');
      } else {
        const entry = byId.get(decision.target);
        if (!entry) throw new Error(`${decision.origin}: unknown skill ${decision.target}`);
        if (owners.addAlias(entry, name, decision.inText)) aliased++;
      }
      continue;
    }
    if (resolveNow(name)) continue;
    const inText = readsAsName(name, ctx.use.get(name));
    // "Augmented Reality (AR)": the name without its parenthesis.
    const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const bareId = bare !== name ? resolveNow(bare) : undefined;
    if (bareId) {
      if (owners.addAlias(byId.get(bareId) as SourceEntry, name, false)) aliased++;
      continue;
    }
    const w = words(bare);
    const last = (w.at(-1) ?? '').toLowerCase();
    const head = w.slice(0, -1).join(' ');
    const headId = w.length > 1 ? resolveNow(head) : undefined;
    const headEntry = headId ? byId.get(headId) : undefined;
    if (headEntry && SAME_SKILL.has(last)) {
      if (owners.addAlias(headEntry, name, inText)) aliased++;
      continue;
    }
    const hint = categoryHint.get(name.toLowerCase());
    // "Pay Per Click Advertising", "Facebook Ads Marketing": the suffix only restates the field.
    if (headEntry && NARROWER[last] !== undefined && NARROWER[last] === headEntry.category) {
      if (owners.addAlias(headEntry, name, inText)) aliased++;
      continue;
    }
    if (headEntry && last in NARROWER) {
      const category = hint ?? NARROWER[last] ?? headEntry.category;
      const entry = create(bare, category, inText, `narrower than ${headEntry.id}`);
      (category === headEntry.category ? entry.prerequisites : entry.related).push(headEntry.id);
      link(entry, neighbours.get(raw), frequency, resolveNow, byId);
      continue;
    }
    const contained = longestKnownPart(w, resolveNow);
    // What the name says beats what it is listed beside: the labelled Upwork searches are mostly
    // software work, so "Castilian Spanish" is listed beside PHP yet is a language.
    const category =
      hint ??
      (contained ? byId.get(contained)?.category : undefined) ??
      KEYWORD_CATEGORY.find(([re]) => re.test(bare))?.[1] ??
      majorityCategory(neighbours.get(raw), resolveNow, byId) ??
      'software-dev';
    const entry = create(bare, category, inText, contained ? `contains ${contained}` : 'new name');
    if (contained && byId.get(contained)?.category === category) entry.prerequisites.push(contained);
    // "B2B Lead Generation" ends in a skill's name: it is a kind of that skill, which a job asking
    // for it also asks for.
    const kindOf =
      w.length > 1 ? (resolveNow(w.slice(1).join(' ')) ?? resolveNow(w.slice(-2).join(' '))) : undefined;
    if (kindOf && kindOf === contained && byId.get(kindOf)?.category === category) entry.implies.push(kindOf);
    link(entry, neighbours.get(raw), frequency, resolveNow, byId);
  }
  return { created, aliased };
}

/** For each name, how often each other name is listed beside it. */
function coOccurrence(lists: readonly (readonly string[])[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const list of lists) {
    const uniq = [...new Set(list)];
    for (const a of uniq) {
      let row = out.get(a);
      if (!row) {
        row = new Map();
        out.set(a, row);
      }
      for (const b of uniq) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return out;
}

/** The longest run of words ("Microsoft Azure" in "Microsoft Azure SQL Database") that names a skill. */
function longestKnownPart(
  w: readonly string[],
  resolveNow: (n: string) => string | undefined,
): string | undefined {
  for (let len = w.length - 1; len >= 1; len--) {
    for (let start = 0; start + len <= w.length; start++) {
      const part = w.slice(start, start + len).join(' ');
      if (part.length < 3) continue;
      const id = resolveNow(part);
      if (id) return id;
    }
  }
  return undefined;
}

/** Umbrella skills say little about a name's field; they vote with less weight. */
function majorityCategory(
  row: ReadonlyMap<string, number> | undefined,
  resolveNow: (n: string) => string | undefined,
  byId: ReadonlyMap<string, SourceEntry>,
): string | undefined {
  if (!row) return undefined;
  const votes = new Map<string, number>();
  for (const [name, n] of row) {
    const entry = byId.get(resolveNow(name) ?? '');
    if (!entry || entry.category === '-') continue;
    votes.set(entry.category, (votes.get(entry.category) ?? 0) + n * (entry.umbrella ? 0.3 : 1));
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const best = ranked[0];
  return best && total > 0 && best[1] / total >= 0.35 ? best[0] : undefined;
}

/**
 * Up to three related skills: the known skills listed beside the name twice or more, ranked by
 * how much more often than their overall frequency predicts (so JavaScript, listed beside
 * everything, does not become every name's relative).
 */
function link(
  entry: SourceEntry,
  row: ReadonlyMap<string, number> | undefined,
  frequency: ReadonlyMap<string, number>,
  resolveNow: (n: string) => string | undefined,
  byId: ReadonlyMap<string, SourceEntry>,
): void {
  if (!row) return;
  const scored = new Map<string, number>();
  for (const [name, together] of row) {
    if (together < 2) continue;
    const n = together / Math.sqrt(frequency.get(name) ?? 1);
    const id = resolveNow(name);
    const other = id ? byId.get(id) : undefined;
    if (!other || other.id === entry.id || other.umbrella || other.category === '-') continue;
    scored.set(other.id, Math.max(scored.get(other.id) ?? 0, n));
  }
  const have = new Set([...entry.prerequisites, ...entry.related]);
  for (const [id] of [...scored].sort((a, b) => b[1] - a[1])) {
    if (entry.related.length >= 3) break;
    if (!have.has(id)) entry.related.push(id);
  }
}
