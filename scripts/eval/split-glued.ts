/**
 * Upwork's feed export glues skill names together: "SeleniumPythonAutomationData Scraping".
 * Splits such a string into names by dynamic programming over the taxonomy's vocabulary
 * (names, aliases, marketplace labels), preferring the split that covers the most characters
 * with known names; stretches no name covers are cut at lower→upper case changes.
 */
import { aliasedTaxonomy } from '../../lib/skills/aliased-taxonomy';

let shipped: ((glued: string) => string[]) | undefined;

/** Splits against the shipped taxonomy's names, aliases and marketplace labels. */
export function splitGluedLabels(glued: string): string[] {
  if (!shipped) {
    const forms: string[] = [];
    for (const e of aliasedTaxonomy().entries) {
      if (!e.hidden) forms.push(e.name, ...e.aliases, ...(e.ambiguity?.forms ?? []));
    }
    shipped = createGluedSplitter(forms);
  }
  return shipped(glued);
}

/** Length of the unknown stretch starting at `i`: up to the next lower→upper change or the end. */
function unknownRun(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && !(/[a-z0-9)]/.test(s[j - 1] as string) && /[A-Z]/.test(s[j] as string))) j++;
  return j - i;
}

/** A splitter over `forms` (label-only forms may keep their leading "="). */
export function createGluedSplitter(forms: Iterable<string>): (glued: string) => string[] {
  const words = [...new Set([...forms].map((f) => f.replace(/^=/, '')))].filter((f) => f.length > 1);
  return (glued) => split(glued, words);
}

function split(glued: string, words: readonly string[]): string[] {
  const s = glued.trim();
  const n = s.length;
  // best[i]: [characters covered by known names, pieces] for the suffix starting at i.
  const best: { covered: number; pieces: number; next: number; known: boolean }[] = Array(n + 1);
  best[n] = { covered: 0, pieces: 0, next: n, known: true };
  for (let i = n - 1; i >= 0; i--) {
    // A space between two names ("Instagram API") belongs to neither.
    if (s[i] === ' ') {
      best[i] = { ...(best[i + 1] as { covered: number; pieces: number }), next: i + 1, known: true };
      continue;
    }
    const run = unknownRun(s, i);
    const after = best[i + run] as { covered: number; pieces: number };
    let choice = { covered: after.covered, pieces: after.pieces + 1, next: i + run, known: false };
    for (const w of words) {
      if (!s.startsWith(w, i)) continue;
      const end = i + w.length;
      // A name must end where a new one can start: at the end, a capital, or a space.
      if (end < n && !/[A-Z ]/.test(s[end] as string) && !/[a-z][A-Z]/.test(s.slice(end - 1, end + 1)))
        continue;
      const rest = best[end] as { covered: number; pieces: number };
      const cand = { covered: rest.covered + w.length, pieces: rest.pieces + 1, next: end, known: true };
      if (cand.covered > choice.covered || (cand.covered === choice.covered && cand.pieces < choice.pieces)) {
        choice = cand;
      }
    }
    best[i] = choice;
  }
  const out: string[] = [];
  for (let i = 0; i < n; ) {
    const step = best[i] as { next: number };
    const piece = s.slice(i, step.next).trim();
    if (piece) out.push(piece);
    i = step.next;
  }
  return out;
}
