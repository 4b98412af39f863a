import { describe, expect, it } from 'vitest';
import { getDemand } from '@/lib/store/demand';
import { recordPageScan } from '@/lib/store/listings';
import { DAY_MS } from '@/lib/time';
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
    // Upwork's own tokens: "n8n" is on 2 of the 10 tiles, "Shopify" on 3 (counted by hand in the fixture).
    const n8n = demand.skills.find((s) => s.skill === 'n8n');
    expect(n8n?.counts.d7).toBe(realListings.filter((l) => l.platformSkills.includes('n8n')).length);
    expect(demand.skills.find((s) => s.skill === 'shopify')?.counts.d7).toBe(
      realListings.filter((l) => l.platformSkills.includes('Shopify')).length,
    );
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
