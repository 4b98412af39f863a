/** Marking repeat clients in entries logged before the field existed (lib/progress/repeat-clients.ts). */
import { describe, expect, it } from 'vitest';
import { markRepeatClients } from '@/lib/progress/repeat-clients';
import { entry } from './fixtures';

describe('markRepeatClients', () => {
  it("marks a gig whose client appears on an earlier gig, whatever the case or spacing of the client's name", () => {
    const log = [
      entry({ id: 'later', client: 'Acme  Co', startedAt: '2025-03-02' }),
      entry({ id: 'first', client: 'acme co', startedAt: '2025-01-10' }),
      entry({ id: 'third', client: 'ACME CO', finishedAt: '2025-05-01' }),
    ];
    const marked = markRepeatClients(log);
    expect(marked.map((e) => [e.id, e.repeatClient])).toEqual([
      ['later', true],
      ['first', undefined],
      ['third', true],
    ]);
  });

  it('leaves alone a first gig, an entry without a client, and an answer the user gave', () => {
    const log = [
      entry({ id: 'a', client: 'Solo Ltd', startedAt: '2025-01-01' }),
      entry({ id: 'b', startedAt: '2025-02-01' }),
      entry({ id: 'c', client: ' ', startedAt: '2025-02-02' }),
      entry({ id: 'd', client: 'Solo Ltd', startedAt: '2025-03-01', repeatClient: false }),
    ];
    const marked = markRepeatClients(log);
    expect(marked).toEqual(log);
    expect(marked[0]).toBe(log[0]);
  });

  it('orders undated gigs after dated ones, and ties by id', () => {
    const marked = markRepeatClients([
      entry({ id: 'z-undated', client: 'Beta' }),
      entry({ id: 'a-undated', client: 'Beta' }),
    ]);
    expect(marked.map((e) => e.repeatClient)).toEqual([true, undefined]);
  });
});
