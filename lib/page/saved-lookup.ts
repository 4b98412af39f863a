/**
 * Which listings on the page are already in the learning queue, asked of the background
 * once per batch of new cards rather than once per card.
 */
export type LookupQueued = (ids: string[]) => Promise<{ queued: string[] }>;

export function createSavedLookup(lookup: LookupQueued) {
  let waiting = new Map<string, Array<(saved: boolean) => void>>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = waiting;
    waiting = new Map();
    lookup([...batch.keys()]).then(
      ({ queued }) => {
        const saved = new Set(queued);
        for (const [id, callbacks] of batch) for (const done of callbacks) done(saved.has(id));
      },
      () => {
        // Unknown is shown as not saved; saving again is harmless (it keeps status and notes).
        for (const callbacks of batch.values()) for (const done of callbacks) done(false);
      },
    );
  };

  return function isSaved(id: string): Promise<boolean> {
    return new Promise((resolve) => {
      waiting.set(id, [...(waiting.get(id) ?? []), resolve]);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    });
  };
}
