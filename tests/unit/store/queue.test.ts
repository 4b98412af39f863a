import { describe, expect, it } from 'vitest';
import { QueueRuleError } from '@/lib/core/errors';
import { allowedNext, applyQueueChange, newQueueItem } from '@/lib/gigs/queue-rules';
import { recordPageScan } from '@/lib/store/listings';
import {
  listQueue,
  queuedAmong,
  removeFromQueue,
  saveStoredToQueue,
  saveToQueue,
  updateQueueItem,
} from '@/lib/store/queue';
import { realListings, scanOf, tagListing, useTestDatabase } from './helpers';

const store = useTestDatabase();
const [shopify, hubspot, third] = realListings.slice(7, 10) as [
  (typeof realListings)[number],
  (typeof realListings)[number],
  (typeof realListings)[number],
];

describe('queue rules', () => {
  it('moves a gig forward step by step, recording each step', () => {
    let item = newQueueItem(shopify, 1);
    for (const [status, at] of [
      ['applying', 2],
      ['applied', 3],
      ['hired', 4],
      ['done', 5],
    ] as const) {
      item = applyQueueChange(item, { status }, at);
    }
    expect(item.status).toBe('done');
    expect(item.history).toEqual([
      { status: 'saved', at: 1 },
      { status: 'applying', at: 2 },
      { status: 'applied', at: 3 },
      { status: 'hired', at: 4 },
      { status: 'done', at: 5 },
    ]);
  });

  it('refuses a jump that makes no sense, saying what is allowed', () => {
    const item = newQueueItem(shopify, 1);
    expect(() => applyQueueChange(item, { status: 'done' }, 2)).toThrow(QueueRuleError);
    expect(() => applyQueueChange(item, { status: 'hired' }, 2)).toThrow(
      'a gig that is "Saved" cannot become "Hired"; it can become "Writing a proposal", "Applied", or "Dropped"',
    );
  });

  it('lets any open gig be dropped and a dropped gig be revived', () => {
    for (const status of ['saved', 'applying', 'applied', 'hired'] as const)
      expect(allowedNext(status)).toContain('dropped');
    expect(allowedNext('dropped')).toEqual(['saved']);
  });

  it('keeps notes without touching the status', () => {
    const item = applyQueueChange(
      newQueueItem(shopify, 1),
      { notes: 'Ask about the wholesale price tiers' },
      2,
    );
    expect(item).toMatchObject({
      status: 'saved',
      notes: 'Ask about the wholesale price tiers',
      updatedAt: 2,
    });
    expect(item.history).toHaveLength(1);
  });
});

describe('the queue in the store', () => {
  it('saves from the page, lists newest first, and finds which listings are queued', async () => {
    const db = store.current();
    await saveToQueue(db, shopify, 10);
    await saveToQueue(db, hubspot, 20);
    expect((await listQueue(db)).map((i) => i.listingId)).toEqual([hubspot.id, shopify.id]);
    expect(await queuedAmong(db, [shopify.id, third.id, hubspot.id])).toEqual([shopify.id, hubspot.id]);
  });

  it('keeps status, notes and history when the same listing is saved again', async () => {
    const db = store.current();
    await saveToQueue(db, shopify, 10);
    await updateQueueItem(db, shopify.id, { status: 'applying', notes: 'draft sent to a friend' }, 11);
    const again = await saveToQueue(db, { ...shopify, title: 'Build shopify website b2b (updated)' }, 12);
    expect(again).toMatchObject({
      status: 'applying',
      notes: 'draft sent to a friend',
      savedAt: 10,
      updatedAt: 12,
    });
    expect(again.listing.title).toBe('Build shopify website b2b (updated)');
  });

  it('saves by id a listing it has stored, and says when it has not', async () => {
    const db = store.current();
    await recordPageScan(db, scanOf([third]), 5, tagListing);
    expect((await saveStoredToQueue(db, third.id, 6)).listing).toEqual(third);
    await expect(saveStoredToQueue(db, 'upwork:1', 7)).rejects.toThrow('no listing upwork:1 is stored');
  });

  it('lists by status through its index and removes items with their checklist', async () => {
    const db = store.current();
    await saveToQueue(db, shopify, 10);
    await saveToQueue(db, hubspot, 11);
    await updateQueueItem(db, hubspot.id, { status: 'applied' }, 12);
    expect((await listQueue(db, 'applied')).map((i) => i.listingId)).toEqual([hubspot.id]);
    await db.put('checklists', { listingId: hubspot.id, ticked: ['read-twice'], updatedAt: 12 });
    expect(await removeFromQueue(db, hubspot.id)).toBe(true);
    expect(await removeFromQueue(db, hubspot.id)).toBe(false);
    expect(await db.get('checklists', hubspot.id)).toBeUndefined();
  });

  it('keeps the listing details after the page is gone, and refuses a bad move without changing anything', async () => {
    const db = store.current();
    await saveToQueue(db, shopify, 10);
    await expect(updateQueueItem(db, shopify.id, { status: 'done' }, 11)).rejects.toThrow(QueueRuleError);
    const [item] = await listQueue(db);
    expect(item).toMatchObject({ status: 'saved', updatedAt: 10 });
    expect(item?.listing).toEqual(shopify);
    await expect(updateQueueItem(db, 'upwork:42', { notes: 'x' }, 12)).rejects.toThrow(
      'upwork:42 is not in the learning queue',
    );
  });
});
