/**
 * Fits the tagger's confidence model (lib/skills/confidence.ts) to the careful readers' labels
 * and writes lib/skills/confidence-weights.ts.
 *
 * Data: ../shared/data/labelled/careful, the tune folds only (2–4 of five, by a hash of the
 * title); folds 0–1 are held out for `npm run -s eval:skills`. Each skill the tagger finds is an
 * example, positive when the reader named it (required or optional). The cut `CONFIDENT_FROM` is
 * chosen on out-of-fold predictions inside the tune folds (each tune fold scored by a model fitted
 * on the other two): the lowest cut whose precision reaches the target, which keeps the most recall.
 *
 * Run: npx tsx scripts/fit-skill-confidence.ts [path/to/shared/data]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveLabel } from '../lib/skills';
import { aliasedTaxonomy } from '../lib/skills/aliased-taxonomy';
import { FEATURES, implicationKey, listingFeatures } from '../lib/skills/confidence';
import { WEIGHTS } from '../lib/skills/confidence-weights';
import { type Overrides, overridden, overrides } from '../lib/skills/overrides';
import { createTagger } from '../lib/skills/tagger';
import { tokenize } from '../lib/skills/tokens';
import { type CarefulRow, type Gold, goldOf, isHeldOutFold, readCareful } from './eval/careful';
import { type Example, fitLogistic, probability, type Weights } from './eval/logistic';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ?? join(root, '..', 'shared', 'data');
const outFile = join(root, 'lib', 'skills', 'confidence-weights.ts');
/** Precision the cut must reach out of fold; a little above the 0.85 target, for unseen readers. */
const PRECISION_GOAL = 0.87;
const L2 = 0.01;
/** A skill's prior is shrunk towards the average as if it had been seen this many more times. */
const PRIOR_STRENGTH = 4;
/** Only skills found at least this often in the fitting rows get a prior of their own. */
const PRIOR_MIN = 3;

const tax = aliasedTaxonomy();
const tagger = createTagger(tax);
const entryIndex = new Map(tax.entries.map((e) => [e.id, e]));

interface Candidate {
  id: string;
  x: number[];
  named: boolean;
  /** The listing's rules (overrides.ts): held below or lifted to the cut, whatever the model says. */
  ruled: Overrides;
}

interface Listing {
  row: CarefulRow;
  gold: Gold;
  candidates: Candidate[];
}

/** Every skill the tagger finds in a row, with its features under `weights` (bias column dropped). */
interface Priors {
  skill: Record<string, number>;
  implied: Record<string, number>;
}

function candidatesOf(row: CarefulRow, gold: Gold, weights: readonly number[], priors: Priors): Candidate[] {
  const { title, description } = row.listing;
  const skills = tagger.tag({ title, description }, { minConfidence: 0 });
  const features = listingFeatures(
    skills,
    {
      descriptionWords: description ? tokenize(description).length : 0,
      entryOf: (id) => entryIndex.get(id),
      prior: priors.skill,
      impliedPrior: priors.implied,
    },
    weights,
  );
  const ruled = overrides(skills, (id) => entryIndex.get(id));
  return skills.map((s, i) => ({
    id: s.id,
    x: (features[i] as number[]).slice(1),
    named: gold.named.has(s.id),
    ruled,
  }));
}

/** The model's probability for a candidate, held below the cut when a rule says so. */
const scoreOf = (w: Weights, c: Candidate): number => overridden(c.ruled, c.id, probability(w, c.x));

function fitWeights(listings: readonly Listing[]): Weights {
  // Skills a rule decides are left out; the model learns from the others.
  const examples: Example[] = listings.flatMap((l) =>
    l.candidates
      .filter((c) => !c.ruled.held.has(c.id) && !c.ruled.lifted.has(c.id))
      .map((c) => ({ x: c.x, y: c.named })),
  );
  return fitLogistic(examples, { l2: L2, steps: 4000, rate: 0.5 });
}

/** Precision and recall (of the required skills) of the skills at or above `cut`. */
function measure(listings: readonly Listing[], scores: readonly number[][], cut: number) {
  let predicted = 0;
  let correct = 0;
  let required = 0;
  let found = 0;
  listings.forEach((l, i) => {
    const chosen = new Set(l.candidates.filter((_, k) => (scores[i]?.[k] ?? 0) >= cut).map((c) => c.id));
    predicted += chosen.size;
    for (const id of chosen) if (l.gold.named.has(id)) correct++;
    required += l.gold.required.size + l.gold.unresolvedRequired.length;
    for (const id of l.gold.required) if (chosen.has(id)) found++;
  });
  return { precision: predicted ? correct / predicted : 0, recall: required ? found / required : 0 };
}

const rows = readCareful(join(dataDir, 'labelled'));
const tuneRows = rows.filter((r) => !isHeldOutFold(r.fold));
const golds = new Map(tuneRows.map((r) => [r, goldOf(r.label, resolveLabel)]));

const logit = (p: number): number => Math.log(p / (1 - p));

/**
 * Per skill: how much more often than the average found skill readers name it, in log-odds,
 * shrunk towards 0 (HTML found is nearly always named; "Machine Learning" in a company blurb rarely).
 */
