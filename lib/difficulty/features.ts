/**
 * What the difficulty model reads of a listing: the facts (pay and its kind, duration, hours,
 * years asked, cues in the wording, the skills and how advanced each is, proposals, client
 * spend, the phrases) and the numbers the model weighs, one per feature name. The same code
 * runs when the model is fitted (scripts/difficulty) and in the extension, so the two never
 * read a listing differently.
 *
 * Every feature is 0 when its fact is unknown: a listing that shows no client, no pay or no
 * description loses that evidence without being pushed either way by the gap.
 */
import { HOURS_PER, usdValue } from '../core/money';
import { getSkill, type Skill } from '../skills';
import { CUE_NAMES, type CueName, findCues, leadAskedFor, productCopied, yearsAsked } from './cues';
import { phrasesOfWords, words } from './phrases';
import { readTerms, termsInDescription } from './terms';
import type { DifficultyInput, Terms } from './types';

export interface Facts {
  terms: Terms;
  /** The middle of the hourly range (a salary's hourly equivalent), or the fixed amount, in US dollars. */
  hourlyRate?: number;
  /** The top of the hourly range, in US dollars. */
  hourlyCeiling?: number;
  fixedAmount?: number;
  years?: number;
  cues: Partial<Record<CueName, string>>;
  /**
   * A named product asked to be copied ("a sports website like dream11"): not weighed by the
   * model, too rare in its rows to learn from (19 of 6,644), but it holds a beginner score back.
   */
  productCopied?: string;
  /**
   * A lead role the title asks for ("Lead Developer for …", "CTO Needed"): the model weighs the
   * lead cue of the whole text, not this apart, but it holds a beginner score back.
   */
  leadInTitle?: string;
  /** Tagged skills the taxonomy knows, each with its `beginner` hint (0 hard … 1 easy). */
  skills: Skill[];
  proposals?: number;
  spent?: number;
  /** Distinct phrases of title and description. */
  phrases: string[];
  /** Words in the description: how much text there was to judge. */
  descriptionWords: number;
}

/** Taxonomy `beginner` hint: at or below, a skill takes years of background; at or above, weeks. */
export const ADVANCED_UP_TO = 0.25;
export const FRIENDLY_FROM = 0.75;

const clamp = (x: number, low: number, high: number): number => Math.min(high, Math.max(low, x));
const finite = (x: number | undefined): number | undefined =>
  x !== undefined && Number.isFinite(x) && x >= 0 ? x : undefined;

function knownSkills(ids: readonly string[]): Skill[] {
  const out: Skill[] = [];
  for (const id of new Set(ids)) {
    const skill = getSkill(id);
    if (skill) out.push(skill);
  }
  return out;
}

function middle(range: { min?: number; max?: number } | undefined): number | undefined {
  const low = finite(range?.min);
  const high = finite(range?.max);
  if (low === undefined && high === undefined) return undefined;
  return ((low ?? high ?? 0) + (high ?? low ?? 0)) / 2;
}

/**
 * The pay the model weighs, in US dollars: an hourly rate (a salary as its hourly equivalent,
 * 40 hours a week) or a fixed price. A currency with no known rate leaves the pay unknown.
 */
function dollarsOf(terms: Terms): Pick<Facts, 'hourlyRate' | 'hourlyCeiling' | 'fixedAmount'> {
  const usd = (amount: number | undefined) =>
    amount === undefined || !terms.currency ? undefined : finite(usdValue(amount, terms.currency));
  if (terms.kind === 'salary' && terms.salary) {
    const { per } = terms.salary;
    const rate = usd(middle(terms.salary));
    return rate === undefined ? {} : { hourlyRate: rate / HOURS_PER[per] };
  }
  if (terms.kind !== 'fixed') {
    const rate = usd(middle(terms.hourly));
    const ceiling = usd(terms.hourly?.max);
    if (rate !== undefined)
      return { hourlyRate: rate, ...(ceiling !== undefined ? { hourlyCeiling: ceiling } : {}) };
  }
  const fixed = usd(finite(terms.fixed));
  return fixed === undefined ? {} : { fixedAmount: fixed };
}

/** The facts of a listing; with `vocabulary`, its phrases only those the model weighs. */
export function factsOf(input: DifficultyInput, vocabulary?: ReadonlySet<string>): Facts {
  const text = `${input.title}\n${input.description ?? ''}`;
  const titleWords = words(input.title);
  const descriptionWords = words(input.description ?? '');
  // With no budget of its own, a listing may still print its terms in the text (Upwork's RSS).
  const printed =
    input.budget || input.budgetText ? input.budgetText : termsInDescription(input.description ?? '');
  const terms = readTerms(input.budget, printed, input.platform);
  const skills = knownSkills(input.skills ?? []);
  const pay = dollarsOf(terms);
  const years = yearsAsked(text);
  const oneLine = text.replace(/\s+/g, ' ');
  const copied = productCopied(oneLine);
  const lead = leadAskedFor(input.title);
  const proposals = finite(input.proposals?.min);
  const spent = finite(input.client?.spent);
  return {
    terms,
    ...pay,
    ...(years !== undefined ? { years } : {}),
    cues: findCues(oneLine),
    ...(copied !== undefined ? { productCopied: copied } : {}),
    ...(lead !== undefined ? { leadInTitle: lead } : {}),
    skills,
    ...(proposals !== undefined ? { proposals } : {}),
    ...(spent !== undefined ? { spent } : {}),
    // The title's words and the description's are the text's words: each read once.
    phrases: phrasesOfWords([...titleWords, ...descriptionWords], vocabulary),
    descriptionWords: descriptionWords.length,
  };
}

