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

/** Words: letters and digits with the marks tech names use ("c++", "c#", "node.js", "3d"). */
const WORD = /[a-z0-9][a-z0-9+#.']*/g;

export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘`]/g, "'").matchAll(WORD)) {
    const word = m[0].replace(/[.']+$/, '').replace(/'s$/, '');
    if (word !== '') out.push(word);
  }
  return out;
}

const isNumber = (word: string): boolean => /^[\d.,+#']+[km]?$/.test(word);

/**
 * Distinct phrases of a text, in the order first met. A number breaks a phrase: "5 years" and
 * "$50 budget" are read by their own signals, and "years" alone stays a word.
 */
export function phrasesOf(text: string): string[] {
  const seen = new Set<string>();
  let previous: string | undefined;
  for (const word of words(text)) {
    if (isNumber(word)) {
      previous = undefined;
      continue;
    }
    if (!LITTLE.has(word)) seen.add(word);
    if (previous !== undefined && !(LITTLE.has(previous) && LITTLE.has(word)))
      seen.add(`${previous} ${word}`);
    previous = word;
  }
  return [...seen];
}
