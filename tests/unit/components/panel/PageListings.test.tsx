/** The panel's list of a page's listings, on the saved Upwork page's listings ranked for a learner. */
import { describe, expect, it } from 'vitest';
import { PageListings } from '@/components/panel/PageListings';
import { rankPage } from '@/lib/gigs/rank';
import { tagsFor } from '@/lib/gigs/tagging';
import { LEARNER, NOW, realListings, useRoot } from '../helpers';

const root = useRoot();
const api = { saveToQueue: async () => ({}) as never, reveal: async () => true };
const ranked = rankPage(
  LEARNER,
  realListings.map((listing) => ({ listing, tags: tagsFor(listing), queued: false })),
  NOW,
);

describe('PageListings', () => {
  it('names the site and the list, and says how to move through it', async () => {
    await root.show(
      <PageListings
        tabId={1}
        platform="upwork"
        items={ranked}
        api={api}
        focus={undefined}
        onChecklist={() => {}}
      />,
    );
    const list = root.get().querySelector('[data-testid="page-listings"]');
    expect(root.get().querySelector('h2')?.textContent).toBe('On this page: Upwork');
    expect(list?.getAttribute('aria-label')).toBe('Listings on this page, best fit first');
    expect(root.get().textContent).toContain('↑ and ↓ move through the list');
    expect([...(list?.children ?? [])].map((li) => li.getAttribute('data-listing'))).toEqual(
      ranked.map((item) => item.listing.id),
    );
  });

  it('says when the page has no listing read yet', async () => {
    await root.show(
      <PageListings
        tabId={1}
        platform="guru"
        items={[]}
        api={api}
        focus={undefined}
        onChecklist={() => {}}
      />,
    );
    expect(root.get().querySelector('[data-testid="page-counts"]')?.textContent).toBe(
      '0 listings · 0 fit your profile',
    );
    expect(root.get().querySelector('[data-testid="page-empty"]')?.textContent).toBe(
      'SkillScout has not read any listing on this page yet. It reads them as they appear.',
    );
  });
});
