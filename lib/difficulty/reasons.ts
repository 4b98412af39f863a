/**
 * The model's largest contributions, worded for a person: features about one thing are summed
 * and said once ("pays $15 fixed", "6+ months, 30+ hrs/week", "asks for 5+ years"), a phrase
 * the model weighs is quoted ("wording of harder jobs: 'saas', 'web app'"), and a phrase
 * inside a cue the model also weighs is folded into that cue. Only features the model weighs
 * in this listing become reasons.
 */
import { formatMoney, formatMoneyCompact, formatMoneyRange } from '../core/format';
import { type MessageKey, plural, t } from '../core/i18n';
import type { PayPeriod } from '../core/model';
import type { CueName } from './cues';
import { ADVANCED_UP_TO, type Facts, FRIENDLY_FROM, PHRASE } from './features';
import type { FeatureContribution } from './model';
import { isLittleWord } from './phrases';
import type { DifficultyInput } from './types';

/** One reason and the part of the linear score behind it (positive = harder). */
export interface Weighed {
  weight: number;
  reason: string;
  /** What it is about: `pay`, `time`, `years`, `cue.senior`, `skills.friendly`, `market.spent`, `words`. */
  group: string;
}

/** "$1,127": Upwork prints what a client spent in US dollars. */
const dollars = (n: number): string => formatMoney(Math.round(n), 'USD');

const SALARY_WORDS: Record<PayPeriod, MessageKey> = {
  day: 'reasonPaysDaily',
  week: 'reasonPaysWeekly',
  month: 'reasonPaysMonthly',
  year: 'reasonPaysYearly',
};

/** "$15–$30", "₹12,500": the amounts as the listing prints them, in its own currency, whole. */
const printed = (low: number, high: number, currency: string): string =>
  formatMoneyRange(Math.round(low), Math.round(high), currency);

function payReason({ terms, hourlyRate, fixedAmount }: Facts): string {
  const bid = terms.averageBid === true;
  const currency = terms.currency ?? 'USD';
  if (terms.salary && hourlyRate !== undefined) {
    const { min, max, per } = terms.salary;
    return t(SALARY_WORDS[per], printed(min, max, currency));
  }
  if (hourlyRate !== undefined) {
    const low = terms.hourly?.min ?? terms.hourly?.max ?? 0;
    const high = terms.hourly?.max ?? low;
    return t(bid ? 'reasonBidsHourly' : 'reasonPaysHourly', printed(low, high, currency));
  }
  if (fixedAmount !== undefined) {
    const amount = terms.fixed ?? 0;
    const key = bid ? 'reasonBidsFixed' : terms.gigPrice ? 'reasonGigPrice' : 'reasonPaysFixed';
    return t(key, printed(amount, amount, currency));
  }
  return t(terms.kind === 'hourly' ? 'reasonHourlyNoRate' : 'reasonFixedNoAmount');
}

const TIME_WORDS: Record<string, MessageKey> = {
  'time.underAMonth': 'reasonUnderAMonth',
  'time.sixMonthsPlus': 'reasonSixMonthsPlus',
  'time.fullTime': 'reasonFullTime',
  'time.partTime': 'reasonPartTime',
};

/**
 * Each cue's wording; every message is given the words the listing used, and those that quote
 * them show them in quotes (they stay in the listing's language).
 */
const CUE_REASONS: Record<CueName, MessageKey> = {
  senior: 'reasonAsksFor',
  lead: 'reasonAsksForA',
  architecture: 'reasonArchitecture',
  scale: 'reasonScale',
  production: 'reasonProduction',
  complex: 'reasonClientCalls',
  expert: 'reasonAsksFor',
  notForBeginners: 'reasonNotForBeginners',
  beginnersWelcome: 'reasonBeginnersWelcome',
  training: 'reasonTraining',
  simple: 'reasonClientCalls',
  smallTask: 'reasonClientCallsA',
  provenExperience: 'reasonAsksFor',
  wholeProduct: 'reasonWholeProduct',
  smallDeliverable: 'reasonSmallDeliverable',
};

export function cueReason(cue: CueName, matched: string): string {
  // "simple", not "a simple landing page": the word that makes it simple.
  const words =
    cue === 'simple' ? (matched.match(/simple|easy|straightforward|basic/)?.[0] ?? matched) : matched;
  return t(CUE_REASONS[cue], words);
}

