/** The panel's calls: the tab's listings with the background's tags, and a reveal, over real messages. */
import { describe, expect, it } from 'vitest';
import { panelApiOver } from '@/components/panel/api';
import { createMessenger } from '@/lib/messages/client';
import { createTabRouter, tabMessageSchemas } from '@/lib/messages/tab';
import { LEARNER, NOW, realListings, useBackground } from '../helpers';

const background = useBackground();
const local = {
  loadProfile: async () => ({ profile: LEARNER }),
  followTab: () => () => {},
  watchFocus: () => () => {},
  now: () => NOW,
};

function tabAnswering(listings: unknown[]) {
  const route = createTabRouter(
    {
      'ui-cs-get-listings': () => ({
        url: 'https://www.upwork.com/x',
        platform: 'upwork',
        listings: listings as never,
      }),
      'ui-cs-reveal': ({ listingId }) => ({ found: listingId === realListings[0]?.id }),
      'bg-cs-step': () => ({}),
    },
    'x',
  );
  return () => createMessenger(async (message) => route(message, 'x'), tabMessageSchemas);
}

describe('panelApiOver', () => {
  it("gives the page's listings in the page's order with their tags and queue state", async () => {
    await background.record();
    const request = background.request();
    await request('ui-bg-queue-save', { listingId: realListings[3]?.id ?? '' });
    const api = panelApiOver(request, tabAnswering(realListings), local);
    const view = await api.pageListings(1);
    expect(view?.platform).toBe('upwork');
    expect(view?.listings.map((l) => l.listing.id)).toEqual(realListings.map((l) => l.id));
    expect(view?.listings.map((l) => l.queued)).toEqual(realListings.map((_, i) => i === 3));
    // The first tile asks for n8n among others (the background's tags, not the page's).
    expect(view?.listings[0]?.tags.skills.map((s) => s.id)).toContain('n8n');
    expect(await api.reveal(1, realListings[0]?.id ?? '')).toBe(true);
    expect(await api.reveal(1, realListings[1]?.id ?? '')).toBe(false);
  });

  it('says there is no SkillScout page where no content script answers, and refuses a malformed answer', async () => {
    const nobody = () =>
      createMessenger(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }, tabMessageSchemas);
    expect(await panelApiOver(background.request(), nobody, local).pageListings(2)).toBeUndefined();
    // A page whose answer is not a list of listings is not shown as one.
    const broken = panelApiOver(background.request(), tabAnswering([{ id: 'not a listing' }]), local);
    expect(await broken.pageListings(1)).toBeUndefined();
  });
});
