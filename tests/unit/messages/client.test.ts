import { describe, expect, it, vi } from 'vitest';
import { createMessenger, MessageError } from '@/lib/messages/client';
import { uiMessageSchemas } from '@/lib/messages/ui';

describe('the typed messenger', () => {
  it('wraps the payload in the envelope and returns the validated reply', async () => {
    const send = vi.fn(async () => ({ listings: 2, platforms: [], recent: [] }));
    const request = createMessenger(send, uiMessageSchemas);
    await expect(request('ui-bg-get-summary', { recentLimit: 5 })).resolves.toEqual({
      listings: 2,
      platforms: [],
      recent: [],
    });
    expect(send).toHaveBeenCalledWith({ type: 'ui-bg-get-summary', payload: { recentLimit: 5 } });
  });

  it('throws the background error as a MessageError', async () => {
    const request = createMessenger(
      async () => ({ error: 'ui-bg-get-summary: invalid payload' }),
      uiMessageSchemas,
    );
    await expect(request('ui-bg-get-summary', {})).rejects.toThrow(
      new MessageError('ui-bg-get-summary: invalid payload'),
    );
  });

  it('throws when nobody answered or the answer has the wrong shape', async () => {
    await expect(
      createMessenger(async () => undefined, uiMessageSchemas)('ui-bg-get-summary', {}),
    ).rejects.toThrow('ui-bg-get-summary: the background did not answer');
    await expect(
      createMessenger(async () => ({ listings: 'many' }), uiMessageSchemas)('ui-bg-get-summary', {}),
    ).rejects.toThrow(/ui-bg-get-summary: unexpected reply/);
  });
});