const names = (list: readonly { name: string }[]): string =>
  list
    .slice(0, 2)
    .map((s) => s.name)
    .join(', ') + (list.length > 2 ? '…' : '');

function proposalsReason(input: DifficultyInput): string {
  const min = input.proposals?.min ?? 0;
  const max = input.proposals?.max;
  // Upwork prints a range ("10 to 15", "Less than 5"); Freelancer and Guru an exact count.
  if (max !== undefined && min === 0) return plural('reasonFewerProposals', max + 1);
  if (max === min) return plural('reasonProposalsExact', min);
  return max === undefined ? t('reasonProposalsAtLeast', min) : t('reasonProposalsRange', min, max);
}

function spentReason(spent: number | undefined): string {
  if (spent === 0) return t('reasonNewClient');
  const amount = spent ?? 0;
  return amount >= 1000
    ? t('reasonClientSpentAtLeast', formatMoneyCompact(Math.floor(amount / 1000) * 1000, 'USD'))
    : t('reasonClientSpent', dollars(amount));
}

/** The group a feature's contribution is said under, and how that group is worded. */
function groupOf(feature: string): string {
  if (feature.startsWith(PHRASE)) return 'words';
  const [kind] = feature.split('.');
  if (kind === 'pay' || kind === 'time' || kind === 'years') return kind;
  return feature;
}

/** "skills mostly on the harder side: Kubernetes, Rust": the two hardest (or easiest) named first. */
function hintReason(facts: Facts, harder: boolean): string {
  const sorted = [...facts.skills].sort((a, b) =>
    harder ? a.beginner - b.beginner : b.beginner - a.beginner,
  );
  return t(harder ? 'reasonHarderSkills' : 'reasonEasierSkills', names(sorted));
}

function wordGroup(
  group: string,
  features: readonly string[],
  facts: Facts,
  input: DifficultyInput,
  harder: boolean,
): string {
  if (group === 'pay') return payReason(facts);
  if (group === 'time')
    return features
      .flatMap((f) => {
        const key = TIME_WORDS[f];
        return key ? [t(key)] : [];
      })
      .join(', ');
  if (group === 'years') return t('reasonYears', facts.years ?? 0);
  if (group.startsWith('cue.')) {
    const cue = group.slice(4) as CueName;
    return cueReason(cue, facts.cues[cue] ?? '');
  }
  if (group === 'skills.advanced')
    return t('reasonAdvancedSkills', names(facts.skills.filter((s) => s.beginner <= ADVANCED_UP_TO)));
  if (group === 'skills.friendly')
    return t('reasonFriendlySkills', names(facts.skills.filter((s) => s.beginner >= FRIENDLY_FROM)));
  if (group === 'skills.hint') return hintReason(facts, harder);
  if (group === 'market.proposals') return proposalsReason(input);
  return spentReason(facts.spent);
}

/** Phrases weaker than this are summed into their group but not quoted: too slight to name. */
const QUOTE_FROM = 0.04;

/**
 * Words of the asking itself ("needed", "please", "apply", "the project", "requirements") and
 * halves of a name ("full", "end" of "full stack", "front end"): the model weighs them, but
 * "wording of harder jobs: 'please'" tells a person nothing about the work. A phrase of these and
 * little words only is summed into its group and not quoted; the words that name the work (a
 * field, a tool, a role, a deliverable, "expertise in") are.
 */
const SAYS_NOTHING = new Set(
  (
    'need needed needs seeking seek looking please apply want wants ideal assist help project projects ' +
    'requirements required skills skill experience work use new one full end front specific related ' +
    'various individual someone information set important highly detail while only effectively ' +
    'features collaborate account issues build develop strong well interested responsibilities key hire ' +
    'receive preferred ' +
    // Whom the client asks for, not what (stop 34): across the 6,719 labelled listings "developer"
    // was quoted as harder wording 1,636 times and "development" as easier 1,497, "developer to"
    // 398, "proficiency in" 113; next to each other they read as a contradiction.
    "developer developers development dev you you're you've experienced skilled proficiency solutions stack"
  ).split(' '),
);

