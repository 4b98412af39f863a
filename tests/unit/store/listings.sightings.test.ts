import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@/lib/core/time';
import { getDemand } from '@/lib/store/demand-query';
import { recordPageScan } from '@/lib/store/listings';
import { realListings, scanOf, tagListing, useTestDatabase } from './helpers';

const store = useTestDatabase();
const NOW = Date.parse('2026-02-20T12:00:00Z');

describe('sightings', () => {
  it('are kept once per listing per day, however often the page is reported', async () => {
    const db = store.current();
    await recordPageScan(db, scanOf(realListings), NOW, tagListing);
    await recordPageScan(db, scanOf(realListings), NOW + 60_000, tagListing); // reload
    await recordPageScan(db, scanOf(realListings.slice(0, 3)), NOW + 120_000, tagListing); // another tab
    expect(await db.count('sightings')).toBe(10);
    await recordPageScan(db, scanOf(realListings.slice(0, 3)), NOW + DAY_MS, tagListing); // next day
    expect(await db.count('sightings')).toBe(13);
    expect(await db.countFromIndex('sightings', 'by-listing', realListings[0]!.id)).toBe(2);
  });

  it('count each listing once in the demand tallies, on the day it was first seen', async () => {
    const db = store.current();
    await recordPageScan(db, scanOf(realListings), NOW, tagListing);
    await recordPageScan(db, scanOf(realListings), NOW + DAY_MS, tagListing);
    const demand = await getDemand(db, NOW + DAY_MS);
    expect(demand.totals).toEqual({ d7: 10, d30: 10, d90: 10 });
    // Six of the ten titles name Shopify. Two descriptions name n8n, both only where the client
    // describes their own business ("I am an AI automation & systems architect…"): the one whose
    // chips also list n8n counts, the other does not.
    expect(demand.skills.find((s) => s.skill === 'shopify')?.counts.d7).toBe(6);
    expect(demand.skills.find((s) => s.skill === 'n8n')?.counts.d7).toBe(1);
  });

  it('lose nothing and count nothing twice when a batch is sent again after a failure', async () => {
    const db = store.current();
    let tagged = 0;
    // The first write dies half-way through the batch (as when the service worker is stopped).
    const dying = (listing: Parameters<typeof tagListing>[0]) => {
      if (++tagged === 5) throw new Error('service worker stopped');
      return tagListing(listing);
    };
    await expect(recordPageScan(db, scanOf(realListings), NOW, dying)).rejects.toThrow(
      'service worker stopped',
    );
    expect(await db.count('listings')).toBe(0);
    expect(await db.count('sightings')).toBe(0);
    expect(await db.count('tallies')).toBe(0);
    await recordPageScan(db, scanOf(realListings), NOW, tagListing);
    await recordPageScan(db, scanOf(realListings), NOW, tagListing);
    expect(await db.count('listings')).toBe(10);
    expect((await getDemand(db, NOW)).totals.d7).toBe(10);
  });
});

describe('Fiverr gigs', () => {
  it('are stored but not counted as demand: they are what sellers offer', async () => {
    const db = store.current();
    const gig = {
      id: 'fiverr:scraperpro/scrape-any-website',
      platform: 'fiverr' as const,
      url: 'https://www.fiverr.com/scraperpro/scrape-any-website',
      title: 'I will do web scraping, data mining and data extraction in Python',
      description: '',
      budget: { kind: 'fixed' as const, min: 35, currency: 'EUR' },
      platformSkills: [],
    };
    await recordPageScan(
      db,
      { ...scanOf([gig]), platform: 'fiverr', url: 'https://www.fiverr.com/search/gigs' },
      NOW,
      tagListing,
    );
    expect(await db.count('listings')).toBe(1);
    expect((await getDemand(db, NOW)).totals).toEqual({ d7: 0, d30: 0, d90: 0 });
  });
});
