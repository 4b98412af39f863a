/** The figures the difficulty evaluation prints. */
/** Area under the ROC curve: the chance a random positive scores above a random negative (ties ½). */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  let pairs = 0;
  let wins = 0;
  scores.forEach((p, i) => {
    if (!positive[i]) return;
    scores.forEach((n, j) => {
      if (positive[j]) return;
      pairs++;
      wins += p > n ? 1 : p === n ? 0.5 : 0;
    });
  });
  return pairs === 0 ? Number.NaN : wins / pairs;
}
