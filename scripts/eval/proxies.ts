/**
 * Proxy lines for `npm run -s eval:skills`: what thousands of listings with marketplace tokens
 * say about the tagger, beyond the 160 careful listings. Not a truth (a page's token list misses
 * skills and holds suggestions), but a systematic error shows up there by the hundred:
 * - consistency: the share of the tagger's confident skills that the page's tokens hold, or that
 *   stand next to one (it implies a token or a token implies it; one is the broader skill of the
 *   other). A confident skill outside a page's broad token list is a likely false positive;
 * - named tokens: of the tokens the text names outright (the printed name in the text), the
 *   share the tagger is confident about (and finds at all);
 * - PeoplePerHour titles: the share with a confident skill, with the skill of the address's
 *   subcategory ("design/logo-design"), and of confident skills in the address's field.
 */
import { resolveLabel, tagText } from '../../lib/skills';
import { CONFIDENT_FROM } from '../../lib/skills/confidence';
import { taxonomy } from '../../lib/skills/taxonomy';
import { normKey, tokenize } from '../../lib/skills/tokens';
import type { TaggedSkill } from '../../lib/skills/types';
import type { ProxyListing, ProxySource } from './proxy-data';

/** Skills one step away from `id`: what it implies, what implies it, its broader and narrower skills. */
function neighbourhood(): (id: string) => ReadonlySet<string> {
  const tax = taxonomy();
  const reach = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = reach.get(x) ?? new Set<string>();
      set.add(y);
      reach.set(x, set);
    }
  };
  const implies = new Map(tax.entries.map((e) => [e.id, e.implies]));
  for (const e of tax.entries) {
    if (e.hidden) continue;
    // Implications are followed to the end: React ⇒ JavaScript, Next.js ⇒ React ⇒ JavaScript.
    const seen = new Set<string>();
    const queue = [...e.implies];
    while (queue.length) {
      const id = queue.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      link(e.id, id);
      queue.push(...(implies.get(id) ?? []));
    }
  }
  return (id) => reach.get(id) ?? new Set();
}

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');

/** The sentence of `text` around `offset`, shortened for one line of output. */
function sentenceAt(text: string, offset: number): string {
  let from = offset;
  while (from > 0 && !/[\n.!?•]/.test(text[from - 1] as string)) from--;
  let to = offset;
  while (to < text.length && !/[\n!?•]/.test(text[to] as string) && !/\.\s/.test(text.slice(to, to + 2)))
    to++;
  const s = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return s.length > 110 ? `${s.slice(0, 107)}…` : s;
}

function exampleOf(skill: TaggedSkill, listing: ProxyListing): string {
  const ev = skill.evidence.find((e) => e.in === 'description') ?? skill.evidence[0];
  if (!ev) return '';
  if (ev.in === 'implied') return `implied by ${ev.from.join('+')} in "${listing.title.slice(0, 80)}"`;
  if (ev.in === 'title') return `title "${listing.title.slice(0, 100)}"`;
  return `"${sentenceAt(listing.description, ev.offset)}"`;
}

/** Does the text name `token` as printed? Short names ("R", "Go", "SAS") must match in case too. */
function namesOutright(padded: string, raw: string, token: string): boolean {
  const key = normKey(token);
  if (!key || !padded.includes(` ${key} `)) return false;
  if (token.length > 3) return true;
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w#+])${escaped}(?![\\w#+])`).test(raw);
}

interface Counts {
  confident: number;
  consistent: number;
  named: number;
  namedFound: number;
  namedSeen: number;
}
const zero = (): Counts => ({ confident: 0, consistent: 0, named: 0, namedFound: 0, namedSeen: 0 });

interface Worst {
  n: number;
  example: string;
}
const bump = (m: Map<string, Worst>, key: string, example: () => string): void => {
  const w = m.get(key);
  if (w) w.n++;
  else m.set(key, { n: 1, example: example() });
};
const worstLines = (m: ReadonlyMap<string, Worst>, n: number): string[] =>
  [...m]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, w]) => `      ${k} ×${w.n}  ${w.example}`);

