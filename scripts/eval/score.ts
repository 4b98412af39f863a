/** Micro-averaged precision / recall / F1 over (true positive, false positive, false negative) counts. */
export interface Counts {
  rows: number;
  tp: number;
  fp: number;
  fn: number;
  /** Predictions outside the label space, when one is given: neither right nor wrong. */
  outside: number;
  fpById: Map<string, number>;
  fnById: Map<string, number>;
  /** Labels that name no taxonomy skill: reported apart, never counted as misses. */
  unresolved: Map<string, number>;
}

export function emptyCounts(): Counts {
  return {
    rows: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    outside: 0,
    fpById: new Map(),
    fnById: new Map(),
    unresolved: new Map(),
  };
}

export function score(c: Pick<Counts, 'tp' | 'fp' | 'fn'>): {
  precision: number;
  recall: number;
  f1: number;
} {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
