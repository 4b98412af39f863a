/**
 * Runs the work of one readwrite transaction and waits for it to commit. If anything in it
 * fails, the transaction is aborted (nothing it wrote is kept) and the first error is
 * rethrown; the transaction's own rejection is consumed so it is not reported twice.
 */
export async function commit<T>(
  tx: { abort(): void; done: Promise<void> },
  work: () => Promise<T>,
): Promise<T> {
  // Marked as handled at once: an abort can settle it before anything awaits it.
  tx.done.catch(() => {});
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failure itself: either way nothing was committed.
    }
    throw error;
  }
}
