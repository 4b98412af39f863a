/**
 * A deliberately small stemmer: plural, "-ing", "-ed" and a final "e" are removed so that
 * "landing pages" meets "landing page", "designing" meets "design" and "coding" meets "code".
 * It only has to be consistent, not linguistically right, because aliases and page text go
 * through the same function. Words where the stem would merge two skills stay whole.
 */
const KEEP = new Set([
  // "marketing" must not become "market" (market research), nor "string" a "str".
  'marketing',
  // Nor "accounting" an Instagram "account", "branding" any "brand", "hosting" a meeting "host".
  'accounting',
  'branding',
  'hosting',
  // "gaming" (the industry) is not "game" (game development).
  'gaming',
  'listing',
  'shipping',
  // Six-letter "-ing" words that are not a verb form, or whose stem is another word ("type").
  'string',
  'spring',
  'typing',
  // An alias in "-ing" whose stem is an everyday word: "budget", "blog", "ticket", "script".
  'budgeting',
  'blogging',
  'ticketing',
  'scripting',
  'interpreting',
  'drafting',
  'naming',
  'something',
  'nothing',
  'everything',
  'anything',
  'during',
  'morning',
  'evening',
  'being',
  'using',
  'wedding',
  'speed',
  'need',
  'embed',
  'feed',
  'seed',
  'hundred',
  // "HTTPS" is not the plural of "HTTP".
  'https',
]);

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  if (word.length <= 3) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const out = computeStem(word);
  if (cache.size < CACHE_LIMIT) cache.set(word, out);
  return out;
}

/** `stem` without its cache, for a caller that keeps its own (the tokeniser's, by word). */
export function stemWord(word: string): string {
  return word.length <= 3 ? word : computeStem(word);
}

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

function computeStem(word: string): string {
  if (KEEP.has(word) || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length >= 6 && w.endsWith('ing') && !KEEP.has(w)) w = undouble(w.slice(0, -3));
  else if (w.length >= 6 && w.endsWith('ed') && !KEEP.has(w) && !w.endsWith('eed'))
    w = undouble(w.slice(0, -2));
  if (w.length >= 4 && w.endsWith('e') && !isVowel(w[w.length - 2])) w = w.slice(0, -1);
  return w;
}

/** "mapping" → "mapp" → "map"; "installing" keeps its "ll" so it still meets "install". */
function undouble(w: string): string {
  const last = w[w.length - 1];
  if (
    w.length > 3 &&
    last === w[w.length - 2] &&
    last !== 'l' &&
    last !== 's' &&
    last !== 'z' &&
    !isVowel(last)
  ) {
    return w.slice(0, -1);
  }
  return w;
}
