/**
 * What happens to each listing card the extension reads: room is kept for its UI at once, its
 * tags and queue state are asked of the background (batched per tick), its fit with the user's
 * profile is judged, and the card UI is shown with a working Save button. The answers to one
 * batch are drawn in one pass, so the page lays out once for all of them. A card handed over
 * again with the same read (read while the page was parsed, then by the page's first read) is
 * asked about once. Shared by the content
 * script and the one-click generic scan; the messaging is injected.
 */

import type { Listing, Tags } from '../core/model';
import type { Profile } from '../core/profile';
import { assessFit } from '../gigs/fit';
import { renderCardUi, UI_CLASS } from './card-ui';
import { releaseCardUi, reserveCardUi } from './reserve';
import { mark, measureSince, now, TIMING } from './timing';

export interface Description {
  tags: Tags;
  queued: boolean;
}

export interface DecoratorDeps {
  profile: Profile;
  describe: (listing: Listing) => Promise<Description | undefined>;
  save: (listing: Listing) => Promise<unknown>;
  /** The card's "Show in panel" button; no button without it (the one-click generic scan). */
  showInPanel?: (listing: Listing) => Promise<boolean>;
  /** Called after cards were drawn or judged again: the badge and the side panel follow. */
  changed?: () => void;
}

/** A card shown with its UI, and how it fits the profile now. */
export interface ShownCard {
  card: Element;
  listing: Listing;
  fits: boolean;
}

/** Decorates one card; `setProfile` judges every card shown again when the user edits the profile. */
export interface Decorator {
  (card: Element, listing: Listing): void;
  setProfile(profile: Profile): void;
  /** Draws a shown card's UI again when the page removed it; nothing when it is there. */
  restore(card: Element): void;
  /** The cards still on the page, in the page's order, one per listing. */
  cards(): ShownCard[];
}

/** What tagging reads of a listing: not when it was posted ("2 hours ago" moves between two reads). */
function readsAs({ postedAt: _postedAt, ...read }: Listing): string {
  return JSON.stringify(read);
}

/** How often one card's UI is drawn again after the page removed it. */
const MAX_RESTORES = 3;

/** Cards shown so far are pruned of those the page removed once this many were added. */
const PRUNE_EVERY = 200;

export function createDecorator({
  profile: initial,
  describe,
  save,
  showInPanel,
  changed,
}: DecoratorDeps): Decorator {
  let profile = initial;
  /** What each card shows, to render it again with a new profile without asking the background. */
  const shown = new Map<Element, { listing: Listing; description: Description }>();
  let addedSincePrune = 0;
  const restores = new WeakMap<Element, number>();
  /** Cards whose answer came in this tick, drawn together at its end. */
  let answered: { card: Element; listing: Listing; answer: Description | undefined }[] = [];
  let drawn = 0;

  const prune = () => {
    addedSincePrune = 0;
    for (const card of shown.keys()) if (!card.isConnected) shown.delete(card);
  };

  const render = (card: Element, listing: Listing, description: Description) => {
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
        // A later re-render (a profile change) keeps the card's "Saved" state.
        description.queued = true;
      },
      showInPanel && (() => showInPanel(listing)),
    );
  };

  const drawAnswered = () => {
    const batch = answered;
    answered = [];
    const started = now();
    let count = 0;
    for (const { card, listing, answer } of batch) {
      if (!card.isConnected) continue;
      // The UI takes the room's place in this same task: nothing below it moves.
      releaseCardUi(card);
      // No answer (the background is unavailable): the card stays as the site made it.
      if (!answer) continue;
      const description = { ...answer };
      shown.set(card, { listing, description });
      if (++addedSincePrune >= PRUNE_EVERY) prune();
      render(card, listing, description);
      count++;
    }
    if (count === 0) return;
    drawn += count;
    measureSince(TIMING.draw, started, count);
    mark(TIMING.lastCardUi, { cards: drawn });
    changed?.();
  };

  /** What each card was last asked about; an answer to an older read of the card is dropped. */
  const asked = new WeakMap<Element, { listing: Listing; reads: string }>();

  const decorate = (card: Element, listing: Listing): void => {
    const before = asked.get(card);
    // A card read while the page was parsed is handed over again when it is parsed (./prefetch.ts):
    // the same read, or one that reads the same, is already asked about or drawn.
    if (before && (before.listing === listing || before.reads === readsAs(listing))) return;
    asked.set(card, { listing, reads: readsAs(listing) });
    reserveCardUi(card);
    void describe(listing).then((answer) => {
      if (asked.get(card)?.listing !== listing) return;
      // No answer: the card may be asked about again (the page's first read, a re-render).
      if (!answer) asked.delete(card);
      if (answered.length === 0) queueMicrotask(drawAnswered);
      answered.push({ card, listing, answer });
    });
  };

  return Object.assign(decorate, {
    restore(card: Element) {
      const entry = shown.get(card);
      if (!entry || card.querySelector(`:scope > .${UI_CLASS}`)) return;
      // A page that removes the UI every time it is drawn is left alone, not fought each frame.
      const times = restores.get(card) ?? 0;
      if (times >= MAX_RESTORES) return;
      restores.set(card, times + 1);
      render(card, entry.listing, entry.description);
      changed?.();
    },
    setProfile(next: Profile) {
      profile = next;
      prune();
      for (const [card, { listing, description }] of shown) render(card, listing, description);
      changed?.();
    },
    cards() {
      prune();
      const seen = new Set<string>();
      return [...shown]
        .sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
        .filter(([, { listing }]) => !seen.has(listing.id) && seen.add(listing.id) !== undefined)
        .map(([card, { listing, description }]) => ({
          card,
          listing,
          fits: assessFit(profile, description.tags).match,
        }));
    },
  });
}
