/**
 * The words and two-word phrases of a listing, as the model's vocabulary counts them: lower case,
 * numbers dropped (years and amounts have their own signals), and no phrase made only of little
 * words ("of the"). Each phrase counts once per listing, however often it is written.
 */

/** Little words: no weight of their own, but kept inside phrases ("no experience", "a simple"). */
const LITTLE = new Set(
  (
    'a an the and or but of to in on for with at by from as is are be been was were it its this that these those ' +
    'i we you he she they me us my our your their them will would can could should shall may might must do does ' +
    'did have has had am if so than then there here what which who whom when where how all any each some such ' +
    'into about over under up out also just more most very not no'
  ).split(' '),
);

/** Whether a word is one of the little words ("of", "the", "no"). */
export const isLittleWord = (word: string): boolean => LITTLE.has(word);

const PLUS = 0x2b;
const HASH = 0x23;
const DOT = 0x2e;
const APOSTROPHE = 0x27;
const S = 0x73;
const RIGHT_QUOTE = 0x2019;
const LEFT_QUOTE = 0x2018;
const BACKTICK = 0x60;

const isAlphanumeric = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isApostrophe = (c: number): boolean =>
  c === APOSTROPHE || c === RIGHT_QUOTE || c === LEFT_QUOTE || c === BACKTICK;

/**
 * Words: letters and digits with the marks tech names use ("c++", "c#", "node.js", "3d"), curly
 * quotes and backticks read as apostrophes, trailing dots and apostrophes and a final "'s" cut.
 * One pass over the characters: the model reads every listing's words, and a regular
 * expression with two replaces per word was a tenth of its time.
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isAlphanumeric(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    let curly = false;
    for (; j < n; j++) {
      const c = lower.charCodeAt(j);
      if (isAlphanumeric(c) || c === PLUS || c === HASH || c === DOT || c === APOSTROPHE) continue;
      if (c !== RIGHT_QUOTE && c !== LEFT_QUOTE && c !== BACKTICK) break;
      curly = true;
    }
    let end = j;
    while (end > i && (lower.charCodeAt(end - 1) === DOT || isApostrophe(lower.charCodeAt(end - 1)))) end--;
    if (end - i > 2 && lower.charCodeAt(end - 1) === S && isApostrophe(lower.charCodeAt(end - 2))) end -= 2;
    const word = lower.slice(i, end);
    out.push(curly ? word.replace(/[’‘`]/g, "'") : word);
    i = j;
  }
  return out;
}

/** "5", "1,500", "10k", "3+": a word made of digits and their marks. A word starting with a letter never is. */
const isNumber = (word: string): boolean => {
  const first = word.charCodeAt(0);
  return !(first >= 97 && first <= 122) && /^[\d.,+#']+[km]?$/.test(word);
};

/**
 * Distinct phrases of a text, in the order first met. A number breaks a phrase: "5 years" and
 * "$50 budget" are read by their own signals, and "years" alone stays a word.
 */
export function phrasesOf(text: string): string[] {
  return phrasesOfWords(words(text));
}

/**
 * `phrasesOf` for words already read (`words(text)`). Given the model's vocabulary, only its
 * phrases: a two-word phrase outside it is never even joined (most are, and joining them was most
 * of the time this took).
 */
export function phrasesOfWords(read: readonly string[], vocabulary?: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  const pairs = vocabulary && pairsOf(vocabulary);
  let previous: string | undefined;
  for (const word of read) {
    if (isNumber(word)) {
      previous = undefined;
      continue;
    }
    if (!LITTLE.has(word) && (!vocabulary || vocabulary.has(word))) seen.add(word);
    if (previous !== undefined && !(LITTLE.has(previous) && LITTLE.has(word)))
      if (!pairs || pairs.get(previous)?.has(word)) seen.add(`${previous} ${word}`);
    previous = word;
  }
  return [...seen];
}

/** A vocabulary's two-word phrases by their first word, worked out once per vocabulary. */
const pairsByVocabulary = new WeakMap<ReadonlySet<string>, Map<string, Set<string>>>();

function pairsOf(vocabulary: ReadonlySet<string>): Map<string, Set<string>> {
  let pairs = pairsByVocabulary.get(vocabulary);
  if (!pairs) {
    pairs = new Map();
    for (const phrase of vocabulary) {
      const space = phrase.indexOf(' ');
      if (space < 0) continue;
      const first = phrase.slice(0, space);
      const seconds = pairs.get(first) ?? new Set<string>();
      seconds.add(phrase.slice(space + 1));
      pairs.set(first, seconds);
    }
    pairsByVocabulary.set(vocabulary, pairs);
  }
  return pairs;
}
