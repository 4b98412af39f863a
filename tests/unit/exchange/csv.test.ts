import { describe, expect, it } from 'vitest';
import { ImportError } from '@/lib/core/errors';
import type { ProgressEntry } from '@/lib/core/model';
import { progressFromCsv, progressToCsv, queueToCsv } from '@/lib/exchange/csv';
import { newQueueItem } from '@/lib/gigs/queue-rules';

const entries: ProgressEntry[] = [
  {
    id: 'gig-1',
    listingId: 'upwork:2025050196192886766',
    title: 'Build shopify website b2b',
    platform: 'upwork',
    client: 'Sydney wholesaler',
    skills: ['shopify', 'web-design'],
    hours: 12.5,
    earnings: 350,
    currency: 'USD',
    startedAt: '2026-02-21',
    finishedAt: '2026-03-01',
    rating: 5,
    feedback: 'Fast, clear, "would hire again", and kept us updated, daily.',
    learned: 'Shopify B2B price lists\nand metafields',
    onTime: true,
    repeatClient: false,
  },
  {
    id: 'gig-2',
    title: 'Logo touch-up',
    platform: 'fiverr',
    skills: [],
    hours: 1,
    earnings: 25,
    currency: 'EUR',
  },
];

describe('progress log CSV', () => {
  it('round-trips entries, quotes, commas and line breaks included', () => {
    const csv = progressToCsv(entries);
    expect(csv.split('\n')[0]).toBe(
      'id,listingId,title,platform,client,skills,hours,earnings,currency,startedAt,finishedAt,rating,feedback,learned,onTime,repeatClient',
    );
    expect(progressFromCsv(csv)).toEqual(entries);
  });

  it('rejects the whole file when one row is wrong, naming the row', () => {
    const csv = progressToCsv(entries).replace('12.5', 'twelve');
    expect(() => progressFromCsv(csv)).toThrow(ImportError);
    expect(() => progressFromCsv(csv)).toThrow(/Nothing was imported[\s\S]*row 2: .*hours/);
  });

  it('reads a sheet written before the on-time and repeat-client columns: the answers are not logged', () => {
    const old = [
      'id,listingId,title,platform,client,skills,hours,earnings,currency,startedAt,finishedAt,rating,feedback,learned',
      'gig-2,,Logo touch-up,fiverr,,,1,25,EUR,,,,,',
    ].join('\n');
    const [read] = progressFromCsv(old);
    expect(read).toEqual(entries[1]);
    expect(read).not.toHaveProperty('onTime');
  });

  it('refuses an answer that is not true or false, naming the row and the column', () => {
    const csv = progressToCsv(entries).replace(',true,false', ',maybe,false');
    expect(() => progressFromCsv(csv)).toThrow(/row 2: .*onTime/);
  });

  it('rejects a CSV that is not a progress log', () => {
    expect(() => progressFromCsv('title,rate,desc\nDevelop website,$115,PHP')).toThrow(
      /not a SkillScout progress log CSV: it has no "id", "platform", "hours", "earnings", and "currency" columns/,
    );
  });
});

describe('queue CSV', () => {
  it('has one row per item with the listing details a spreadsheet needs', () => {
    const item = newQueueItem(
      {
        id: 'upwork:2025050196192886766',
        platform: 'upwork',
        url: 'https://www.upwork.com/jobs/Build-shopify-website-b2b_~022025050196192886766/',
        title: 'Build shopify website b2b',
        description: '',
        budget: { kind: 'fixed', min: 350, max: 350, currency: 'USD' },
        platformSkills: ['Shopify', 'Web Design'],
      },
      Date.parse('2026-02-20T12:00:00Z'),
    );
    expect(queueToCsv([item]).split('\n')).toEqual([
      'listingId,title,platform,url,status,notes,savedAt,updatedAt,budgetKind,budgetMin,budgetMax,currency,platformSkills',
      'upwork:2025050196192886766,Build shopify website b2b,upwork,https://www.upwork.com/jobs/Build-shopify-website-b2b_~022025050196192886766/,saved,,2026-02-20T12:00:00.000Z,2026-02-20T12:00:00.000Z,fixed,350,350,USD,Shopify; Web Design',
    ]);
  });
});
