/**
 * Asks the background about many cards at once: calls made in the same tick are sent as one
 * message, and each caller gets its own answer back. `flush()` sends what is waiting now, for a
 * caller that has more work before the tick ends, and says when those answers are in (the first
 * screen of cards is drawn before the rest is read). `settled()` says when every question asked
 * so far is answered, for work that should not compete with them.
 */
export function createBatcher<In, Out>(
  keyOf: (input: In) => string,
  fetchAll: (inputs: In[]) => Promise<Map<string, Out>>,
  maxBatch = 500,
) {
  let waiting = new Map<string, { input: In; callbacks: Array<(out: Out | undefined) => void> }>();
  let scheduled = false;
  /** Batches sent and not answered yet; each settles, never rejects. */
  const inFlight = new Set<Promise<void>>();

  /** Resolves once every caller of the batch has its answer (or undefined, on a failure). */
  const send = (batch: typeof waiting): Promise<void> => {
    const answered = fetchAll([...batch.values()].map((entry) => entry.input)).then(
      (answers) => {
        for (const [key, { callbacks }] of batch) for (const done of callbacks) done(answers.get(key));
      },
      () => {
        // No answer is an answer: the caller shows what it can without it.
        for (const { callbacks } of batch.values()) for (const done of callbacks) done(undefined);
      },
    );
    inFlight.add(answered);
    void answered.then(() => inFlight.delete(answered));
    return answered;
  };

  /** Resolves once every question asked so far, this tick's too, has its answer. */
  const settled = async (): Promise<void> => {
    // This tick's questions go out in a microtask queued before this one resumes.
    await undefined;
    while (inFlight.size > 0) await Promise.all(inFlight);
  };

  /** Sends what is waiting; resolves when those callers have their answers. */
  const flush = (): Promise<void> => {
    scheduled = false;
    const all = [...waiting];
    waiting = new Map();
    const sent: Promise<void>[] = [];
    for (let start = 0; start < all.length; start += maxBatch)
      sent.push(send(new Map(all.slice(start, start + maxBatch))));
    return Promise.all(sent).then(() => undefined);
  };

  const ask = (input: In): Promise<Out | undefined> =>
    new Promise((resolve) => {
      const key = keyOf(input);
      const entry = waiting.get(key) ?? { input, callbacks: [] };
      entry.callbacks.push(resolve);
      waiting.set(key, entry);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(() => {
          if (scheduled) flush();
        });
      }
    });
  return Object.assign(ask, { flush, settled });
}
