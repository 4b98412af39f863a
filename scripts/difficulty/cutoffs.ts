/**
 * Where the levels start, chosen on held-out scores (every row scored by a model that did not see
 * it), never on the rows a model was fitted on.
 *
 * - Expert: the lowest cut at which at least EXPERT_PRECISION of the expert calls are jobs the
 *   client marked Expert ("expert" only when it is).
 * - Beginner: the highest cut at which at most BEGINNER_EXPERT_SHARE of the beginner calls are
 *   jobs the client marked Expert, as long as that finds ENTRY_RECALL of the Entry jobs.
 *   On Upwork's own labels no cut gets there: below any cut, about one call in seven is a job its
 *   client marked Expert, nearly the same share at 5% of the rows as at 25% (the evaluation
 *   prints the curve). A stricter cut then keeps no promise better and only loses Entry jobs, so
 *   the cut goes as far as the Expert share stays at its floor: it stops at the first cut whose
 *   share is more than FLOOR_STANDARD_ERRORS standard errors (√(p(1−p)/n), p the floor's share,
 *   n that cut's calls) above the lowest share any cut finding ENTRY_RECALL of the Entry jobs
 *   reaches. Until stop 34 the margin was one point whatever the count: on the 6,644 held-out
 *   rows it stopped at the first bump of noise (one point is about one standard error there)
 *   while the share stayed at 15–16% to a quarter of the rows, and a model fitted on the other
 *   files found 28.8% of the 2025 job pages' Entry jobs. The promise itself is checked where the
 *   labels can carry it: against the careful readers.
 * - Both shares count the beginner calls as the extension makes them: a listing held back from
 *   beginner (lib/difficulty/beyond-beginner.ts) is no call at any cut, though an Entry job held
 *   back still counts among the Entry jobs to find.
 */
import type { PlatformLevel } from '../../lib/core/model';

export const BEGINNER_EXPERT_SHARE = 0.05;
export const ENTRY_RECALL = 0.3;
export const FLOOR_STANDARD_ERRORS = 2;
export const EXPERT_PRECISION = 0.65;

/** How far above the floor's Expert share `share` a cut with `calls` beginner calls may go. */
export const floorMargin = (share: number, calls: number): number =>
  FLOOR_STANDARD_ERRORS * Math.sqrt((share * (1 - share)) / calls);

export interface Scored {
  score: number;
  label: PlatformLevel;
  /** Never a beginner call whatever its score (lib/difficulty/beyond-beginner.ts): not counted among them. */
  heldBack?: boolean;
}

export interface Cutoffs {
  beginnerUpTo: number;
  expertFrom: number;
  /** How the beginner cut was reached: the promise kept, or the Expert share's floor when it cannot be. */
  beginnerRule: 'expert-share' | 'expert-share-floor';
  /** The Expert share of the beginner calls at the cut chosen, and at the floor (the eval prints both). */
  beginnerCalls: {
    calls: number;
    expertShare: number;
    floor?: { upTo: number; calls: number; expertShare: number };
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

interface Cut {
  score: number;
  /** Share of the calls at or below this cut that the client marked Expert. */
  expertShare: number;
  /** Share of the Entry jobs at or below it. */
  entryRecall: number;
  /** Beginner calls at or below it. */
  calls: number;
}

/** Every distinct cut, lowest first (rows with equal scores fall on the same side together). */
function cutsOf(ascending: readonly Scored[]): Cut[] {
  const entries = ascending.filter((r) => r.label === 'entry').length;
  const cuts: Cut[] = [];
  let experts = 0;
  let found = 0;
  let calls = 0;
  ascending.forEach((row, i) => {
    if (!row.heldBack) {
      calls++;
      if (row.label === 'expert') experts++;
      if (row.label === 'entry') found++;
    }
    if (ascending[i + 1]?.score === row.score) return;
    cuts.push({
      score: row.score,
      expertShare: calls ? experts / calls : 0,
      entryRecall: entries ? found / entries : 0,
      calls,
    });
  });
  return cuts;
}

function beginnerCut(
  ascending: readonly Scored[],
  expertFrom: number,
): Pick<Cutoffs, 'beginnerUpTo' | 'beginnerRule' | 'beginnerCalls'> {
  // Never into the expert calls: on few rows the noise margin alone could reach that far.
  const cuts = cutsOf(ascending).filter((c) => c.score < expertFrom && c.entryRecall >= ENTRY_RECALL);
  const kept = cuts.filter((c) => c.expertShare <= BEGINNER_EXPERT_SHARE).at(-1);
  if (kept)
    return {
      beginnerUpTo: kept.score,
      beginnerRule: 'expert-share',
      beginnerCalls: { calls: kept.calls, expertShare: kept.expertShare },
    };
  const floor = cuts.reduce(
    (best, c) => (c.expertShare < best.expertShare ? c : best),
    cuts[0] ?? { score: 0, expertShare: 0, entryRecall: 0, calls: 0 },
  );
  const share = floor.expertShare;
  let chosen = floor;
  for (const c of cuts.slice(cuts.indexOf(floor))) {
    if (c.expertShare > share + floorMargin(share, c.calls)) break;
    chosen = c;
  }
  return {
    beginnerUpTo: chosen.score,
    beginnerRule: 'expert-share-floor',
    beginnerCalls: {
      calls: chosen.calls,
      expertShare: chosen.expertShare,
      floor: { upTo: floor.score, calls: floor.calls, expertShare: floor.expertShare },
    },
  };
}

function expertCut(descending: readonly Scored[]): number {
  let right = 0;
  let expertFrom = descending[0]?.score ?? 0;
  descending.forEach((row, i) => {
    if (row.label === 'expert') right++;
    if (descending[i + 1]?.score === row.score) return;
    if (right >= EXPERT_PRECISION * (i + 1)) expertFrom = row.score;
  });
  return expertFrom;
}

export function chooseCutoffs(rows: readonly Scored[]): Cutoffs {
  const ascending = [...rows].sort((a, b) => a.score - b.score);
  const expertFrom = expertCut([...ascending].reverse());
  const { beginnerUpTo, beginnerRule, beginnerCalls } = beginnerCut(ascending, expertFrom);
  return { beginnerUpTo: round3(beginnerUpTo), expertFrom: round3(expertFrom), beginnerRule, beginnerCalls };
}