/** Whether quoting the phrase says something about the work. */
const namesTheWork = (phrase: string): boolean =>
  phrase.split(' ').some((word) => !isLittleWord(word) && !SAYS_NOTHING.has(word));

/** One phrase inside the other, word for word ("developer" in "developer to"). */
const overlaps = (a: string, b: string): boolean =>
  ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);

/**
 * "wording of harder jobs: 'senior', 'web app'": the phrases that weigh most, a phrase inside one
 * already quoted not repeated, nor one overlapping a phrase the other group quotes (`avoid`):
 * "harder: 'developer'" beside "easier: 'developer to'" reads as a contradiction.
 */
function quotePhrases(
  phrases: readonly FeatureContribution[],
  harder: boolean,
  avoid: readonly string[] = [],
): { reason: string; quoted: string[] } {
  const quoted: string[] = [];
  const strongest = [...phrases].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  for (const { feature, contribution } of strongest) {
    if (Math.abs(contribution) < QUOTE_FROM || quoted.length === 3) break;
    const phrase = feature.slice(PHRASE.length);
    if (!namesTheWork(phrase)) continue;
    if ([...quoted, ...avoid].some((q) => overlaps(q, phrase))) continue;
    quoted.push(phrase);
  }
  if (quoted.length === 0)
    return { reason: t(harder ? 'reasonSmallCuesHarder' : 'reasonSmallCuesEasier'), quoted };
  const said = quoted.map((q) => t('reasonQuote', q)).join(', ');
  return { reason: t(harder ? 'reasonWordingHarder' : 'reasonWordingEasier', said), quoted };
}

/**
 * Contributions grouped and worded, strongest first. Phrases found inside a cue's matched words
 * ("senior" inside "senior") count with that cue; the other phrases form two groups, those that
 * push toward harder and those that push toward easier.
 */
export function reasonsOf(
  contributions: readonly FeatureContribution[],
  facts: Facts,
  input: DifficultyInput,
): Weighed[] {
  const groups = new Map<string, FeatureContribution[]>();
  const add = (group: string, c: FeatureContribution) => {
    const list = groups.get(group) ?? [];
    list.push(c);
    groups.set(group, list);
  };
  const cueWords = Object.entries(facts.cues).map(
    ([cue, matched]) => [`cue.${cue}`, ` ${matched} `] as const,
  );
  // A phrase holding the cue's words ("an experienced" for "experienced") is the same evidence.
  const phrases: FeatureContribution[] = [];
  for (const c of contributions) {
    if (!c.feature.startsWith(PHRASE)) add(groupOf(c.feature), c);
    else phrases.push(c);
  }
  for (const c of phrases) {
    const phrase = ` ${c.feature.slice(PHRASE.length)} `;
    const cue = cueWords.find(
      ([group, matched]) => groups.has(group) && (matched.includes(phrase) || phrase.includes(matched)),
    );
    if (cue) add(cue[0], c);
    else add(c.contribution > 0 ? 'words.harder' : 'words.easier', c);
  }
  const sum = (list: readonly FeatureContribution[] | undefined) =>
    (list ?? []).reduce((total, c) => total + c.contribution, 0);
  // The stronger wording group quotes first; the other leaves out what overlaps its quotes.
  const wordings = new Map<string, string>();
  const harderFirst = Math.abs(sum(groups.get('words.harder'))) >= Math.abs(sum(groups.get('words.easier')));
  let quotedSoFar: string[] = [];
  for (const group of harderFirst ? ['words.harder', 'words.easier'] : ['words.easier', 'words.harder']) {
    const list = groups.get(group);
    if (!list) continue;
    const { reason, quoted } = quotePhrases(list, group === 'words.harder', quotedSoFar);
    wordings.set(group, reason);
    quotedSoFar = quoted;
  }
  const out: Weighed[] = [];
  for (const [group, list] of groups) {
    const weight = sum(list);
    const own = list.filter((c) => !c.feature.startsWith(PHRASE)).map((c) => c.feature);
    const reason = wordings.get(group) ?? wordGroup(group, own, facts, input, weight > 0);
    if (reason !== '') out.push({ weight, reason, group: group.startsWith('words.') ? 'words' : group });
  }
  return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}
