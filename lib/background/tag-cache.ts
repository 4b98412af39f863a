/**
 * Each distinct listing is tagged once: a page's cards are tagged for the card UI
 * (`cs-bg-describe`) and again for the store (`cs-bg-page-scanned`), a reload or a re-rendered
 * list sends them again, and another tab shows the same jobs. The key is a hash of everything
 * tagging reads, which is the whole listing but its id, address and posting time (the same job
 * text under another id tags the same; tests/unit/background/tag-cache.test.ts holds tagging to
 * that). The oldest entries go first once `capacity` are kept.
 */
import type { Listing, Tags } from '../core/model';

/** 53-bit string hash (cyrb53): collisions among a few thousand keys are vanishingly rare. */
export function hashText(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

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
