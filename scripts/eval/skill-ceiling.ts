/**
 * How far client-chosen labels let any tagger go, measured two ways for eval-skills.ts:
 *
 * - explicit mentions: only the skills the listing names in so many words. A client picks at most
 *   five labels, so a description that lists eight skills caps precision however well it is read.
 * - a selector fitted to the labels: a logistic model, trained on one half, that decides for each
 *   candidate (every skill the tagger found, plus the labels most frequent in that half) whether
 *   a client would have picked it. It knows the marketplace's labelling habits ("website jobs get
 *   PHP"), which the shipped tagger deliberately does not; scored on the other half it shows what
 *   fitting to these labels would buy.
 */
import type { TaggedSkill } from '../../lib/skills';
import { type Example, fitLogistic, probability } from './logistic';

export interface CeilingRow {
  gold: ReadonlySet<string>;
  found: readonly TaggedSkill[];
}

/** Skills named in the title, the description or the marketplace's chips, not implied. */
export const explicitOnly = (found: readonly TaggedSkill[]): Set<string> =>
  new Set(found.filter((s) => s.evidence.some((e) => e.in !== 'implied')).map((s) => s.id));

/** How many of the fitting half's most frequent labels become candidates for every row. */
const FREQUENT = 8;

export function fitSelector(
  rows: readonly CeilingRow[],
  space: ReadonlySet<string>,
): (row: CeilingRow, threshold: number) => Set<string> {
  const frequency = new Map<string, number>();
  for (const r of rows) for (const id of r.gold) frequency.set(id, (frequency.get(id) ?? 0) + 1);
  const frequent = [...frequency]
    .sort((a, b) => b[1] - a[1])
    .slice(0, FREQUENT)
    .map(([id]) => id);
  const ids = [...space].sort();
  const column = new Map(ids.map((id, i) => [id, i]));

  const candidates = (row: CeilingRow): { id: string; x: number[] }[] => {
    const found = new Map(row.found.filter((s) => space.has(s.id)).map((s) => [s.id, s]));
    return [...new Set([...found.keys(), ...frequent])].map((id) => {
      const s = found.get(id);
      const where = new Set(s?.evidence.map((e) => e.in));
      const perId = new Array(2 * ids.length).fill(0);
      const c = column.get(id);
      if (c !== undefined) {
        perId[c] = 1;
        if (s) perId[ids.length + c] = 1;
      }
      const general = [
        s ? 1 : 0,
        s?.salience ?? 0,
        where.has('title') ? 1 : 0,
        where.has('description') ? 1 : 0,
        where.has('implied') ? 1 : 0,
        (s?.evidence.length ?? 0) / 5,
        found.size / 10,
      ];
      return { id, x: [...general, ...perId] };
    });
  };

  const examples: Example[] = rows.flatMap((r) =>
    candidates(r).map(({ id, x }) => ({ x, y: r.gold.has(id) })),
  );
  const w = fitLogistic(examples, { l2: 0.01, steps: 2000 });
  return (row, threshold) =>
    new Set(
      candidates(row)
        .filter(({ x }) => probability(w, x) >= threshold)
        .map(({ id }) => id),
    );
}
