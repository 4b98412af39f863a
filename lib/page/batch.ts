/**
 * Asks the background about many cards at once: calls made in the same tick are sent as one
 * message, and each caller gets its own answer back. `flush()` sends what is waiting now, for a
 * caller that has more synchronous work before the tick ends (the first screen of cards, then the rest).
 */
export function createBatcher<In, Out>(
  keyOf: (input: In) => string,
  fetchAll: (inputs: In[]) => Promise<Map<string, Out>>,
  maxBatch = 500,
) {
  let waiting = new Map<string, { input: In; callbacks: Array<(out: Out | undefined) => void> }>();
  let scheduled = false;

  const send = (batch: typeof waiting) => {
    fetchAll([...batch.values()].map((entry) => entry.input)).then(
      (answers) => {
        for (const [key, { callbacks }] of batch) for (const done of callbacks) done(answers.get(key));
      },
      () => {
        // No answer is an answer: the caller shows what it can without it.
        for (const { callbacks } of batch.values()) for (const done of callbacks) done(undefined);
      },
    );
  };

  const flush = () => {
    scheduled = false;
    const all = [...waiting];
    waiting = new Map();
    for (let start = 0; start < all.length; start += maxBatch)
      send(new Map(all.slice(start, start + maxBatch)));
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
  return Object.assign(ask, { flush });
}
