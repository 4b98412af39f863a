/**
 * Finds alias occurrences in one piece of text: leftmost-longest over the token trie, then a
 * context check for ambiguous forms ("Go", "R", "Excel", "Access", "Swift").
 */
import { type AliasIndex, childNode, firstNode, type Hit } from './alias-index';
import type { Token } from './tokens';

export interface Match {
  entry: number;
  /** Token range [first, last) in the token array the match came from. */
  first: number;
  last: number;
  /** Through a form that is also an ordinary word, accepted by its context. */
  ambiguous: boolean;
}

/** How far (in tokens, each side) a context word or another skill may be from an ambiguous form. */
const CONTEXT_WINDOW = 8;

interface Pending {
  hit: Hit;
  first: number;
  last: number;
}

/** All accepted matches in `tokens`, in text order. */
export function findMatches(index: AliasIndex, tokens: readonly Token[], text: string): Match[] {
  const accepted: Match[] = [];
  const pending: Pending[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node = firstNode(index, (tokens[i] as Token).id);
    if (node < 0) {
      i++;
      continue;
    }
    let safeEnd = -1;
    let safeNode = -1;
    const ambiguousFrom = pending.length;
    for (let j = i; node >= 0; ) {
      if ((index.safeFrom[node + 1] as number) > (index.safeFrom[node] as number)) {
        safeEnd = j + 1;
        safeNode = node;
      }
      const ambiguousEnd = index.ambiguousFrom[node + 1] as number;
      for (let k = index.ambiguousFrom[node] as number; k < ambiguousEnd; k++)
        pending.push({ hit: index.ambiguousHits[k] as Hit, first: i, last: j + 1 });
      j++;
      node = j < tokens.length ? childNode(index.edges, node, (tokens[j] as Token).id) : -1;
    }
    // An ambiguous form inside a longer safe name ("Go" in "Go High Level") is not a candidate.
    for (let k = ambiguousFrom; k < pending.length; k++) {
      if ((pending[k] as Pending).last <= safeEnd) {
        pending.splice(k, 1);
        k--;
      }
    }
    if (safeNode >= 0) {
      const safeTo = index.safeFrom[safeNode + 1] as number;
      for (let k = index.safeFrom[safeNode] as number; k < safeTo; k++)
        accepted.push({ entry: index.safeEntries[k] as number, first: i, last: safeEnd, ambiguous: false });
      i = safeEnd;
    } else {
      i++;
    }
  }
  // Safe matches do not overlap and were found left to right: sorted by both ends.
  const safe = accepted.slice();
  for (const p of pending) {
    if (acceptAmbiguous(index, tokens, text, p, safe))
      accepted.push({ entry: p.hit.entry, first: p.first, last: p.last, ambiguous: true });
  }
  if (pending.length) accepted.sort((a, b) => a.first - b.first);
  return accepted;
}

function acceptAmbiguous(
  index: AliasIndex,
  tokens: readonly Token[],
  text: string,
  p: Pending,
  safe: readonly Match[],
): boolean {
  const form = p.hit.ambiguousForm as string;
  const firstTok = tokens[p.first] as Token;
  const lastTok = tokens[p.last - 1] as Token;
  const raw = text.slice(firstTok.start, lastTok.end);
  if (!caseFits(form, raw)) return false;
  // Part of a hyphenated word ("Ready-to-Go", "go-live", "C-level") it is not the skill.
  if (text[firstTok.start - 1] === '-' || text[lastTok.end] === '-') return false;
  // Glued to a following symbol other than "." or "/" it is another name ("R&D", "Go#").
  const next = tokens[p.last];
  if (next && next.start === lastTok.end && next.norm !== '.' && next.norm !== '/') return false;
  // After a number it is a count or a version ("a 250 word blog"), not the product.
  const prev = tokens[p.first - 1];
  if (prev && /^\d+$/.test(prev.norm)) return false;
  // "excel at", "blogging forum": the very next word, not one after a comma ("blogging, forum-…").
  const nextIsNextWord = next !== undefined && text.slice(lastTok.end, next.start).trim() === '';
  if (nextIsNextWord && index.notBefore.get(p.hit.entry)?.has(next.norm)) return false;
  const context = index.context.get(p.hit.entry);
  // No context words: the form is a skill wherever the checks above let it through
  // ("blogging", except "blogging forum").
  if (context?.size === 0) return true;
  const from = Math.max(0, p.first - CONTEXT_WINDOW);
  const to = Math.min(tokens.length, p.last + CONTEXT_WINDOW);
  if (context) {
    for (let k = from; k < to; k++) {
      if (k >= p.first && k < p.last) continue;
      if (context.has((tokens[k] as Token).norm)) return true;
    }
  }
  // In a list of other skills ("Go, Java, Python", "Redux and Express", "C/C++") it is a skill too.
  return inSkillList(index, tokens, text, p, safe);
}

/**
 * A form written with capitals must be written so: "Go" or "GO", never "go" ("go to"), "R" never
 * "r". Longer brand names need only their capital initial ("Linkedin", "Tiktok" are common).
 */
function caseFits(form: string, raw: string): boolean {
  if (form === form.toLowerCase() || raw === form || raw === form.toUpperCase()) return true;
  if (form.length <= 2) return false;
  const initial = raw[0] ?? '';
  return (
    initial === initial.toUpperCase() &&
    initial !== initial.toLowerCase() &&
    raw.toLowerCase() === form.toLowerCase()
  );
}

/** Words that may sit between two items of a list once commas are gone ("Redux and Express"). */
const LIST_GLUE = new Set(['and', 'or', '/', '&', '+', 'with', 'plu', 'e', 'g']);

function inSkillList(
  index: AliasIndex,
  tokens: readonly Token[],
  text: string,
  p: Pending,
  safe: readonly Match[],
): boolean {
  const from = Math.max(0, p.first - 3);
  for (let k = firstEndingAfter(safe, from); k < safe.length; k++) {
    const m = safe[k] as Match;
    if (m.first > p.last + 2) break;
    if (index.entries[m.entry]?.hidden || (m.last > p.first && m.first < p.last)) continue;
    const [gapFrom, gapTo] = m.last <= p.first ? [m.last, p.first] : [p.last, m.first];
    let glued = true;
    for (let g = gapFrom; g < gapTo; g++) if (!LIST_GLUE.has((tokens[g] as Token).norm)) glued = false;
    // A list does not run across a full stop: "…in CSS. Make changes" is not "CSS, Make".
    const gapText = text.slice((tokens[gapFrom - 1] as Token).end, (tokens[gapTo] as Token).start);
    // Side by side with nothing between ("LinkedIn scraper") is a compound, not a list.
    const separated = gapTo > gapFrom || /[,/&+|(\n•]/.test(gapText);
    if (glued && separated && !/[.!?;](?:\s|$)/.test(gapText)) return true;
  }
  return false;
}

/** Binary search: index of the first match whose end is after token `pos`. */
function firstEndingAfter(sorted: readonly Match[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Match).last > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
