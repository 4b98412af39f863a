/** The content script's router for the side panel's and the commands' messages. */
import { describe, expect, it } from 'vitest';
import { createTabRouter, type TabHandlers } from '@/lib/messages/tab';

const ID = 'skillscout-id';
const handlers: TabHandlers = {
  'ui-cs-get-listings': () => ({
    url: 'https://www.upwork.com/nx/search/jobs/',
    platform: 'upwork',
    listings: [],
  }),
  'ui-cs-reveal': ({ listingId }) => ({ found: listingId === 'upwork:1' }),
  'bg-cs-step': ({ direction }) => {
    if (direction === 'previous') throw new Error('no card before this one');
    return { listingId: 'upwork:2' };
  },
};
const route = createTabRouter(handlers, ID);

describe('createTabRouter', () => {
  it('answers its own messages from its own extension, with the payload parsed', async () => {
    expect(await route({ type: 'ui-cs-reveal', payload: { listingId: 'upwork:1' } }, ID)).toEqual({
      found: true,
    });
    expect(await route({ type: 'bg-cs-step', payload: { direction: 'next' } }, ID)).toEqual({
      listingId: 'upwork:2',
    });
  });

  it('leaves other messages and other senders unanswered, so the channel stays free', () => {
    expect(route({ type: 'ui-bg-get-summary', payload: {} }, ID)).toBeUndefined();
    expect(route({ type: 'toString', payload: {} }, ID)).toBeUndefined();
    expect(route('ui-cs-reveal', ID)).toBeUndefined();
    expect(route(null, ID)).toBeUndefined();
    expect(
      route({ type: 'ui-cs-reveal', payload: { listingId: 'upwork:1' } }, 'another-extension'),
    ).toBeUndefined();
    expect(route({ type: 'ui-cs-reveal', payload: { listingId: 'upwork:1' } }, undefined)).toBeUndefined();
  });

  it('answers a malformed payload, or a handler that failed, with a clear error', async () => {
    expect(await route({ type: 'ui-cs-reveal', payload: { listingId: 'no platform' } }, ID)).toEqual({
      error: expect.stringMatching(/^ui-cs-reveal: invalid payload\n.*listingId/s),
    });
    expect(await route({ type: 'bg-cs-step', payload: { direction: 'sideways' } }, ID)).toEqual({
      error: expect.stringMatching(/^bg-cs-step: invalid payload/),
    });
    expect(await route({ type: 'bg-cs-step', payload: { direction: 'previous' } }, ID)).toEqual({
      error: 'bg-cs-step: no card before this one',
    });
  });
});
