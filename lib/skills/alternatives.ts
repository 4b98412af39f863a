/**
 * Tools named as alternatives: "Photoshop, Sketch or Figma", "Python or R", "Flask, Django or
 * the suitable framework", "(e.g., Branch.io, AppsFlyer, Adjust, or Firebase)". The job needs one
 * of them, not all: each is kept as a possibility (a weaker skill), never as several demands.
 *
 * A list is a run of skill mentions in one sentence separated only by commas, slashes and list
 * words; it is a list of alternatives when an "or" joins two of its items, or when "e.g.",
 * "such as", "like" or "including" introduces it. One pass over the mentions of a text.
 */
import type { Token } from './tokens';

export interface Mention {
  first: number;
  last: number;
}

/** Words that may stand between two items of a list. */
const GLUE = new Set([
  'and',
  'or',
  'e',
  'g',
  'i',
  'similar',
  'other',
  'etc',
  '/',
  '&',
  '+',
  'nor',
  'either',
  'any',
]);
const OR = new Set(['or', 'nor', 'either']);
/** Words just before a list that make its items examples ("tools such as …", "e.g. …"). */
const EXAMPLES = new Set(['e', 'g', 'such', 'like', 'including', 'include', 'example', 'eg']);

/** The mentions (sorted by position, not overlapping) that stand in a list of alternatives. */
export function alternativeMentions(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  text: string,
): Set<number> {
  const out = new Set<number>();
  let runStart = 0;
  let hasOr = false;
  const close = (end: number): void => {
    const first = mentions[runStart] as Mention;
    let intro = false;
    for (let k = Math.max(0, first.first - 3); k < first.first; k++) {
      const t = tokens[k] as Token;
      if (t.sentence === (tokens[first.first] as Token).sentence && EXAMPLES.has(t.norm)) intro = true;
    }
    // "Flask, Django or the suitable framework", "Bookly, Amelia, or similar": an "or" after the list.
    const last = mentions[end - 1] as Mention;
    const after = tokens[last.last];
    const trailingOr =
      after !== undefined && OR.has(after.norm) && after.sentence === (tokens[last.first] as Token).sentence;
    if (end - runStart >= 2 && (hasOr || intro || trailingOr))
      for (let k = runStart; k < end; k++) out.add(k);
  };
  for (let m = 1; m <= mentions.length; m++) {
    const prev = mentions[m - 1] as Mention;
    const cur = mentions[m];
    let joined = false;
    let or = false;
    if (cur && cur.first >= prev.last && cur.first - prev.last <= 3) {
      const a = tokens[prev.last - 1] as Token;
      const b = tokens[cur.first] as Token;
      joined = a.sentence === b.sentence;
      const gap = text.slice(a.end, b.start);
      // "Branch.io, AppsFlyer, Adjust, or Firebase": one item the taxonomy does not know, set off
      // by commas, still stands in the list.
      let unknown = 0;
      for (let g = prev.last; g < cur.first && joined; g++) {
        const t = tokens[g] as Token;
        if (OR.has(t.norm)) or = true;
        if (!GLUE.has(t.norm) && (++unknown > 1 || (gap.match(/,/g) ?? []).length < 2)) joined = false;
      }
      // Side by side with nothing between ("LinkedIn scraper") is one name, not a list;
      // a full stop or a semicolon ends the list.
      if (cur.first === prev.last && !/[,/|&(]/.test(gap)) joined = false;
      if (/[.;!?:]\s/.test(gap)) joined = false;
      if (/\bor\b/i.test(gap)) or = true;
    }
    if (joined) {
      hasOr ||= or;
      continue;
    }
    close(m);
    runStart = m;
    hasOr = false;
  }
  return out;
}
