/** The channel to a tab's content script, both ends, on WXT's fake browser. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForTabMessages, sendToTab } from '@/lib/extension/messaging';

beforeEach(() => fakeBrowser.reset());

describe('the tab channel', () => {
  it("sends to the tab's content script", async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ found: true });
    expect(await sendToTab(9)({ type: 'ui-cs-reveal', payload: { listingId: 'upwork:1' } })).toEqual({
      found: true,
    });
    expect(send).toHaveBeenCalledWith(9, { type: 'ui-cs-reveal', payload: { listingId: 'upwork:1' } });
  });

  it("hands the content script's router each message with its sender's id, until stopped", async () => {
    const seen: Array<[unknown, string | undefined]> = [];
    const stop = listenForTabMessages((raw, senderId) => {
      seen.push([raw, senderId]);
      return (raw as { type?: string }).type === 'ui-cs-reveal'
        ? Promise.resolve({ found: false })
        : undefined;
    });
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui-cs-reveal' }, { id: 'ours' });
    expect(replies).toEqual([{ found: false }]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'other' }, {})).toEqual([false]);
    expect(seen).toEqual([
      [{ type: 'ui-cs-reveal' }, 'ours'],
      [{ type: 'other' }, undefined],
    ]);
    stop();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'ui-cs-reveal' }, { id: 'ours' });
    expect(seen).toHaveLength(2);
  });
});
