/**
 * What happens to each listing card the extension reads: its tags and queue state are asked
 * of the background (batched per tick), its fit with the user's profile is judged, and the
 * card UI is shown with a working Save button. Shared by the content script and the
 * one-click generic scan; the messaging is injected.
 */
import { assessFit } from '../match';
import type { Listing, Tags } from '../model';
import type { Profile } from '../profile';
import { renderCardUi } from './card-ui';

export interface Description {
  tags: Tags;
  queued: boolean;
}

export interface DecoratorDeps {
  profile: Profile;
  describe: (listing: Listing) => Promise<Description | undefined>;
  save: (listing: Listing) => Promise<unknown>;
}

export function createDecorator({ profile, describe, save }: DecoratorDeps) {
  return (card: Element, listing: Listing): void => {
    void describe(listing).then((description) => {
      // No answer (the background is unavailable): the card stays as the site made it.
      if (!description || !card.isConnected) return;
      renderCardUi(
        card,
        {
          listing,
          tags: description.tags,
          fit: assessFit(profile, description.tags),
          saved: description.queued,
          hideMode: profile.page.hideMode,
          highlight: profile.page.highlight,
        },
        async () => {
          await save(listing);
        },
      );
    });
  };
}
