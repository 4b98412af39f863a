/** Each distinct listing tagged once, on the real 50-tile page's listings. */
import { describe, expect, it, vi } from 'vitest';
import { createTagCache, hashText, tagKey } from '@/lib/background/tag-cache';
import type { Listing } from '@/lib/core/model';
import { tagsFor } from '@/lib/gigs/tagging';
import upwork from '@/lib/sites/upwork';
import page50 from '../../fixtures/upwork/search-50-constructed.html?raw';

const listings: Listing[] = upwork.parse(
  new DOMParser().parseFromString(page50, 'text/html'),
  new URL('https://www.upwork.com/nx/search/jobs/'),
  Date.parse('2026-02-20T12:00:00Z'),
);

describe('the tag cache', () => {
  it('tags each distinct listing once and answers as the tagger does', () => {
    expect(listings).toHaveLength(50);
    const tag = vi.fn(tagsFor);
    const cached = createTagCache(tag);
    const first = listings.map(cached);
    const again = listings.map(cached);
    expect(tag).toHaveBeenCalledTimes(50);
    expect(again).toEqual(first);
    expect(first).toEqual(listings.map(tagsFor));
    expect(cached.size).toBe(50);
  });

  it('keys on what tagging reads: the same job under another id, address or posting time tags the same', () => {
    for (const listing of listings.slice(0, 12)) {
      const moved = {
        ...listing,
        id: `${listing.id}9`,
        url: `${listing.url}?again`,
        postedAt: '2026-01-01T00:00:00.000Z',
      };
      expect(tagKey(moved)).toBe(tagKey(listing));
      expect(tagsFor(moved)).toEqual(tagsFor(listing));
    }
  });

  it('tags again when anything tagging reads differs', () => {
    const [listing] = listings as [Listing];
    const tag = vi.fn(tagsFor);
    const cached = createTagCache(tag);
    cached(listing);
    cached({ ...listing, title: `${listing.title} (2)` });
    cached({ ...listing, description: `${listing.description} Shopify.` });
    cached({ ...listing, platformSkills: [...listing.platformSkills, 'Shopify'] });
    cached({ ...listing, platformLevel: 'entry' });
    expect(tag).toHaveBeenCalledTimes(5);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const tag = vi.fn(tagsFor);
    const cached = createTagCache(tag, 3);
    const [a, b, c, d] = listings as [Listing, Listing, Listing, Listing];
    for (const l of [a, b, c]) cached(l);
    cached(a); // a is fresh again: b goes first
    cached(d);
    expect(cached.size).toBe(3);
    tag.mockClear();
    cached(a);
    cached(c);
    expect(tag).not.toHaveBeenCalled();
    cached(b);
    expect(tag).toHaveBeenCalledTimes(1);
  });

  it('hashes distinct texts apart', () => {
    const texts = listings.map((l) => JSON.stringify(l));
    expect(new Set(texts.map(hashText)).size).toBe(new Set(texts).size);
    expect(hashText('')).toBe(hashText(''));
    expect(hashText('a')).not.toBe(hashText('b'));
  });
});
