import { Listing } from '../core/model';
import type { CardListing, SiteAdapter, SiteDefinition } from './types';

export function defineSite(definition: SiteDefinition): SiteAdapter {
  const findCards = (root: ParentNode): Element[] => {
    const cards = new Set<Element>();
    for (const selector of definition.selectors.cards) {
      for (const el of Array.from(root.querySelectorAll(selector))) cards.add(el);
    }
    // A card nested inside another card (two generations of markup on one page) is read once.
    return [...cards].filter((el) => {
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        if (cards.has(parent)) return false;
      }
      return true;
    });
  };

  const parseCards: SiteAdapter['parseCards'] = (cards, url, now = Date.now()) => {
    const found: CardListing[] = [];
    let failed = 0;
    for (const card of cards) {
      try {
        const raw = definition.parseCard(card, url, now);
        if (!raw) continue;
        // Page text is untrusted and markup changes: only schema-valid listings leave the adapter.
        const checked = Listing.safeParse(raw);
        if (checked.success) found.push({ card, listing: checked.data });
        else failed++;
      } catch {
        failed++;
      }
    }
    return { found, failed };
  };

  return {
    ...definition,
    findCards,
    parseCards,
    parse: (root, url, now) => parseCards(findCards(root), url, now).found.map((f) => f.listing),
  };
}
