/** One gig's card, as the popup and the side panel show it, on a real listing of the saved Upwork page. */
import { describe, expect, it } from 'vitest';
import { MatchCard } from '@/components/popup/MatchCard';
import type { Listing } from '@/lib/core/model';
import { tagsFor } from '@/lib/gigs/tagging';
import type { MatchItem } from '@/lib/messages';
import { click, NOW, realListings, useRoot } from '../helpers';

const root = useRoot();
const $ = <T extends Element = HTMLElement>(selector: string) => root.get().querySelector<T>(selector);
const listing = realListings.find((l) => l.title === 'Build shopify website b2b') as Listing;
const item: MatchItem = {
  listing,
  tags: tagsFor(listing),
  have: ['shopify', 'web-design'],
  learn: ['stripe'],
  rank: 5,
  lastSeenAt: NOW,
  queued: false,
};

describe('MatchCard', () => {
  it('links the title to the listing in the popup, and saves it', async () => {
    const saved: string[] = [];
    const api = {
      saveToQueue: async (id: string) => {
        saved.push(id);
        return {} as never;
      },
    };
    await root.show(
      <ul>
        <MatchCard item={item} api={api} onChecklist={() => {}} />
      </ul>,
    );
    expect($<HTMLAnchorElement>('a.ss-title')?.href).toBe(listing.url);
    expect($('a.ss-title')?.hasAttribute('data-list-focus')).toBe(true);
    await click($('[data-testid="save-match"]'));
    expect(saved).toEqual([listing.id]);
    expect($('[data-testid="save-match"]')?.textContent).toBe('Saved to queue ✓');
  });

  it('shows the listing on the page from its title in the panel, with its note, and says when it is gone', async () => {
    const revealed: string[] = [];
    let found = true;
    const reveal = async (l: Listing) => {
      revealed.push(l.id);
      return found;
    };
    await root.show(
      <ul>
        <MatchCard
          item={item}
          api={{ saveToQueue: async () => ({}) as never }}
          onChecklist={() => {}}
          onReveal={reveal}
          note="Not a fit for your profile"
        />
      </ul>,
    );
    expect($('a.ss-title')).toBeNull();
    expect($('button.ss-reveal')?.getAttribute('title')).toBe('Show it on the page');
    expect($('.ss-note')?.textContent).toBe('Not a fit for your profile');
    await click($('button.ss-reveal'));
    expect(revealed).toEqual([listing.id]);
    expect($('[role="alert"]')).toBeNull();
    found = false;
    await click($('button.ss-reveal'));
    expect($('[role="alert"]')?.textContent).toBe('This listing is no longer on the page.');
  });

  it('takes the focus when it is asked for, again at each new ask', async () => {
    const show = (at?: number) =>
      root.show(
        <ul>
          <MatchCard
            item={item}
            api={{ saveToQueue: async () => ({}) as never }}
            onChecklist={() => {}}
            onReveal={async () => true}
            {...(at === undefined ? {} : { focusedAt: at })}
          />
        </ul>,
      );
    await show();
    expect($('li.ss-focused')).toBeNull();
    await show(1);
    expect($('li')?.className).toBe('ss-focused');
    expect(document.activeElement).toBe($('button.ss-reveal'));
    (document.activeElement as HTMLElement).blur();
    await show(2);
    expect(document.activeElement).toBe($('button.ss-reveal'));
  });
});
