import { describe, expect, it, vi } from 'vitest';
import { createBatcher } from '@/lib/page/batch';

describe('the batcher', () => {
  it('sends the calls of one tick as one request and answers each caller', async () => {
    const fetchAll = vi.fn(async (ids: string[]) => new Map(ids.map((id) => [id, id.toUpperCase()])));
    const ask = createBatcher((id: string) => id, fetchAll);
    await expect(Promise.all(['a', 'b', 'a'].map(ask))).resolves.toEqual(['A', 'B', 'A']);
    expect(fetchAll).toHaveBeenCalledTimes(1);
    expect(fetchAll).toHaveBeenCalledWith(['a', 'b']);
  });

  it('splits a batch larger than the message limit', async () => {
    const fetchAll = vi.fn(async (ids: string[]) => new Map(ids.map((id) => [id, id])));
    const ask = createBatcher((id: string) => id, fetchAll, 2);
    await Promise.all(['a', 'b', 'c'].map(ask));
    expect(fetchAll.mock.calls).toEqual([[['a', 'b']], [['c']]]);
  });

  it('answers undefined when the background cannot be asked', async () => {
    const ask = createBatcher(
      (id: string) => id,
      async () => {
        throw new Error('Could not establish connection');
      },
    );
    await expect(ask('a')).resolves.toBeUndefined();
  });
});

describe('flushing the batcher early', () => {
  it('sends what is waiting at once, and what comes after in its own request', async () => {
    const fetchAll = vi.fn(async (ids: string[]) => new Map(ids.map((id) => [id, id.toUpperCase()])));
    const ask = createBatcher((id: string) => id, fetchAll);
    const first = ['a', 'b'].map(ask);
    ask.flush();
    expect(fetchAll).toHaveBeenCalledWith(['a', 'b']);
    const rest = ['c'].map(ask);
    await expect(Promise.all([...first, ...rest])).resolves.toEqual(['A', 'B', 'C']);
    expect(fetchAll.mock.calls).toEqual([[['a', 'b']], [['c']]]);
  });

  it('says when the flushed callers have their answers, failed or not', async () => {
    let answer: (m: Map<string, string>) => void = () => {};
    const ask = createBatcher(
      (id: string) => id,
      () => new Promise<Map<string, string>>((resolve) => (answer = resolve)),
    );
    const got: (string | undefined)[] = [];
    void ask('a').then((v) => got.push(v));
    let flushed = false;
    const done = ask.flush().then(() => (flushed = true));
    await Promise.resolve();
    expect(flushed).toBe(false);
    answer(new Map([['a', 'A']]));
    await done;
    expect(got).toEqual(['A']);
    const failing = createBatcher(
      (id: string) => id,
      async () => {
        throw new Error('Could not establish connection');
      },
    );
    const none = failing('b');
    await expect(failing.flush()).resolves.toBeUndefined();
    await expect(none).resolves.toBeUndefined();
  });
});

describe('waiting for every answer', () => {
  it('resolves once the questions of this tick and those already sent are answered', async () => {
    const answers: Array<(m: Map<string, string>) => void> = [];
    const ask = createBatcher(
      (id: string) => id,
      () => new Promise<Map<string, string>>((resolve) => answers.push(resolve)),
    );
    void ask('a');
    ask.flush();
    void ask('b');
    let settled = false;
    const done = ask.settled().then(() => (settled = true));
    // The tick's own question ('b') goes out before settled() looks at what is in flight.
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[0]?.(new Map([['a', 'A']]));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    answers[1]?.(new Map([['b', 'B']]));
    await done;
    expect(settled).toBe(true);
  });

  it('resolves at once with nothing asked, and after a failed request too', async () => {
    const failing = createBatcher(
      (id: string) => id,
      async (): Promise<Map<string, string>> => {
        throw new Error('Could not establish connection');
      },
    );
    await expect(failing.settled()).resolves.toBeUndefined();
    void failing('a');
    await expect(failing.settled()).resolves.toBeUndefined();
  });
});
