/**
 * The background's handlers over a real (fake-indexeddb) store: the paths a user hits
 * through the popup and options page, including the failures they must be told about.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { DESCRIBE_MEASURE } from '@/lib/background/listings';
import type { Listing } from '@/lib/core/model';
import { tagListing, tagsFor } from '@/lib/gigs/tagging';
import { type Database, openDatabase } from '@/lib/store/db';
import { realListings, scanOf } from '../store/helpers';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const sender = { id: 'x' };
let db: Database;
beforeEach(async () => {
  db = await openDatabase({ name: `handlers-${crypto.randomUUID()}` });
});

const handlersWith = (tag = tagListing) =>
  createHandlers({ db: async () => db, tag, describe: tagsFor, now: () => NOW });

describe('a full disk', () => {
  it('is reported by the write that hit it and in the popup summary, and nothing half-written is kept', async () => {
    let full = true;
    const tag = (listing: Listing) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return tagListing(listing);
    };
    const handlers = handlersWith(tag);
    await expect(handlers['cs-bg-page-scanned'](scanOf(realListings), sender)).rejects.toThrow(
      'Storage is full: 10 listings from www.upwork.com could not be saved, and nothing was changed.',
    );
    expect(await db.count('listings')).toBe(0);
    const summary = await handlers['ui-bg-get-summary']({}, sender);
    expect(summary.storageProblem).toMatch(/^Storage is full/);
    full = false;
    await handlers['cs-bg-page-scanned'](scanOf(realListings), sender);
    expect((await handlers['ui-bg-get-summary']({}, sender)).storageProblem).toBeUndefined();
  });
});

describe('export, import and delete-all through the handlers', () => {
  it('exports a dated backup that imports back', async () => {
    const handlers = handlersWith();
    await handlers['cs-bg-page-scanned'](scanOf(realListings), sender);
    await handlers['cs-bg-queue-save']({ listing: realListings[2]! }, sender);
    const file = await handlers['ui-bg-export']({ kind: 'backup' }, sender);
    expect(file).toMatchObject({
      filename: 'skillscout-backup-2026-02-20.json',
      mimeType: 'application/json',
    });
    await handlers['ui-bg-delete-all']({ confirm: true }, sender);
    expect((await handlers['ui-bg-get-summary']({}, sender)).listings).toBe(0);
    const { imported } = await handlers['ui-bg-import']({ kind: 'backup', text: file.text }, sender);
    expect(imported).toMatchObject({ listings: 10, queue: 1, sightings: 10 });
    expect((await handlers['ui-bg-queue-list']({}, sender)).items.map((i) => i.listingId)).toEqual([
      realListings[2]!.id,
    ]);
  });

  it('refuses a foreign file and keeps what was there', async () => {
    const handlers = handlersWith();
    await handlers['cs-bg-page-scanned'](scanOf(realListings), sender);
    await expect(
      handlers['ui-bg-import']({ kind: 'backup', text: '<html>not a backup</html>' }, sender),
    ).rejects.toThrow(/not JSON/);
    await expect(
      handlers['ui-bg-import']({ kind: 'progress-csv', text: 'a,b\n1,2' }, sender),
    ).rejects.toThrow(/not a SkillScout progress log CSV/);
    expect(await db.count('listings')).toBe(10);
  });

  it('exports the queue and the progress log as CSV', async () => {
    const handlers = handlersWith();
    await handlers['cs-bg-queue-save']({ listing: realListings[2]! }, sender);
    const queue = await handlers['ui-bg-export']({ kind: 'queue-csv' }, sender);
    expect(queue.filename).toBe('skillscout-queue-2026-02-20.csv');
    expect(queue.text.split('\n')).toHaveLength(2);
    const progress = await handlers['ui-bg-export']({ kind: 'progress-csv' }, sender);
    expect(progress.text.trim()).toBe(
      'id,listingId,title,platform,client,skills,hours,earnings,currency,startedAt,finishedAt,rating,feedback,learned,onTime,repeatClient',
    );
  });
});

describe('the queue and checklists through the handlers', () => {
  it('saves from the page, describes the page’s cards, moves, ticks and removes', async () => {
    const handlers = handlersWith();
    const listing = realListings[7]!;
    await handlers['cs-bg-queue-save']({ listing }, sender);
    const described = await handlers['cs-bg-describe']({ listings: [listing, realListings[0]!] }, sender);
    expect(described.items.map((i) => [i.id, i.queued, i.tags.difficulty.level])).toEqual([
      [listing.id, true, 'beginner'], // Upwork: Entry level
      [realListings[0]!.id, false, 'expert'], // Upwork: Expert
    ]);
    expect(described.items[0]?.tags.skills.map((s) => s.id)).toContain('shopify');
    // The benchmark sets the worker's time per batch beside the page's answer mark.
    const measured = performance.getEntriesByName(DESCRIBE_MEASURE).at(-1) as PerformanceMeasure | undefined;
    expect(measured?.detail).toEqual({ cards: 2 });
    const moved = await handlers['ui-bg-queue-update']({ listingId: listing.id, status: 'applying' }, sender);
    expect(moved.status).toBe('applying');
    expect(
      await handlers['ui-bg-checklist-tick'](
        { listingId: listing.id, item: 'read-twice', ticked: true },
        sender,
      ),
    ).toEqual({
      ticked: ['read-twice'],
    });
    expect(await handlers['ui-bg-checklist-get']({ listingId: listing.id }, sender)).toEqual({
      ticked: ['read-twice'],
    });
    expect(await handlers['ui-bg-queue-remove']({ listingId: listing.id }, sender)).toEqual({
      removed: true,
    });
    expect(await handlers['ui-bg-checklist-get']({ listingId: listing.id }, sender)).toEqual({ ticked: [] });
  });
});

describe('the storage horizon', () => {
  it('defaults to 180 days, can be changed, and is what the daily pruning uses', async () => {
    const handlers = handlersWith();
    expect(await handlers['ui-bg-get-settings']({}, sender)).toEqual({ horizonDays: 180 });
    await handlers['ui-bg-set-horizon']({ horizonDays: 30 }, sender);
    expect(await handlers['ui-bg-get-settings']({}, sender)).toEqual({ horizonDays: 30 });
    // A listing last seen 40 days ago goes at the next report under a 30-day horizon.
    const old = createHandlers({
      db: async () => db,
      tag: tagListing,
      describe: tagsFor,
      now: () => NOW - 40 * 86_400_000,
    });
    await old['cs-bg-page-scanned'](scanOf(realListings.slice(0, 1)), sender);
    await db.delete('meta', 'lastPrunedAt');
    await handlers['cs-bg-page-scanned'](scanOf(realListings.slice(1, 2)), sender);
    expect(await db.getAllKeys('listings')).toEqual([realListings[1]!.id]);
  });
});
