import type { Listing, PageKind } from '../core/model';
import type { MarketplaceId } from '../core/platforms';

/**
 * A marketplace adapter: declarative, one file per site, so a redesign of one site is mended in one place. It knows
 * which elements are listing cards and how to read one card; everything shared (marking,
 * batching, validation, error handling) lives once, in `defineSite` and the scanner.
 */
export interface SiteDefinition {
  id: MarketplaceId;
  label: string;
  /** Match patterns of the pages this adapter reads. */
  matches: string[];
  selectors: {
    /** One element per listing. Listed in order of preference; all are tried. */
    cards: readonly string[];
  };
  pageKind(url: URL): PageKind;
  /** Reads one card; returns undefined when the card is not a listing after all (an ad, a placeholder). */
  parseCard(card: Element, url: URL, now: number): Listing | undefined;
}

export interface CardListing {
  card: Element;
  listing: Listing;
}

export interface SiteAdapter extends SiteDefinition {
  /** The listing cards under `root`, outermost only, in page order. */
  findCards(root: ParentNode): Element[];
  /** Every valid listing under `root`; cards that fail to parse or validate are skipped, never thrown. */
  parse(root: ParentNode, url: URL, now?: number): Listing[];
  /** Like `parse`, keeping each listing's card so the page UI can decorate it. */
  parseCards(cards: readonly Element[], url: URL, now?: number): { found: CardListing[]; failed: number };
}
