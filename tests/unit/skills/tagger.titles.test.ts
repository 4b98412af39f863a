/** Rules that hold in the title only (rules.rules, `in title`): there a word alone names the task. */
import { describe, expect, it } from 'vitest';
import { tagText } from '@/lib/skills';
import { confidentIds, freelancerJobs, listing, peoplePerHourTitles } from './fixtures';

describe('a title that names only the thing to make', () => {
  it('asks for the work: a logo, an article, pages for a website', () => {
    const pph = peoplePerHourTitles();
    expect(confidentIds(listing(pph, 'Professional Logo').title)).toContain('logo-design');
    expect(confidentIds(listing(pph, 'Article about Dieting and Weight loss').title)).toEqual([
      'article-writing',
    ]);
    expect(confidentIds(listing(pph, 'Design for 6 new pages for my website').title)).toEqual(['web-design']);
  });

  it('does not in a description: "Posting articles to the website" is a Laravel add-on', () => {
    const job = listing(
      freelancerJobs(),
      'Need someone to help me to install statamic and create an add on....',
    );
    expect(tagText(job).map((s) => s.id)).not.toContain('article-writing');
  });

  it('leaves a title with the skill named as it was ("Onpage Seo for small Blog" → On-Page SEO and SEO)', () => {
    expect(confidentIds(listing(peoplePerHourTitles(), 'Onpage Seo for small Blog').title)).toEqual([
      'on-page-seo',
      'seo',
    ]);
  });
});
