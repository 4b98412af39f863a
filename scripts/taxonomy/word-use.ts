/**
 * How listings write a name: whether "Telegram" appears capitalised (a product) or "strategy" in
 * lower case (an ordinary word). An imported name is matched in free text only when it reads as
 * a name there; otherwise it only resolves as a marketplace label. Counted once over the corpus,
 * for the phrases asked about, in time linear in the text.
 */

export interface PhraseUse {
  /** Occurrences in any case. */
  total: number;
  /** Occurrences written exactly as the name is ("Telegram", "Zen Cart"). */
  exact: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.+#'-]*/gu;
const MAX_WORDS = 4;

export function phraseUse(corpus: readonly string[], phrases: Iterable<string>): Map<string, PhraseUse> {
  const wanted = new Map<string, Set<string>>();
  for (const p of phrases) {
    const words = p.match(WORD) ?? [];
    if (words.length === 0 || words.length > MAX_WORDS) continue;
    const key = words.join(' ').toLowerCase();
    const forms = wanted.get(key) ?? new Set<string>();
    forms.add(words.join(' '));
    wanted.set(key, forms);
  }
  const use = new Map<string, PhraseUse>();
  for (const text of corpus) {
    const words = text.match(WORD) ?? [];
    for (let i = 0; i < words.length; i++) {
      let raw = '';
      for (let n = 0; n < MAX_WORDS && i + n < words.length; n++) {
        raw = n === 0 ? (words[i] as string) : `${raw} ${words[i + n]}`;
        const key = raw.toLowerCase();
        const forms = wanted.get(key);
        if (!forms) continue;
        for (const form of forms) {
          const u = use.get(form) ?? { total: 0, exact: 0 };
          u.total++;
          if (raw === form) u.exact++;
          use.set(form, u);
        }
      }
    }
  }
  return use;
}

/**
 * True when running text writes a skill as a product's name ("Slack", "Salesforce", "Microsoft
 * Teams"), not as an activity ("customer support", "lead generation"): its most used form has a
 * capital and is written exactly so in most of at least three uses.
 */
export function writtenAsProduct(forms: readonly string[], use: ReadonlyMap<string, PhraseUse>): boolean {
  let best: PhraseUse | undefined;
  let bestForm = '';
  for (const form of forms) {
    const u = use.get(form);
    if (u && (!best || u.total > best.total)) {
      best = u;
      bestForm = form;
    }
  }
  return best !== undefined && best.total >= 3 && /\p{Lu}/u.test(bestForm) && best.exact / best.total >= 0.7;
}

/** Words that, alone or together, make a name too generic to find in free text ("Home Page", "Bug Reports"). */
const GENERIC = new Set(
  `a an and or the of for to in on with by &
  web website site page pages home app apps application applications mobile online digital custom
  design designs development develop developer service services solution solutions system systems
  software tool tools platform platforms project projects management manager support maintenance
  task tasks creation create improvement improvements enhancement implementation plan plans report reports
  bug bugs fix fixes issue issues error errors search engine general basic basics principles practices
  business company startup small large team teams industry knowledge skills skill strategy process
  data information content asset assets file files work job jobs analysis analytics research
  installer installation setup configuration integration testing test user users customer customers
  communication communications email emails phone call calls meeting meetings time new
  case cases study studies description descriptions letter letters cover profile profiles names
  slogans advice lessons other consultation videos`.split(/\s+/),
);

/**
 * True when an imported name can be looked for in listing text: a multi-word name with at least
 * one specific word, or a single word that listings write as a name (capitalised as here in most
 * of its uses), or that they never use as an ordinary word.
 */
export function readsAsName(name: string, use: PhraseUse | undefined): boolean {
  const words = name.match(WORD) ?? [];
  if (words.length === 0 || name.length < 3) return false;
  if (words.length > 1) return words.some((w) => !GENERIC.has(w.toLowerCase()));
  if (GENERIC.has(name.toLowerCase())) return false;
  // "iOS", "FFmpeg", "C++", "3ds": inner capitals, digits or symbols make a name.
  if (/[A-Z0-9+#.]/.test(name.slice(1))) return true;
  // A name printed in lower case ("addon") says nothing by its case.
  if (!/^[A-Z]/.test(name)) return false;
  // Rarely seen: a product name, unless it is built like an English word ("Commenting").
  if (!use || use.total < 3)
    return !/(?:ing|tion|sion|ment|ness|ity|ed|er|ers|al|ive|ics|ure|ance|ence)$/i.test(name);
  return use.exact / use.total >= 0.7;
}