function priorsFrom(rows: readonly CarefulRow[]): Priors {
  const skill = new Map<string, [number, number]>();
  const implied = new Map<string, [number, number]>();
  const bump = (m: Map<string, [number, number]>, key: string, named: boolean): void => {
    const t = m.get(key) ?? [0, 0];
    t[0]++;
    if (named) t[1]++;
    m.set(key, t);
  };
  let all = 0;
  let named = 0;
  for (const row of rows) {
    const gold = golds.get(row) as Gold;
    for (const s of tagger.tag(
      { title: row.listing.title, description: row.listing.description },
      { minConfidence: 0 },
    )) {
      const y = gold.named.has(s.id);
      all++;
      if (y) named++;
      bump(skill, s.id, y);
      if (s.evidence.every((e) => e.in === 'implied')) {
        for (const e of s.evidence) if (e.in === 'implied') bump(implied, implicationKey(e.from, s.id), y);
      }
    }
  }
  const p0 = named / Math.max(1, all);
  const shrink = (m: Map<string, [number, number]>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [key, [n, y]] of [...m].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (n < PRIOR_MIN) continue;
      const shrunk = (y + PRIOR_STRENGTH * p0) / (n + PRIOR_STRENGTH);
      out[key] = Math.round((logit(shrunk) - logit(p0)) * 100) / 100;
    }
    return out;
  };
  return { skill: shrink(skill), implied: shrink(implied) };
}

// Each row's prior comes from the other tune folds, so the fit cannot learn a prior that already
// knows the row's own labels.
const foldsOfTune = [...new Set(tuneRows.map((r) => r.fold))].sort();
const outOfFoldPrior = new Map(foldsOfTune.map((f) => [f, priorsFrom(tuneRows.filter((r) => r.fold !== f))]));
const shippedPrior = priorsFrom(tuneRows);

// Implied skills take the confidence of what implies them as a feature, so the features depend on
// the weights: fit, recompute the features with the new weights, fit again.
let weights: number[] = [...WEIGHTS];
let listings: Listing[] = [];
for (let round = 0; round < 3; round++) {
  listings = tuneRows.map((row) => ({
    row,
    gold: golds.get(row) as Gold,
    candidates: candidatesOf(
      row,
      golds.get(row) as Gold,
      weights,
      outOfFoldPrior.get(row.fold) ?? { skill: {}, implied: {} },
    ),
  }));
  weights = fitWeights(listings);
}
// No careful listing carries the marketplace's own skill chips, so the data cannot weigh them. A
// chip is the client's own pick of what the job needs: it is set to make a skill confident on its
// own even in a long listing (a hand-set weight, the only one).
const CHIP_WEIGHT = 4;
weights[FEATURES.indexOf('chip')] = CHIP_WEIGHT;

// Out-of-fold scores inside the tune folds, to choose the cut without touching the held-out folds.
const tuneFolds = [...new Set(listings.map((l) => l.row.fold))].sort();
const oof: number[][] = listings.map(() => []);
for (const fold of tuneFolds) {
  const w = fitWeights(listings.filter((l) => l.row.fold !== fold));
  listings.forEach((l, i) => {
    if (l.row.fold === fold) oof[i] = l.candidates.map((c) => scoreOf(w, c));
  });
}
let cut = 0.5;
for (let c = 0.2; c <= 0.9; c += 0.01) {
  if (measure(listings, oof, c).precision >= PRECISION_GOAL) {
    cut = Math.round(c * 100) / 100;
    break;
  }
}
const atCut = measure(listings, oof, cut);
const inSample = measure(
  listings,
  listings.map((l) => l.candidates.map((c) => scoreOf(weights, c))),
  cut,
);

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
writeFileSync(
  outFile,
  `// Generated by scripts/fit-skill-confidence.ts: a logistic model of "a careful reader names this
// skill" over the features in confidence.ts, fitted on the tune folds (2-4) of the careful readers'
// labels (../shared/data/labelled/careful, ${listings.length} listings, ${listings.reduce((n, l) => n + l.candidates.length, 0)} skills found). The cut was chosen
// on out-of-fold predictions inside the tune folds: precision ${round3(atCut.precision)}, recall ${round3(atCut.recall)} there.
// Do not edit: change the features or the data and fit again.

/** One weight per feature of \`FEATURES\` (${FEATURES.join(', ')}). */
export const WEIGHTS: readonly number[] = [${weights.map(round3).join(', ')}];

/**
 * Per skill found at least ${PRIOR_MIN} times in the tune folds: how much more often than the average
 * found skill the readers named it (log-odds, shrunk by ${PRIOR_STRENGTH} average observations).
 */
export const SKILL_PRIOR: Readonly<Record<string, number>> = ${JSON.stringify(shippedPrior.skill)};

/** The same for a skill only implied, per implication ("what implied it>the skill"). */
export const IMPLIED_PRIOR: Readonly<Record<string, number>> = ${JSON.stringify(shippedPrior.implied)};

/** Skills at or above this confidence are the ones the job asks for; the rest are shown behind "more". */
export const CONFIDENT_FROM = ${cut};
`,
);
// The repository's formatter decides the layout, so a refit changes only the numbers.
execFileSync('npx', ['biome', 'format', '--write', outFile], { stdio: 'ignore' });
console.log(`fit-skill-confidence: tune folds ${tuneFolds.join(', ')} (${listings.length} listings)`);
console.log(`  weights: ${FEATURES.map((f, i) => `${f} ${round3(weights[i] ?? 0)}`).join(', ')}`);
console.log(
  `  cut ${cut}: out of fold P ${round3(atCut.precision)} R ${round3(atCut.recall)}; in sample P ${round3(inSample.precision)} R ${round3(inSample.recall)}`,
);
console.log(`  → ${outFile}`);
