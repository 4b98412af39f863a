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
});
