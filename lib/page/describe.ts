/**
 * The page's side of `cs-bg-describe`: one message per batch of new cards. Cards can be asked
 * about early, while the page is still parsed (./prefetch.ts): the card read again when the page
 * is parsed takes that early answer when it reads the same.
 */

import type { Listing } from '../core/model';
import type { Request } from '../messages/client';
import type { contentMessageSchemas } from '../messages/content';
import { createBatcher } from './batch';
import type { Description } from './decorate';

/** What tagging reads of a listing: not when it was posted ("2 hours ago" moves between two reads). */
function readsAs({ postedAt: _postedAt, ...read }: Listing): string {
  return JSON.stringify(read);
}

export function describeVia(request: Request<typeof contentMessageSchemas>) {
  const ask = createBatcher(
    (listing: Listing) => listing.id,
    async (listings: Listing[]) => {
      const { items } = await request('cs-bg-describe', { listings });
      return new Map<string, Description>(items.map(({ id, tags, queued }) => [id, { tags, queued }]));
    },
  );
  /** Answers asked for early, each kept for the one card read again that reads the same. */
  const early = new Map<
    string,
    { listing: Listing; reads: string; answer: Promise<Description | undefined> }
  >();
  const describe = (listing: Listing): Promise<Description | undefined> => {
    const kept = early.get(listing.id);
    if (kept) {
      early.delete(listing.id);
      // The same read handed back (./prefetch.ts keeps it) needs no comparing.
      if (kept.listing === listing || kept.reads === readsAs(listing)) return kept.answer;
    }
    return ask(listing);
  };
  return Object.assign(describe, {
    flush: ask.flush,
    settled: ask.settled,
    /** Asks about a card before it is decorated; the decorating takes this answer. */
    prefetch(listing: Listing): void {
      early.set(listing.id, { listing, reads: readsAs(listing), answer: ask(listing) });
    },
  });
}
