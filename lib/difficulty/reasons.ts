/**
 * The model's largest contributions, worded for a person: features about one thing are summed
 * and said once ("pays $15 fixed", "6+ months, 30+ hrs/week", "asks for 5+ years"), a phrase
 * the model weighs is quoted ("wording of harder jobs: 'saas', 'web app'"), and a phrase
 * inside a cue the model also weighs is folded into that cue. Only features the model weighs
 * in this listing become reasons.
 */
import type { CueName } from './cues';
import { ADVANCED_UP_TO, type Facts, FRIENDLY_FROM, PHRASE } from './features';
import type { FeatureContribution } from './model';
import type { DifficultyInput } from './types';

/** One reason and the part of the linear score behind it (positive = harder). */
export interface Weighed {
  weight: number;
  reason: string;
  /** What it is about: `pay`, `time`, `years`, `cue.senior`, `skills.friendly`, `market.spent`, `words`. */
  group: string;
}

/** "$1,127": thousands marked by hand, since Intl formatting costs more than the whole estimate. */
const dollars = (n: number): string => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

function payReason({ terms, hourlyRate, fixedAmount }: Facts): string {
  const bid = terms.averageBid === true;
  if (hourlyRate !== undefined) {
    const low = terms.hourly?.min ?? hourlyRate;
    const high = terms.hourly?.max ?? hourlyRate;
    const range = low === high ? dollars(high) : `${dollars(low)}–${dollars(high)}`;
    return bid ? `bids average ${range}/hr` : `pays ${range}/hr`;
  }
  if (fixedAmount !== undefined)
    return bid ? `bids average ${dollars(fixedAmount)}` : `pays ${dollars(fixedAmount)} fixed`;
  return terms.kind === 'hourly' ? 'hourly, no rate given' : 'fixed price, no amount given';
}

const TIME_WORDS: Record<string, string> = {
  'time.underAMonth': 'under a month',
  'time.sixMonthsPlus': '6+ months',
  'time.fullTime': '30+ hrs/week',
  'time.partTime': 'under 30 hrs/week',
};

const CUE_REASONS: Record<CueName, (matched: string) => string> = {
  senior: (m) => `asks for '${m}'`,
  lead: (m) => `asks for a '${m}'`,
  architecture: () => 'architecture work',
  scale: () => 'has to scale',
  production: () => 'production-grade work',
  complex: (m) => `client calls it '${m}'`,
  expert: (m) => `asks for '${m}'`,
  notForBeginners: (m) => `not for beginners ('${m}')`,
  beginnersWelcome: (m) => `open to beginners ('${m}')`,
  training: () => 'training provided',
  simple: (m) => `client calls it '${m.match(/simple|easy|straightforward|basic/)?.[0] ?? m}'`,
  smallTask: (m) => `client calls it a '${m}'`,
  provenExperience: (m) => `asks for '${m}'`,
  wholeProduct: (m) => `a whole product ('${m}')`,
  smallDeliverable: (m) => `a small deliverable ('${m}')`,
};

const names = (list: readonly { name: string }[]): string =>
  list
    .slice(0, 2)
    .map((s) => s.name)
    .join(', ') + (list.length > 2 ? '…' : '');

function proposalsReason(input: DifficultyInput): string {
  const min = input.proposals?.min ?? 0;
  const max = input.proposals?.max;
  // Upwork prints a range ("10 to 15", "Less than 5"); Freelancer and Guru an exact count.
  if (max !== undefined && min === 0) return `fewer than ${max + 1} proposals so far`;
  const shown = max === undefined ? `${min}+` : max === min ? `${min}` : `${min} to ${max}`;
  return `already ${shown} proposals`;
}

function spentReason(spent: number | undefined): string {
  if (spent === 0) return 'new client: nothing spent yet';
  const amount = spent ?? 0;
  return amount >= 1000
    ? `client has spent $${Math.floor(amount / 1000)}K+`
    : `client has spent ${dollars(amount)}`;
}

/** The group a feature's contribution is said under, and how that group is worded. */
function groupOf(feature: string): string {
  if (feature.startsWith(PHRASE)) return 'words';
  const [kind] = feature.split('.');
  if (kind === 'pay' || kind === 'time' || kind === 'years') return kind;
  return feature;
}

function wordGroup(group: string, features: readonly string[], facts: Facts, input: DifficultyInput): string {
  if (group === 'pay') return payReason(facts);
  if (group === 'time')
    return features
      .map((f) => TIME_WORDS[f])
      .filter(Boolean)
      .join(', ');
  if (group === 'years') return `asks for ${facts.years}+ years' experience`;
  if (group.startsWith('cue.')) {
    const cue = group.slice(4) as CueName;
    return CUE_REASONS[cue](facts.cues[cue] ?? '');
  }
  if (group === 'skills.advanced')
    return `advanced skills: ${names(facts.skills.filter((s) => s.beginner <= ADVANCED_UP_TO))}`;
  if (group === 'skills.friendly')
    return `beginner-friendly skills: ${names(facts.skills.filter((s) => s.beginner >= FRIENDLY_FROM))}`;
  if (group === 'skills.many') return `asks for ${facts.skillCount} skills`;
  if (group === 'market.proposals') return proposalsReason(input);
  return spentReason(facts.spent);
}

/** Phrases weaker than this are summed into their group but not quoted: too slight to name. */
const QUOTE_FROM = 0.04;

/**
 * "wording of harder jobs: 'senior', 'web app'": the phrases that weigh most, a phrase inside one
 * already quoted not repeated.
 */
function quotePhrases(phrases: readonly FeatureContribution[], harder: boolean): string {
  const quoted: string[] = [];
  const strongest = [...phrases].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  for (const { feature, contribution } of strongest) {
    if (Math.abs(contribution) < QUOTE_FROM || quoted.length === 3) break;
    const phrase = feature.slice(PHRASE.length);
    if (quoted.some((q) => ` ${q} `.includes(` ${phrase} `) || ` ${phrase} `.includes(` ${q} `))) continue;
    quoted.push(phrase);
  }
  const kind = harder ? 'harder' : 'easier';
  return quoted.length === 0
    ? `many small word cues of ${kind} jobs`
    : `wording of ${kind} jobs: ${quoted.map((q) => `'${q}'`).join(', ')}`;
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
  const out: Weighed[] = [];
  for (const [group, list] of groups) {
    const weight = list.reduce((sum, c) => sum + c.contribution, 0);
    const own = list.filter((c) => !c.feature.startsWith(PHRASE)).map((c) => c.feature);
    const reason = group.startsWith('words.')
      ? quotePhrases(list, group === 'words.harder')
      : wordGroup(group, own, facts, input);
    if (reason !== '') out.push({ weight, reason, group: group.startsWith('words.') ? 'words' : group });
  }
  return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}
