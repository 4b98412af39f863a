import { describe, expect, it } from 'vitest';
import {
  monthsOf,
  platformComparison,
  ratesByPlatform,
  ratesBySkill,
  skillShares,
  winCounts,
} from '@/lib/progress/insights';
import { entry, queued } from './fixtures';

describe('the split rule', () => {
  it('gives each distinct skill of a gig an even share of its hours and earnings', () => {
    expect(
      skillShares(entry({ id: 'a', skills: ['html', 'css', 'html', 'seo'], hours: 6, earnings: 90 })),
    ).toEqual([
      { skill: 'html', hours: 2, earnings: 30 },
      { skill: 'css', hours: 2, earnings: 30 },
      { skill: 'seo', hours: 2, earnings: 30 },
    ]);
  });
});

describe('earnings per hour', () => {
  const log = [
    entry({ id: 'a', skills: ['html', 'css'], hours: 4, earnings: 100 }),
    entry({ id: 'b', skills: ['html'], hours: 3, earnings: 60, platform: 'freelancer' }),
    entry({ id: 'c', skills: ['seo'], hours: 0, earnings: 50 }),
    entry({ id: 'd', skills: ['html'], hours: 2, earnings: 80, currency: 'EUR' }),
    entry({ id: 'e', skills: [], hours: 1, earnings: 10 }),
  ];

  it('per skill, by currency, highest rate first and unknown rates last', () => {
    // html USD: 2 h + 3 h, $50 + $60 → $22/h; css: 2 h, $50 → $25/h; html EUR: €40/h.
    expect(ratesBySkill(log)).toEqual([
      { key: 'html', currency: 'EUR', gigs: 1, hours: 2, earnings: 80, perHour: 40 },
      { key: 'css', currency: 'USD', gigs: 1, hours: 2, earnings: 50, perHour: 25 },
      { key: 'html', currency: 'USD', gigs: 2, hours: 5, earnings: 110, perHour: 22 },
      { key: 'seo', currency: 'USD', gigs: 1, hours: 0, earnings: 50, perHour: null },
    ]);
  });

  it('per platform, every gig counted whole, with or without skills', () => {
    expect(ratesByPlatform(log)).toEqual([
      { key: 'upwork', currency: 'EUR', gigs: 1, hours: 2, earnings: 80, perHour: 40 },
      { key: 'upwork', currency: 'USD', gigs: 3, hours: 5, earnings: 160, perHour: 32 },
      { key: 'freelancer', currency: 'USD', gigs: 1, hours: 3, earnings: 60, perHour: 20 },
    ]);
  });
});

describe('skills over time', () => {
  it('counts each gig in the month it finished (or started), oldest month first, undated gigs nowhere', () => {
    const months = monthsOf([
      entry({ id: 'a', skills: ['html', 'css'], finishedAt: '2026-02-03', hours: 4, earnings: 100 }),
      entry({ id: 'b', skills: ['html'], startedAt: '2026-01-30', hours: 2, earnings: 30 }),
      entry({ id: 'c', skills: ['html'], finishedAt: '2026-02-28', hours: 1, earnings: 20, currency: 'EUR' }),
      entry({ id: 'd', skills: ['seo'] }),
    ]);
    expect(months).toEqual([
      { month: '2026-01', gigs: 1, hours: 2, earnings: { USD: 30 }, skills: { html: 1 } },
      { month: '2026-02', gigs: 2, hours: 5, earnings: { USD: 100, EUR: 20 }, skills: { html: 2, css: 1 } },
    ]);
  });
});

describe('win rate from the queue', () => {
  it('counts hired and done as won, and applied, hired, done and lost bids as applied', () => {
    const queue = [
      queued('1', ['applying', 'applied', 'hired', 'done']),
      queued('2', ['applied', 'hired']),
      queued('3', ['applied']),
      queued('4', ['applied', 'dropped']),
      queued('5', ['applying', 'dropped']),
      queued('6', ['applying', 'applied', 'applying']),
      queued('7', []),
      queued('8', ['applied'], { platform: 'guru' }),
    ];
    expect(Object.fromEntries(winCounts(queue))).toEqual({
      upwork: { applied: 4, won: 2 },
      guru: { applied: 1, won: 0 },
    });
  });
});

describe('the platform comparison', () => {
  it('puts pay, win rate and the beginner share of the listings seen side by side', () => {
    const rows = platformComparison(
      [entry({ id: 'a', hours: 4, earnings: 100 })],
      [queued('1', ['applied', 'hired']), queued('2', ['applied', 'dropped'])],
      {
        upwork: { listings: 40, beginner: 10 },
        freelancer: { listings: 8, beginner: 6 },
        guru: { listings: 0, beginner: 0 },
      },
    );
    expect(rows).toEqual([
      {
        platform: 'upwork',
        gigs: 1,
        rates: [{ key: 'upwork', currency: 'USD', gigs: 1, hours: 4, earnings: 100, perHour: 25 }],
        applied: 2,
        won: 1,
        winRate: 0.5,
        listingsSeen: 40,
        beginnerShare: 0.25,
      },
      {
        platform: 'freelancer',
        gigs: 0,
        rates: [],
        applied: 0,
        won: 0,
        winRate: null,
        listingsSeen: 8,
        beginnerShare: 0.75,
      },
      {
        platform: 'guru',
        gigs: 0,
        rates: [],
        applied: 0,
        won: 0,
        winRate: null,
        listingsSeen: 0,
        beginnerShare: null,
      },
    ]);
  });
});
