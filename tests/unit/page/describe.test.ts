import { describe, expect, it } from 'vitest';
import { tagsFor } from '@/lib/gigs/tagging';
import { createMessenger } from '@/lib/messages/client';
import { contentMessageSchemas } from '@/lib/messages/content';
import { describeVia } from '@/lib/page/describe';
import { TIMING } from '@/lib/page/timing';
import { realListings } from '../store/helpers';

describe('asking the background about cards', () => {
  it('marks when the answer about a batch arrived, with its cards, for the benchmark', async () => {
    performance.clearMarks(TIMING.answered);
    const request = createMessenger(async (message) => {
      const { payload } = message as { payload: { listings: typeof realListings } };
      return { items: payload.listings.map((l) => ({ id: l.id, tags: tagsFor(l), queued: false })) };
    }, contentMessageSchemas);
    const ask = describeVia(request);
    const answers = await Promise.all(realListings.slice(0, 3).map(ask));
    expect(answers.every((a) => a?.tags.difficulty)).toBe(true);
    const marks = performance.getEntriesByName(TIMING.answered) as PerformanceMark[];
    expect(marks.map((m) => m.detail)).toEqual([{ cards: 3 }]);
  });
});
