/**
 * How confident the tagger is that a careful reader would name a skill for a listing: a small
 * logistic model over where and how the skill was found. The weights are fitted by
 * scripts/fit-skill-confidence.ts on the tune folds of the careful readers' labels and committed
 * in `confidence-weights.ts`; `CONFIDENT_FROM` is the cut the command-line tagger and the card use.
 */
import { CONFIDENT_FROM, IMPLIED_PRIOR, SKILL_PRIOR, WEIGHTS } from './confidence-weights';
import { type Overrides, overridden, overrides } from './overrides';
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

/** What one pass over a skill's evidence tells the features. */
interface EvidenceSummary {
  mentions: number;
  title: boolean;
  chip: boolean;
  inDescription: number;
  /** The best zone of a description mention, as an index into `ZONE_ORDER` (4: none). */
  bestZone: number;
  allAlternative: boolean;
  allAmbiguous: boolean;
  firstOffset: number;
  impliedInTitle: boolean;
}

/**
 * One loop, no intermediate arrays: the tagger scores every skill of every listing with this,
 * so the filters and sets a plainer version would build are most of its cost.
 */
function summarise(evidence: readonly Evidence[]): EvidenceSummary {
  const s: EvidenceSummary = {
    mentions: 0,
    title: false,
    chip: false,
    inDescription: 0,
    bestZone: ZONE_ORDER.length,
    allAlternative: true,
    allAmbiguous: true,
    firstOffset: Number.POSITIVE_INFINITY,
    impliedInTitle: false,
  };
  for (const e of evidence) {
    if (e.in === 'implied') {
      if (e.title) s.impliedInTitle = true;
      continue;
    }
    s.mentions++;
    if (!e.ambiguous) s.allAmbiguous = false;
    if (e.in === 'title') s.title = true;
    else if (e.in === 'platformSkills') s.chip = true;
    else if (e.in === 'description') {
      s.inDescription++;
      s.bestZone = Math.min(s.bestZone, ZONE_ORDER.indexOf(e.zone ?? 'body'));
      if (!e.alternative) s.allAlternative = false;
      s.firstOffset = Math.min(s.firstOffset, e.offset);
    }
  }
  return s;
}

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
  const ev = summarise(evidence);
  const best = ZONE_ORDER[ev.bestZone];
  const implied = ev.mentions === 0;
  // In the order of FEATURES (the weights' order).
  return [
    /* bias */ 1,
    /* title */ ev.title ? 1 : 0,
    /* chip */ ev.chip ? 1 : 0,
    // The best place the description names the skill, one of four: a requirement line beats the
    // body, the body a nice-to-have, a nice-to-have the company's description of itself.
    /* requirement */ best === 'requirement' ? 1 : 0,
    /* body */ best === 'body' ? 1 : 0,
    /* optional */ best === 'optional' ? 1 : 0,
    /* about */ best === 'about' ? 1 : 0,
    /* alternativeOnly */ !ev.title && ev.inDescription > 0 && ev.allAlternative ? 1 : 0,
    /* mentions */ Math.log1p(ev.mentions),
    /* impliedOnly */ implied ? 1 : 0,
    /* impliedSource */ implied ? impliedSource : 0,
    /* impliedInTitle */ implied && ev.impliedInTitle ? 1 : 0,
    // "Front-end developer for HTML/CSS": the broad area says less once specific skills of it are named.
    /* umbrellaCovered */ entry?.umbrella && summary.specificCategories.has(entry.category) ? 1 : 0,
    /* domain */ entry?.domain ? 1 : 0,
    /* imported */ entry?.imported ? 1 : 0,
    /* ambiguousOnly */ ev.mentions > 0 && ev.allAmbiguous ? 1 : 0,
    /* crowd */ Math.log1p(summary.explicit),
    /* firstPosition */ ev.title || ev.inDescription === 0 ? 0 : Math.min(1, ev.firstOffset / 2000),
    /* titleOnlyListing */ ctx.descriptionWords === 0 ? 1 : 0,
    /* longListing */ Math.log1p(ctx.descriptionWords / 100),
    /* titleCategory */ !ev.title && entry && summary.titleCategories.has(entry.category) ? 1 : 0,
    /* skillPrior */ (ctx.prior ?? SKILL_PRIOR)[id] ?? 0,
    /* impliedPrior */ implied ? impliedPriorOf(id, evidence, ctx.impliedPrior ?? IMPLIED_PRIOR) : 0,
  ];
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
  ruled: Overrides = overrides(skills, ctx.entryOf),
): number[][] {
  const titleCategories = new Set<string>();
  const specificCategories = new Set<string>();
  const entries = skills.map((s) => ctx.entryOf(s.id));
  const isNamed = skills.map((s) => s.evidence.some(isMention));
  skills.forEach((s, i) => {
    const entry = entries[i];
    if (!entry) return;
    if (s.evidence.some((e) => e.in === 'title')) titleCategories.add(entry.category);
    if (!entry.umbrella) specificCategories.add(entry.category);
  });
  const summary = { explicit: isNamed.filter(Boolean).length, titleCategories, specificCategories };
  const features: number[][] = new Array(skills.length);
  const named = new Map<string, number>();
  skills.forEach((s, i) => {
    if (!isNamed[i]) return;
    const x = featuresOf(s.id, s.evidence, entries[i], ctx, summary, 0);
    features[i] = x;
    named.set(s.id, overridden(ruled, s.id, confidenceOf(x, weights)));
  });
  skills.forEach((s, i) => {
    if (isNamed[i]) return;
    let source = 0;
    for (const e of s.evidence) {
      if (e.in === 'implied') for (const id of e.from) source = Math.max(source, named.get(id) ?? 0);
    }
    features[i] = featuresOf(s.id, s.evidence, entries[i], ctx, summary, source);
  });
  return features;
}

/** Adds a confidence to each skill found in one listing. */
export function withConfidence(
  skills: readonly { id: string; name: string; evidence: Evidence[] }[],
  ctx: ListingContext,
  weights: readonly number[] = WEIGHTS,
): TaggedSkill[] {
  const ruled = overrides(skills, ctx.entryOf);
  const features = listingFeatures(skills, ctx, weights, ruled);
  return skills.map((s, i) => ({
    id: s.id,
    name: s.name,
    evidence: s.evidence,
    confidence:
      Math.round(overridden(ruled, s.id, confidenceOf(features[i] as number[], weights)) * 1000) / 1000,
  }));
}

/** The skills the job asks for with confidence: what the command-line tagger prints and the card shows first. */
export function confidentSkills<T extends { confidence: number }>(skills: readonly T[]): T[] {
  return skills.filter((s) => s.confidence >= CONFIDENT_FROM);
}
