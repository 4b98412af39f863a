import { describe, expect, it, vi } from 'vitest';
import { UserError } from '@/lib/core/errors';
import { type MessageType, messageSchemas, type PageScan } from '@/lib/messages';
import { createRouter, type Handlers, type SenderInfo } from '@/lib/messages/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const fromPage: SenderInfo = { id: ID, url: 'https://www.upwork.com/nx/search/jobs/', tabId: 3 };
const fromPopup: SenderInfo = { id: ID, url: `${ORIGIN}/popup.html` };

const scan: PageScan = {
  url: 'https://www.upwork.com/nx/search/jobs/',
  platform: 'upwork',
  pageKind: 'search',
  listings: [
    {
      id: 'upwork:2024696422907076268',
      platform: 'upwork',
      url: 'https://www.upwork.com/jobs/x_~022024696422907076268/',
      title: 'Digital Product Specialist',
      description: 'Package case studies into products',
      platformSkills: ['n8n'],
    },
  ],
};

function setup() {
  // Every type gets a spy; the two these tests send answer for real.
  const spies = Object.fromEntries(
    (Object.keys(messageSchemas) as MessageType[]).map((type) => [type, vi.fn(async () => ({}))]),
  );
  const scanned = vi.fn<Handlers['cs-bg-page-scanned']>(async (p) => ({
    stored: p.listings.length,
    added: 1,
  }));
  const summary = vi.fn<Handlers['ui-bg-get-summary']>(async () => ({
    listings: 0,
    platforms: [],
    recent: [],
  }));
  const handlers = {
    ...spies,
    'cs-bg-page-scanned': scanned,
    'ui-bg-get-summary': summary,
  } as unknown as Handlers & {
    'cs-bg-page-scanned': typeof scanned;
    'ui-bg-get-summary': typeof summary;
  };
  const onRejected = vi.fn();
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, onRejected });
  return { handlers, onRejected, route };
}

describe('the background router', () => {
  it('hands a valid message to its one handler and answers with the result', async () => {
    const { handlers, route } = setup();
    await expect(route({ type: 'cs-bg-page-scanned', payload: scan }, fromPage)).resolves.toEqual({
      stored: 1,
      added: 1,
    });
    expect(handlers['cs-bg-page-scanned']).toHaveBeenCalledWith(scan, fromPage);
    expect(handlers['ui-bg-get-summary']).not.toHaveBeenCalled();
  });

  it('ignores types it does not know, leaving them to other listeners', () => {
    const { route, handlers } = setup();
    for (const raw of [
      { type: 'bg-cs-hello' },
      { type: 'toString' },
      { payload: {} },
      'cs-bg-page-scanned',
      null,
      42,
    ]) {
      expect(route(raw, fromPage)).toBeUndefined();
    }
    expect(handlers['cs-bg-page-scanned']).not.toHaveBeenCalled();
  });

  it('ignores messages from other extensions', () => {
    const { route, handlers, onRejected } = setup();
    expect(
      route({ type: 'cs-bg-page-scanned', payload: scan }, { ...fromPage, id: 'someone-else' }),
    ).toBeUndefined();
    expect(route({ type: 'cs-bg-page-scanned', payload: scan }, { url: fromPage.url })).toBeUndefined();
    expect(handlers['cs-bg-page-scanned']).not.toHaveBeenCalled();
    expect(onRejected).toHaveBeenCalledTimes(2);
  });

  it('accepts each direction only from its side', async () => {
    const { route, handlers } = setup();
    await expect(route({ type: 'cs-bg-page-scanned', payload: scan }, fromPopup)).resolves.toEqual({
      error: 'cs-bg-page-scanned: only accepted from a marketplace page',
    });
    await expect(route({ type: 'ui-bg-get-summary', payload: {} }, fromPage)).resolves.toEqual({
      error: 'ui-bg-get-summary: only accepted from an extension page',
    });
    expect(handlers['cs-bg-page-scanned']).not.toHaveBeenCalled();
    expect(handlers['ui-bg-get-summary']).not.toHaveBeenCalled();
  });

  it('rejects a payload of the wrong shape with an error naming the field, and never calls the handler', async () => {
    const { route, handlers } = setup();
    const badListing = { ...scan.listings[0], url: 'javascript:alert(1)' };
    const reply = (await route(
      { type: 'cs-bg-page-scanned', payload: { ...scan, listings: [badListing] } },
      fromPage,
    )) as {
      error: string;
    };
    expect(reply.error).toMatch(/^cs-bg-page-scanned: invalid payload\n/);
    expect(reply.error).toContain('listings[0].url');
    const missing = (await route({ type: 'cs-bg-page-scanned' }, fromPage)) as { error: string };
    expect(missing.error).toMatch(/^cs-bg-page-scanned: invalid payload/);
    const tooMany = (await route(
      { type: 'ui-bg-get-summary', payload: { recentLimit: 1e6 } },
      fromPopup,
    )) as {
      error: string;
    };
    expect(tooMany.error).toContain('recentLimit');
    expect(handlers['cs-bg-page-scanned']).not.toHaveBeenCalled();
    expect(handlers['ui-bg-get-summary']).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error reply, synchronous throw included', async () => {
    const { route, handlers } = setup();
    handlers['ui-bg-get-summary'].mockRejectedValueOnce(new Error('QuotaExceededError: disk full'));
    await expect(route({ type: 'ui-bg-get-summary', payload: {} }, fromPopup)).resolves.toEqual({
      error: 'ui-bg-get-summary: QuotaExceededError: disk full',
    });
    handlers['ui-bg-get-summary'].mockImplementationOnce(() => {
      throw new TypeError('boom');
    });
    await expect(route({ type: 'ui-bg-get-summary', payload: {} }, fromPopup)).resolves.toEqual({
      error: 'ui-bg-get-summary: boom',
    });
  });

  it('passes a message written for the user through as it is', async () => {
    const { route, handlers } = setup();
    handlers['ui-bg-get-summary'].mockRejectedValueOnce(new UserError('Storage is full: free some space.'));
    await expect(route({ type: 'ui-bg-get-summary', payload: {} }, fromPopup)).resolves.toEqual({
      error: 'Storage is full: free some space.',
    });
  });
});
