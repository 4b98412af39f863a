/**
 * The progress handlers over a real (fake-indexeddb) store: a gig from the saved Upwork page
 * goes through the queue into the log, and the dashboard's one answer shows it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createProgressHandlers, normaliseSkills } from '@/lib/background/progress';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { Dashboard } from '@/lib/messages/progress';
import { type Database, openDatabase } from '@/lib/store/db';
import { recordPageScan } from '@/lib/store/listings';
import { saveToQueue, updateQueueItem } from '@/lib/store/queue';
import { entry } from '../progress/fixtures';
import { realListings, scanOf, tagListing } from '../store/helpers';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const sender = { id: 'x' };
let db: Database;
beforeEach(async () => {
  db = await openDatabase({ name: `progress-handlers-${crypto.randomUUID()}` });
});
const handlers = () => createProgressHandlers({ db: async () => db, now: () => NOW });

describe('skills typed by the user', () => {
  it('are stored as taxonomy ids where known, kept as typed otherwise, once each', () => {
    expect(normaliseSkills(['Shopify', ' web design ', 'shopify', 'Underwater basket weaving', ''])).toEqual([
      'shopify',
      'web-design',
      'Underwater basket weaving',
    ]);
  });
});

describe('the log through the handlers', () => {
  it('saves (with ids for skill names), lists and deletes', async () => {
    const h = handlers();
    const saved = await h['ui-bg-progress-save'](entry({ id: 'a', skills: ['Shopify', 'HTML'] }), sender);
    expect(saved.skills).toEqual(['shopify', 'html']);
    expect(await h['ui-bg-progress-list']({}, sender)).toEqual({ entries: [saved] });
    expect(await h['ui-bg-progress-delete']({ id: 'a' }, sender)).toEqual({ deleted: true });
    expect(await h['ui-bg-progress-list']({}, sender)).toEqual({ entries: [] });
  });
});

describe('the dashboard', () => {
  it('shows a gig from the queue in the log, the insights, the roadmap and its case study', async () => {
    const h = handlers();
    const listing = realListings[5]!;
    await recordPageScan(db, scanOf(realListings), NOW, tagListing);
    await saveToQueue(db, listing, NOW);
    await saveToQueue(db, realListings[7]!, NOW);
    for (const status of ['applied', 'hired', 'done'] as const)
      await updateQueueItem(db, listing.id, { status }, NOW);
    await updateQueueItem(db, realListings[7]!.id, { status: 'applied' }, NOW);
    const profile = { ...DEFAULT_PROFILE, goals: ['shopify'] };

    let dashboard = await h['ui-bg-get-dashboard']({ profile }, sender);
    expect(dashboard.unlogged).toEqual([
      { listingId: listing.id, title: listing.title, platform: 'upwork', status: 'done' },
    ]);

    const { entry: made } = await h['ui-bg-progress-from-queue']({ listingId: listing.id }, sender);
    await h['ui-bg-progress-save'](
      { ...made, hours: 10, earnings: 500, rating: 5, feedback: 'Fast & *clear*' },
      sender,
    );
    dashboard = await h['ui-bg-get-dashboard']({ profile }, sender);
    expect(Dashboard.safeParse(dashboard).success).toBe(true);
    expect(dashboard.unlogged).toEqual([]);
    // Six skills share 10 h and $500 ($50/h): the listing's nine chips but one whose label names
    // no skill of its own, and two the text does not bear out ("FinTech", "Financial Consulting"
    // on a Shopify subscription workflow), which the card shows behind "more".
    const six = ['api-integration', 'ecommerce', 'payment-gateway', 'shopify', 'stripe', 'web-development'];
    expect(dashboard.bySkill.map((r) => [r.key, r.hours, r.earnings, r.perHour])).toEqual(
      six.map((skill) => [skill, 10 / 6, 500 / 6, 500 / 6 / (10 / 6)]),
    );
    expect(dashboard.platforms).toEqual([
      {
        platform: 'upwork',
        gigs: 1,
        rates: [{ key: 'upwork', currency: 'USD', gigs: 1, hours: 10, earnings: 500, perHour: 50 }],
        applied: 2,
        won: 1,
        winRate: 0.5,
        listingsSeen: 10,
        beginnerShare: 0.1,
      },
    ]);
    expect(dashboard.months).toEqual([
      {
        month: '2026-02',
        gigs: 1,
        hours: 10,
        earnings: { USD: 500 },
        skills: Object.fromEntries(six.map((skill) => [skill, 1])),
      },
    ]);
    expect(dashboard.nudges).toEqual([]);
    expect(dashboard.roadmap.map((s) => [s.id, s.done])).toEqual([
      ['pick', true],
      ['learn', true],
      ['land', false],
      ['document', false],
      ['scale', false],
    ]);
    expect(dashboard.roadmap[0]?.status).toBe(
      'Learning Shopify, asked for in 6 listings you saw in 90 days.',
    );
    expect(dashboard.skillNames.shopify).toBe('Shopify');
    const study = dashboard.caseStudies[made.id] ?? '';
    expect(study).toContain(`# ${listing.title.replace(/&/g, '\\&')}`);
    expect(study).toContain(listing.description.trim().slice(0, 40));
    expect(study).toContain('- Shopify\n');
    expect(study).toContain('> Fast \\& \\*clear\\*');
  });
});
