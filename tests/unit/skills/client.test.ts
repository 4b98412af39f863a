/**
 * What the client's software or business does is not work asked for (lib/skills/client.ts):
 * real listings from the fixtures, tagged whole.
 */
import { describe, expect, it } from 'vitest';
import {
  confidentIds,
  foundIds,
  listing,
  peoplePerHourTitles,
  upworkJobPages,
  upworkSearch,
  upworkTiles,
} from './fixtures';

describe('a feature of the software being built', () => {
  it('is no demand: "a Hebrew AI-powered mobile and web app for audio transcription" is app work', () => {
    const app = listing(upworkJobPages(), 'App Development Using Whisper and ChatGPT');
    expect(foundIds(app.title, app.description)).toContain('transcription');
    expect(confidentIds(app.title, app.description)).not.toContain('transcription');
    expect(confidentIds(app.title, app.description)).toContain('mobile-app-development');
  });

  it('stays the job where the work is transcribing calls', () => {
    const job = listing(
      upworkJobPages(),
      'Transcription Assistant for Growing Company (max. 15 hours per week)',
    );
    expect(confidentIds(job.title, job.description)).toContain('transcription');
  });

  it('keeps a tool the software works with, written as a name', () => {
    const job = listing(upworkJobPages(), 'AI Automation Developer for Monday.com');
    expect(confidentIds(job.title, job.description)).toContain('monday-com');
    const tile = listing(
      upworkSearch(),
      'Investment Intent Lead Gen Automation → HubSpot CRM (Make.com + APIs)',
    );
    expect(confidentIds(tile.title, tile.description)).toEqual(
      expect.arrayContaining(['hubspot', 'make-com']),
    );
  });
});

describe("the client's trade", () => {
  it('is what they sell: "SEO for my UK payroll Wordpress website" asks for SEO and WordPress, not payroll', () => {
    const title = listing(peoplePerHourTitles(), 'SEO for my UK payroll Wordpress website').title;
    expect(foundIds(title)).toContain('payroll');
    expect(confidentIds(title)).toEqual(expect.arrayContaining(['seo', 'wordpress']));
    expect(confidentIds(title)).not.toContain('payroll');
  });

  it('reads "Blog Posting for PA Attorney Website" and "WordPress Developer for Affiliate Marketing Website" so', () => {
    expect(
      confidentIds(listing(peoplePerHourTitles(), 'Blog Posting for PA Attorney Website').title),
    ).toEqual(['blog-writing']);
    const tile = listing(upworkTiles(), 'WordPress Developer for Affiliate Marketing Website').title;
    expect(confidentIds(tile)).toContain('wordpress');
    expect(confidentIds(tile)).not.toContain('affiliate-marketing');
  });

  it('keeps an industry, which careful readers name for such a site', () => {
    expect(confidentIds(listing(upworkTiles(), 'Real Estate Website Development').title)).toContain(
      'real-estate-industry',
    );
  });
});
