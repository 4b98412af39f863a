/**
 * The content script's page UI wired together over a recording messenger: cards drawn are
 * counted for the badge, the panel's questions are answered through the router, and a card's
 * "Show in panel" asks the background.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import { tagsFor } from '@/lib/gigs/tagging';
import type { Request } from '@/lib/messages/client';
import type { contentMessageSchemas, PageScan } from '@/lib/messages/content';
import { createPageUi } from '@/lib/page/page-ui';
import { realListings } from '../store/helpers';

const ID = 'skillscout-id';
const sent: Array<{ type: string; payload: unknown }> = [];
const request = (async (type: string, payload: unknown) => {
  sent.push({ type, payload });
  if (type === 'cs-bg-describe') {
    const { listings } = payload as { listings: typeof realListings };
    return { items: listings.map((l) => ({ id: l.id, tags: tagsFor(l), queued: false })) };
  }
  if (type === 'cs-bg-show-in-panel') return { opened: false };
  return { shown: true };
}) as unknown as Request<typeof contentMessageSchemas>;

/** The page UI on this document, over the recording messenger. */
const pageUiWith = (profile: Profile) =>
  createPageUi(document, {
    platform: 'upwork',
    profile,
    request,
    signal: new AbortController().signal,
    extensionId: ID,
  });

afterEach(() => {
  vi.useRealTimers();
  sent.length = 0;
  document.body.replaceChildren();
});

describe('createPageUi', () => {
  it('counts the cards that fit for the badge, answers the panel, and relays "Show in panel"', async () => {
    const profile = { ...DEFAULT_PROFILE, skills: ['shopify', 'web-design'], goals: ['stripe'] };
    const page = pageUiWith(profile);
    const cards = realListings.map((listing) => {
      const card = document.createElement('article');
      document.body.append(card);
      page.decorate(card, listing);
      return card;
    });
    // The first tagging loads the taxonomy: slow the first time in a test run.
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'cs-bg-page-fit')).toBe(true), {
      timeout: 10_000,
    });
    const fitting = cards.filter((c) => c.getAttribute('data-skillscout-fit')?.startsWith('match')).length;
    expect(fitting).toBeGreaterThan(0);
    expect(sent.filter((m) => m.type === 'cs-bg-page-fit').at(-1)?.payload).toEqual({
      url: document.location.href,
      fitting,
      total: realListings.length,
    });
    const answer = (await page.route({ type: 'ui-cs-get-listings', payload: {} }, ID)) as {
      listings: Array<{ id: string }>;
    };
    expect(answer.listings.map((l) => l.id)).toEqual(realListings.map((l) => l.id));
    expect(page.route({ type: 'ui-cs-get-listings', payload: {} }, 'someone-else')).toBeUndefined();

    const button = cards[2]
      ?.querySelector('.skillscout-ui')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('button.panel');
    button?.click();
    await vi.waitFor(() => expect(button?.textContent).toMatch(/^Open the SkillScout panel/));
    expect(sent.find((m) => m.type === 'cs-bg-show-in-panel')?.payload).toEqual({
      listingId: realListings[2]?.id,
    });
  });

  it('reads the page again on in-page navigation, and reports the count again', async () => {
    const page = pageUiWith(DEFAULT_PROFILE);
    const rescan = vi.fn();
    page.navigated({ rescan });
    expect(rescan).toHaveBeenCalledOnce();
    await vi.waitFor(() =>
      expect(sent.filter((m) => m.type === 'cs-bg-page-fit').map((m) => m.payload)).toEqual([
        { url: document.location.href, fitting: 0, total: 0 },
      ]),
    );
  });
});

describe("createPageUi's scanner hooks", () => {
  it("sends a scan to the background, and asks for the first screen's tags before the batch ends", async () => {
    const page = pageUiWith(DEFAULT_PROFILE);
    const scan: PageScan = {
      url: 'https://www.upwork.com/nx/search/jobs/',
      platform: 'upwork',
      pageKind: 'search',
      listings: [],
    };
    await page.scan.report(scan);
    expect(sent).toEqual([{ type: 'cs-bg-page-scanned', payload: scan }]);
    const [listing] = realListings;
    const card = document.createElement('article');
    document.body.append(card);
    page.scan.decorate(card, listing!);
    page.scan.onFirstScreen();
    // Flushed at once: the describe request is out before any timer or microtask runs.
    expect(sent.map((m) => m.type)).toEqual(['cs-bg-page-scanned', 'cs-bg-describe']);
    // A card whose UI the page removes is drawn again by the same decorator.
    expect(page.scan.restore).toBe(page.decorate.restore);
  });

  it("sends the store's report only once the cards' questions asked before it are answered", async () => {
    const page = pageUiWith(DEFAULT_PROFILE);
    const [listing] = realListings;
    const card = document.createElement('article');
    document.body.append(card);
    page.scan.decorate(card, listing!);
    const reported = page.scan.report({
      url: 'https://www.upwork.com/nx/search/jobs/',
      platform: 'upwork',
      pageKind: 'search',
      listings: [listing!],
    });
    await reported;
    // Asked in the same task, the describe still goes first: the worker answers it before recording.
    expect(sent.map((m) => m.type)).toEqual(['cs-bg-describe', 'cs-bg-page-scanned']);
  });
});
