/**
 * Each distinct listing is tagged once: a page's cards are tagged for the card UI
 * (`cs-bg-describe`) and again for the store (`cs-bg-page-scanned`), a reload or a re-rendered
 * list sends them again, and another tab shows the same jobs. The key is a hash of everything
 * tagging reads, which is the whole listing but its id, address and posting time (the same job
 * text under another id tags the same; tests/unit/background/tag-cache.test.ts holds tagging to
 * that). The oldest entries go first once `capacity` are kept.
 */
import { cyrb53 } from '../core/hash';
import type { Listing, Tags } from '../core/model';

/** A listing's tagging inputs, hashed (see core/hash). */
export const hashText = cyrb53;

/** What tagging reads of a listing, as one string. */
export function tagKey(listing: Listing): number {
  const { id: _id, url: _url, postedAt: _postedAt, ...read } = listing;
  return hashText(JSON.stringify(read));
}

export interface TagCache {
  (listing: Listing): Tags;
  readonly size: number;
}

export function createTagCache(tag: (listing: Listing) => Tags, capacity = 2_000): TagCache {
  const kept = new Map<number, Tags>();
  const cached = (listing: Listing): Tags => {
    const key = tagKey(listing);
    const hit = kept.get(key);
    if (hit) {
      // Seen again: it moves to the back of the line to be dropped.
      kept.delete(key);
      kept.set(key, hit);
      return hit;
    }
    const tags = tag(listing);
    kept.set(key, tags);
    if (kept.size > capacity) kept.delete(kept.keys().next().value as number);
    return tags;
  };
  return Object.defineProperty(cached, 'size', { get: () => kept.size }) as TagCache;
}
