/**
 * How confident the tagger is that a careful reader would name a skill for a listing: a small
 * logistic model over where and how the skill was found. The weights are fitted by
 * scripts/fit-skill-confidence.ts on the tune folds of the careful readers' labels and committed
 * in `confidence-weights.ts`; `CONFIDENT_FROM` is the cut the command-line tagger and the card use.
 */
import { CONFIDENT_FROM, IMPLIED_PRIOR, SKILL_PRIOR, WEIGHTS } from './confidence-weights';
import { overridden, overrides } from './overrides';
import type { Entry, Evidence, TaggedSkill } from './types';

export { CONFIDENT_FROM };

/** The features, in the order of `WEIGHTS` (a bias first). */
export const FEATURES = [
  'bias',
  'title',
  'chip',
  'requirement',
  'body',
  'optional',
  'about',
  'alternativeOnly',
  'mentions',
  'impliedOnly',
  'impliedSource',
  'impliedInTitle',
  'umbrellaCovered',
  'domain',
  'imported',
  'ambiguousOnly',
  'crowd',
  'firstPosition',
  'titleOnlyListing',
  'longListing',
  'titleCategory',
  'skillPrior',
  'impliedPrior',
] as const;

export type Feature = (typeof FEATURES)[number];

export interface ListingContext {
  /** Tokens in the description (0 when there is none: a title-only listing). */
  descriptionWords: number;
  entryOf: (id: string) => Entry | undefined;
  /** How much more (log-odds) readers name each skill than the average found skill; the fit script passes its own. */
  prior?: Readonly<Record<string, number>>;
  /** The same for a skill reached by one implication ("unity>csharp", "~psd+~website>psd-to-html"). */
  impliedPrior?: Readonly<Record<string, number>>;
}

/** Categories of the skills the title names: what the job is about, not what the company does. */
interface ListingSummary {
  explicit: number;
  titleCategories: ReadonlySet<string>;
  /** Categories in which a specific (not umbrella) skill was found. */
  specificCategories: ReadonlySet<string>;
}

type Mention = Extract<Evidence, { text: string }>;
const ZONE_ORDER = ['requirement', 'body', 'optional', 'about'] as const;
const isMention = (e: Evidence): e is Mention => e.in !== 'implied';

/** The feature vector of one skill, given the explicit skills of the listing. */
export function featuresOf(
  id: string,
  evidence: readonly Evidence[],
  entry: Entry | undefined,
  ctx: ListingContext,
  summary: ListingSummary,
  /** For a skill only implied: the confidence of the most confident skill that implies it. */
  impliedSource: number,
): number[] {
  const mentions = evidence.filter(isMention);
  const inDescription = mentions.filter((e) => e.in === 'description');
  const title = mentions.some((e) => e.in === 'title');
  const chip = mentions.some((e) => e.in === 'platformSkills');
  const zones = new Set(inDescription.map((e) => e.zone ?? 'body'));
  const best = ZONE_ORDER.find((z) => zones.has(z));
  const implied = evidence.filter((e) => e.in === 'implied');
  const firstOffset = inDescription.length ? Math.min(...inDescription.map((e) => e.offset)) : 0;
  const x: Record<Feature, number> = {
    bias: 1,
    title: title ? 1 : 0,
    chip: chip ? 1 : 0,
    // The best place the description names the skill, one of four: a requirement line beats the
    // body, the body a nice-to-have, a nice-to-have the company's description of itself.
    requirement: best === 'requirement' ? 1 : 0,
    body: best === 'body' ? 1 : 0,
    optional: best === 'optional' ? 1 : 0,
    about: best === 'about' ? 1 : 0,
    alternativeOnly: !title && inDescription.length > 0 && inDescription.every((e) => e.alternative) ? 1 : 0,
    mentions: Math.log1p(mentions.length),
    impliedOnly: mentions.length === 0 ? 1 : 0,
    impliedSource: mentions.length === 0 ? impliedSource : 0,
    impliedInTitle: mentions.length === 0 && implied.some((e) => e.in === 'implied' && e.title) ? 1 : 0,
    // "Front-end developer for HTML/CSS": the broad area says less once specific skills of it are named.
    umbrellaCovered: entry?.umbrella && summary.specificCategories.has(entry.category) ? 1 : 0,
    domain: entry?.domain ? 1 : 0,
    imported: entry?.imported ? 1 : 0,
    ambiguousOnly: mentions.length > 0 && mentions.every((e) => e.ambiguous) ? 1 : 0,
    crowd: Math.log1p(summary.explicit),
    firstPosition: title || inDescription.length === 0 ? 0 : Math.min(1, firstOffset / 2000),
    titleOnlyListing: ctx.descriptionWords === 0 ? 1 : 0,
    longListing: Math.log1p(ctx.descriptionWords / 100),
    titleCategory: !title && entry && summary.titleCategories.has(entry.category) ? 1 : 0,
    skillPrior: (ctx.prior ?? SKILL_PRIOR)[id] ?? 0,
    impliedPrior: mentions.length === 0 ? impliedPriorOf(id, evidence, ctx.impliedPrior ?? IMPLIED_PRIOR) : 0,
  };
  return FEATURES.map((f) => x[f]);
}

