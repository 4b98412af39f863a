/**
 * Tokeniser shared by the alias index and the tagger, so that an alias and the text it should
 * match are cut the same way ("Node.js", "node js" and "NodeJS" all become comparable).
 *
 * One pass over the characters, no regular expression per token: the tagger's cost must grow
 * with the text, not with the taxonomy, which holds thousands of skills.
 */
import { isLasting, textNormId } from './norm-ids';
import { stemWord } from './stem';

export interface Token {
  /** Lower-cased, stemmed form used for lookups. */
  norm: string;
  /** `norm`'s number (`norm-ids.ts`): what the alias trie is keyed by. */
  id: number;
  /** Offsets into the original string: `text.slice(start, end)` is what the page said. */
  start: number;
  end: number;
  /** Index of the sentence the token is in; rules only combine words of one sentence. */
  sentence: number;
}

enum Kind {
  Space = 0,
  Word = 1,
  Digit = 2,
  Other = 3,
}

/** The kind of every ASCII character, looked up rather than tested: the tokeniser asks for each one. */
const ASCII_KIND = new Uint8Array(128).fill(Kind.Other);
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = Kind.Word;
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = Kind.Word;
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = Kind.Digit;
for (const c of [32, 9, 10, 13]) ASCII_KIND[c] = Kind.Space;

const LETTER = /\p{L}/u;

function kindOf(code: number): Kind {
  if (code < 128) return ASCII_KIND[code] as Kind;
  if (code === 0xa0 || code === 0x2028 || code === 0x2029) return Kind.Space;
  // Letters of other scripts (Portuguese, Spanish, Cyrillic listings exist in the data):
  // one cheap test, only for non-ASCII characters.
  return LETTER.test(String.fromCharCode(code)) ? Kind.Word : Kind.Other;
}

/** Punctuation kept as a token when glued to a word: "C#", "C++", ".NET", "CI/CD", "R&D". */
function isGluePunct(code: number): boolean {
  return (
    code === 35 /* # */ || code === 43 /* + */ || code === 46 /* . */ || code === 47 /* / */ || code === 38
  ); /* & */
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2022 /* • */ || c === 124 /* | */)
    return true;
  if (c === 46 /* . */ || c === 59 /* ; */) {
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || kindOf(next) === Kind.Space;
  }
  return false;
}

/** Skips a URL or an e-mail address starting at `i`; returns the index after it, or `i`. */
function skipLink(text: string, i: number): number {
  const first = text.charCodeAt(i) | 32;
  // Only words starting with "h" or "w" can be a scheme or "www."; slicing every word would cost.
  const head = first === 104 || first === 119 ? text.slice(i, i + 8).toLowerCase() : '';
  let isLink = head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.');
  if (!isLink) {
    // A bare "site.com/path" is a link; a bare "Make.com" is a product name, so a path is required.
    let j = i;
    let sawDot = false;
    while (j < text.length && kindOf(text.charCodeAt(j)) !== Kind.Space) {
      const c = text.charCodeAt(j);
      if (c === 64 /* @ */ && j > i) return skipToSpace(text, i);
      if (c === 46) sawDot = true;
      if (c === 47 && sawDot && text.charCodeAt(j + 1) !== 47) {
        isLink = text.charCodeAt(j - 1) !== 46 && kindOf(text.charCodeAt(j + 1)) !== Kind.Space;
        break;
      }
      j++;
    }
  }
  return isLink ? skipToSpace(text, i) : i;
}

function skipToSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && kindOf(text.charCodeAt(j)) !== Kind.Space) j++;
  return j;
}

/**
 * Cuts `text` into tokens. Letters and digits are separate runs ("HTML5" → html, 5), so that
 * "HTML 5", "HTML-5" and "HTML5" compare equal; hyphens and other punctuation separate words;
 * `# + . / &` are kept as one-character tokens when glued to a word. URLs and e-mail addresses
 * are skipped: a path such as "/react-dashboard/" is not a skill the client asked for.
 */
