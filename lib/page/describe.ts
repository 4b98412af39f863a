/** The page's side of `cs-bg-describe`: one message per batch of new cards. */

import type { Listing } from '../core/model';
import type { Request } from '../messages/client';
import type { contentMessageSchemas } from '../messages/content';
import { createBatcher } from './batch';
import type { Description } from './decorate';
import { mark, TIMING } from './timing';

export function describeVia(request: Request<typeof contentMessageSchemas>) {
  return createBatcher(
    (listing: Listing) => listing.id,
    async (listings: Listing[]) => {
      const { items } = await request('cs-bg-describe', { listings });
      mark(TIMING.answered, { cards: items.length });
      return new Map<string, Description>(items.map(({ id, tags, queued }) => [id, { tags, queued }]));
    },
  );
}
