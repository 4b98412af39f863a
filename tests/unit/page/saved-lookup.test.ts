import { describe, expect, it, vi } from 'vitest';
import { createSavedLookup } from '@/lib/page/saved-lookup';

describe('the saved lookup', () => {
  it('asks once for all the cards of a batch', async () => {
    const lookup = vi.fn(async (ids: string[]) => ({ queued: ids.filter((id) => id.endsWith('2')) }));
    const isSaved = createSavedLookup(lookup);
    const answers = await Promise.all(['upwork:1', 'upwork:2', 'upwork:3'].map(isSaved));
    expect(answers).toEqual([false, true, false]);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith(['upwork:1', 'upwork:2', 'upwork:3']);
  });

  it('answers "not saved" when the background cannot be asked', async () => {
    const isSaved = createSavedLookup(async () => {
      throw new Error('Could not establish connection');
    });
    await expect(isSaved('upwork:1')).resolves.toBe(false);
  });
});