export function tokenize(text: string, sentenceBase = 0): Token[] {
  const out: Token[] = [];
  scan(text, sentenceBase, (norm, id, start, end, sentence) => {
    out.push({ norm, id, start, end, sentence });
  });
  return out;
}

/**
 * The normalised tokens alone: what the alias index and the label map need of the thousands of
 * aliases they compile, without a token object each (the worker's cold start is mostly garbage).
 */
export function normTokens(text: string): string[] {
  const out: string[] = [];
  scan(text, 0, (norm) => {
    out.push(norm);
  });
  return out;
}

type Emit = (norm: string, id: number, start: number, end: number, sentence: number) => void;

/** The one pass both share: each token handed to `emit` in text order. */
function scan(text: string, sentenceBase: number, emit: Emit): void {
  let sentence = sentenceBase;
  // Lower-case once, not per token; only when that keeps offsets (a few letters grow, e.g. "İ").
  const lower = text.toLowerCase();
  const lowered = lower.length === text.length ? lower : undefined;
  let i = 0;
  let atWordStart = true;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === Kind.Space) {
      if (code === 10) sentence++;
      atWordStart = true;
      i++;
      continue;
    }
    const isRun = kind === Kind.Word || kind === Kind.Digit;
    let j = i + 1;
    if (isRun) while (j < n && kindOf(text.charCodeAt(j)) === kind) j++;
    if (atWordStart) {
      // A link needs "@", "/" or "://" inside its chunk: a word that a space or the end follows
      // is none, and is not scanned a second time for one (most words of every listing).
      const plainWord = isRun && (j >= n || kindOf(text.charCodeAt(j)) === Kind.Space);
      const after = plainWord ? i : skipLink(text, i);
      if (after !== i) {
        i = after;
        continue;
      }
      atWordStart = false;
    }
    if (isRun) {
      // "client's" → "client": the possessive is noise for skill names.
      if (kind === Kind.Word && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019)) {
        const k = j + 1;
        if (k < n && (text.charCodeAt(k) | 32) === 115 && kindOf(text.charCodeAt(k + 1)) !== Kind.Word) {
          const word = wordNorm(text, lowered, i, j);
          emit(word.norm, word.id, i, j, sentence);
          i = k + 1;
          continue;
        }
      }
      const word = wordNorm(text, lowered, i, j);
      emit(word.norm, word.id, i, j, sentence);
      i = j;
      continue;
    }
    if (isSentenceEnd(text, i)) {
      sentence++;
      i++;
      continue;
    }
    if (isGluePunct(code)) {
      const prev = i > 0 ? kindOf(text.charCodeAt(i - 1)) : Kind.Space;
      const next = i + 1 < n ? kindOf(text.charCodeAt(i + 1)) : Kind.Space;
      const glued = prev === Kind.Word || prev === Kind.Digit || next === Kind.Word || next === Kind.Digit;
      // "C++": the second "+" follows a "+", still glued to the word.
      const chained = (code === 43 || code === 35) && i > 0 && text.charCodeAt(i - 1) === code;
      if (glued || chained) {
        const mark = text[i] as string;
        emit(mark, textNormId(mark), i, i + 1, sentence);
      }
    }
    i++;
  }
}

interface WordNorm {
  norm: string;
  id: number;
}

/** Each word of page text as written (lower-cased) → its stem and the stem's number. */
const words = new Map<string, WordNorm>();
const WORDS_LIMIT = 50_000;

function wordNorm(text: string, lowered: string | undefined, start: number, end: number): WordNorm {
  const word = lowered ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
  const known = words.get(word);
  if (known) return known;
  const norm = stemWord(word);
  const out = { norm, id: textNormId(norm) };
  // A word without a lasting number is asked again next time: an alias may give it one.
  if (words.size < WORDS_LIMIT && isLasting(out.id)) words.set(word, out);
  return out;
}

/** The normalised token sequence of an alias or label, joined with spaces: the index key. */
export function normKey(text: string): string {
  return normTokens(text).join(' ');
}