function tokenSection(source: ProxySource, near: (id: string) => ReadonlySet<string>, show: number): void {
  const parts = { read: zero(), unread: zero() };
  const falsePositives = new Map<string, Worst>();
  const missed = new Map<string, Worst>();
  for (const l of source.listings) {
    const c = l.unread ? parts.unread : parts.read;
    const all = tagText({ title: l.title, description: l.description });
    const confident = all.filter((s) => s.confidence >= CONFIDENT_FROM);
    const ids = new Set(confident.map((s) => s.id));
    const seen = new Set(all.map((s) => s.id));
    const tokenIds = new Set(l.tokens.map((t) => resolveLabel(t)).filter((id): id is string => !!id));
    for (const s of confident) {
      c.confident++;
      const ok = tokenIds.has(s.id) || [...near(s.id)].some((id) => tokenIds.has(id));
      if (ok) c.consistent++;
      else if (!l.unread) bump(falsePositives, s.name, () => exampleOf(s, l));
    }
    const raw = `${l.title}\n${l.description}`;
    const padded = ` ${tokenize(raw)
      .map((t) => t.norm)
      .join(' ')} `;
    const done = new Set<string>();
    for (const token of l.tokens) {
      const id = resolveLabel(token);
      if (!id || done.has(id) || !namesOutright(padded, raw, token)) continue;
      done.add(id);
      c.named++;
      if (ids.has(id)) c.namedFound++;
      else if (!l.unread)
        bump(missed, seen.has(id) ? `${token} (below the cut)` : token, () => `"${l.title.slice(0, 90)}"`);
      if (seen.has(id)) c.namedSeen++;
    }
  }
  const { read, unread } = parts;
  console.log(
    `  ${source.name} (${source.what}): ${source.listings.length - source.listings.filter((l) => l.unread).length} read, ${source.listings.filter((l) => l.unread).length} unread listings`,
  );
  console.log(
    `    confident skills consistent with the tokens   read ${pct(read.consistent, read.confident)}  unread ${pct(unread.consistent, unread.confident)}  (${read.confident + unread.confident} confident skills, ${((read.confident + unread.confident) / Math.max(1, source.listings.length)).toFixed(2)} per listing)`,
  );
  console.log(
    `    tokens the text names outright, confident      read ${pct(read.namedFound, read.named)}  unread ${pct(unread.namedFound, unread.named)}  (found at any confidence: ${pct(read.namedSeen + unread.namedSeen, read.named + unread.named)} of ${read.named + unread.named})`,
  );
  console.log('    most frequent confident skills outside the tokens (read part), with an example:');
  for (const l of worstLines(falsePositives, show)) console.log(l);
  console.log('    most frequent named tokens not confident (read part):');
  for (const l of worstLines(missed, Math.ceil(show / 2))) console.log(l);
}

/** PeoplePerHour's top-level categories and the taxonomy categories a skill of theirs may be in. */
const PPH_FIELDS: Record<string, readonly string[]> = {
  writing: ['writing', 'translation', 'marketing-seo'],
  'software-development': ['software-dev', 'web-dev', 'mobile-dev', 'data-ai'],
  'web-development': ['web-dev', 'design-ux', 'software-dev', 'marketing-seo'],
  mobile: ['mobile-dev', 'software-dev', 'design-ux'],
  design: ['design-ux', 'video-audio', 'web-dev'],
  'marketing-pr': ['marketing-seo', 'writing', 'sales'],
  'social-media': ['marketing-seo', 'writing', 'design-ux', 'video-audio'],
  'search-marketing': ['marketing-seo', 'writing'],
  'business-support': ['business', 'admin-va', 'finance', 'legal', 'sales', 'writing'],
  admin: ['admin-va', 'writing', 'finance', 'data-ai'],
  'video-photo-audio': ['video-audio', 'design-ux'],
  translation: ['translation', 'writing'],
  tutorials: ['teaching', 'translation'],
  'creative-arts': ['design-ux', 'video-audio', 'lifestyle', 'writing'],
};

function titleSection(source: ProxySource, near: (id: string) => ReadonlySet<string>, show: number): void {
  const tax = taxonomy();
  let listings = 0;
  let covered = 0;
  let withSub = 0;
  let subFound = 0;
  let inFieldDen = 0;
  let inField = 0;
  const outside = new Map<string, Worst>();
  const subMissed = new Map<string, Worst>();
  for (const l of source.listings) {
    const [top = '', sub = ''] = (l.category ?? '').split('/');
    const fields = PPH_FIELDS[top];
    const confident = tagText({ title: l.title }).filter((s) => s.confidence >= CONFIDENT_FROM);
    listings++;
    if (confident.length) covered++;
    const subId = sub && sub !== 'other' ? resolveLabel(sub.replace(/-/g, ' ')) : undefined;
    if (subId) {
      withSub++;
      const ok = confident.some((s) => s.id === subId || near(s.id).has(subId));
      if (ok) subFound++;
      else if (!l.unread) bump(subMissed, `${sub} → ${tax.byId.get(subId)?.name}`, () => `"${l.title}"`);
    }
    if (!fields) continue;
    for (const s of confident) {
      inFieldDen++;
      if (fields.includes(tax.byId.get(s.id)?.category ?? '')) inField++;
      else if (!l.unread) bump(outside, `${s.name} (in ${top})`, () => `"${l.title}"`);
    }
  }
  console.log(`  ${source.name} (${source.what}): ${listings} titles`);
  console.log(
    `    titles with a confident skill ${pct(covered, listings)}; with the subcategory's skill (or one next to it) ${pct(subFound, withSub)} of ${withSub}; confident skills in the address's field ${pct(inField, inFieldDen)} of ${inFieldDen}`,
  );
  console.log('    most frequent subcategory skills missed (read part):');
  for (const l of worstLines(subMissed, show)) console.log(l);
  console.log("    most frequent confident skills outside the address's field (read part):");
  for (const l of worstLines(outside, Math.ceil(show / 2))) console.log(l);
}

export function proxySection(sources: readonly ProxySource[], show = 15): void {
  console.log(
    '\n4. PROXIES, not careful readers: marketplace tokens on thousands of listings (careful listings left out;',
  );
  console.log(
    '   "read" = the two thirds errors are read on, "unread" = the third only measured, by a hash)',
  );
  const near = neighbourhood();
  for (const source of sources) {
    if (source.listings.some((l) => l.tokens.length)) tokenSection(source, near, show);
    else titleSection(source, near, show);
  }
}