type Read = (f: Facts) => number;

/** The mean of the skills' `beginner` hints: 0 every skill takes years, 1 every one takes weeks. */
export const meanHint = (skills: readonly Skill[]): number =>
  skills.reduce((sum, s) => sum + s.beginner, 0) / Math.max(1, skills.length);

/** Upper ends of the price bands: hourly midpoints up to $10, $20, $35, $60, above; fixed prices alike. */
export const HOURLY_BANDS = [10, 20, 35, 60] as const;
export const FIXED_BANDS = [50, 150, 500, 1500, 5000] as const;

/** `pay.hourlyUpTo10`, `pay.hourlyUpTo20`, …, `pay.hourlyOver60`: 1 for the band the amount falls in. */
function bands(prefix: string, ends: readonly number[], amount: (f: Facts) => number | undefined) {
  return [...ends, Number.POSITIVE_INFINITY].map((end, i): readonly [string, Read] => {
    const start = i === 0 ? Number.NEGATIVE_INFINITY : (ends[i - 1] ?? 0);
    const name = Number.isFinite(end) ? `${prefix}UpTo${end}` : `${prefix}Over${ends.at(-1)}`;
    return [
      name,
      (f) => {
        const a = amount(f);
        return a !== undefined && a > start && a <= end ? 1 : 0;
      },
    ];
  });
}

/**
 * The numeric features, by name. Names are grouped by what they are about (the part before the
 * dot): the reasons speak of a group, not of a single number.
 */
const DENSE: readonly (readonly [string, Read])[] = [
  // One bin per price band (one-hot), and the log of the amount within: a doubling weighs the same anywhere.
  ...bands('pay.hourly', HOURLY_BANDS, (f) => f.hourlyRate),
  // "Hourly" or "Fixed-price" with no amount; an amount in a currency we hold no rate for is not this.
  ['pay.hourlyUnknown', (f) => (f.terms.kind === 'hourly' && f.terms.hourly === undefined ? 1 : 0)],
  ['pay.hourlyRate', (f) => (f.hourlyRate ? clamp(Math.log(f.hourlyRate / 25), -2, 2) : 0)],
  [
    'pay.hourlyCeiling',
    (f) => (f.hourlyRate && f.hourlyCeiling ? clamp(Math.log(f.hourlyCeiling / 35), -2, 2) : 0),
  ],
  ...bands('pay.fixed', FIXED_BANDS, (f) => f.fixedAmount),
  ['pay.fixedUnknown', (f) => (f.terms.kind === 'fixed' && f.terms.fixed === undefined ? 1 : 0)],
  ['pay.fixedAmount', (f) => (f.fixedAmount ? clamp(Math.log(f.fixedAmount / 300), -4, 4) : 0)],
  ['time.underAMonth', (f) => (f.terms.months?.max !== undefined && f.terms.months.max <= 1 ? 1 : 0)],
  ['time.sixMonthsPlus', (f) => (f.terms.months && f.terms.months.min >= 6 ? 1 : 0)],
  ['time.fullTime', (f) => (f.terms.fullTime === true ? 1 : 0)],
  ['time.partTime', (f) => (f.terms.fullTime === false ? 1 : 0)],
  ['years.threePlus', (f) => (f.years !== undefined && f.years >= 3 ? 1 : 0)],
  ['years.fivePlus', (f) => (f.years !== undefined && f.years >= 5 ? 1 : 0)],
  ...CUE_NAMES.map((name): readonly [string, Read] => [
    `cue.${name}`,
    (f) => (f.cues[name] !== undefined ? 1 : 0),
  ]),
  ['skills.advanced', (f) => Math.min(3, f.skills.filter((s) => s.beginner <= ADVANCED_UP_TO).length)],
  ['skills.friendly', (f) => Math.min(3, f.skills.filter((s) => s.beginner >= FRIENDLY_FROM).length)],
  // How easy the skills are on average, whatever their number. No feature counts the skills a page
  // lists: 77% of job pages list 7 or more, 16% of search tiles, so such a count measured the kind
  // of page more than the job, and a file scored by a model fitted on the other did worse with it.
  ['skills.hint', (f) => (f.skills.length > 0 ? meanHint(f.skills) - 0.5 : 0)],
  [
    'market.proposals',
    (f) => (f.proposals !== undefined ? clamp(Math.log1p(f.proposals) - Math.log(11), -3, 2) : 0),
  ],
  ['market.spent', (f) => (f.spent ? clamp(Math.log10(f.spent) - 3, -2, 3) : 0)],
  ['market.newClient', (f) => (f.spent === 0 ? 1 : 0)],
];

export const DENSE_FEATURES: readonly string[] = DENSE.map(([name]) => name);

/** The prefix that marks a phrase feature: `w:senior developer`. */
export const PHRASE = 'w:';

export interface FeatureOptions {
  /** Only these phrases are features (the fitted vocabulary); all phrases when absent. */
  vocabulary?: ReadonlySet<string>;
}

/** Feature name → value, zeros left out. Phrases count 1 each, whatever the text's length. */
export function featuresOf(facts: Facts, options: FeatureOptions = {}): Map<string, number> {
  const x = new Map<string, number>();
  for (const [name, read] of DENSE) {
    const value = read(facts);
    if (value !== 0 && Number.isFinite(value)) x.set(name, value);
  }
  for (const phrase of facts.phrases) {
    if (!options.vocabulary || options.vocabulary.has(phrase)) x.set(PHRASE + phrase, 1);
  }
  return x;
}