/** The key of an implication: what implied the skill, then the skill ("flutter>dart"). */
export const implicationKey = (from: readonly string[], id: string): string => `${from.join('+')}>${id}`;

/** The best prior among the implications that reached a skill. */
function impliedPriorOf(
  id: string,
  evidence: readonly Evidence[],
  prior: Readonly<Record<string, number>>,
): number {
  let best: number | undefined;
  for (const e of evidence) {
    if (e.in !== 'implied') continue;
    const p = prior[implicationKey(e.from, id)];
    if (p !== undefined) best = best === undefined ? p : Math.max(best, p);
  }
  return best ?? 0;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function confidenceOf(x: readonly number[], weights: readonly number[] = WEIGHTS): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (x[i] as number) * (weights[i] ?? 0);
  return sigmoid(z);
}

/**
 * The feature vectors of the skills found in one listing. Skills named in the text are scored
 * first; a skill that is only implied takes the confidence of what implies it as a feature, so
 * HTML implied by a PSD-to-HTML title counts for more than HTML implied by a company blurb.
 */
export function listingFeatures(
  skills: readonly { id: string; evidence: readonly Evidence[] }[],
  ctx: ListingContext,
  weights: readonly number[] = WEIGHTS,
): number[][] {
  const titleCategories = new Set<string>();
  const specificCategories = new Set<string>();
  for (const s of skills) {
    const entry = ctx.entryOf(s.id);
    if (!entry) continue;
    if (s.evidence.some((e) => e.in === 'title')) titleCategories.add(entry.category);
    if (!entry.umbrella) specificCategories.add(entry.category);
  }
  const explicit = skills.filter((s) => s.evidence.some(isMention)).length;
  const summary = { explicit, titleCategories, specificCategories };
  const first = skills.map((s) => featuresOf(s.id, s.evidence, ctx.entryOf(s.id), ctx, summary, 0));
  const ruled = overrides(skills, ctx.entryOf);
  const named = new Map<string, number>();
  skills.forEach((s, i) => {
    if (s.evidence.some(isMention))
      named.set(s.id, overridden(ruled, s.id, confidenceOf(first[i] as number[], weights)));
  });
  return skills.map((s, i) => {
    if (named.has(s.id)) return first[i] as number[];
    let source = 0;
    for (const e of s.evidence) {
      if (e.in === 'implied') for (const id of e.from) source = Math.max(source, named.get(id) ?? 0);
    }
    return featuresOf(s.id, s.evidence, ctx.entryOf(s.id), ctx, summary, source);
  });
}

/** Adds a confidence to each skill found in one listing. */
export function withConfidence(
  skills: readonly { id: string; name: string; evidence: Evidence[] }[],
  ctx: ListingContext,
  weights: readonly number[] = WEIGHTS,
): TaggedSkill[] {
  const features = listingFeatures(skills, ctx, weights);
  const ruled = overrides(skills, ctx.entryOf);
  return skills.map((s, i) => ({
    ...s,
    confidence:
      Math.round(overridden(ruled, s.id, confidenceOf(features[i] as number[], weights)) * 1000) / 1000,
  }));
}

/** The skills the job asks for with confidence: what the command-line tagger prints and the card shows first. */
export function confidentSkills<T extends { confidence: number }>(skills: readonly T[]): T[] {
  return skills.filter((s) => s.confidence >= CONFIDENT_FROM);
}
