/** Rules of the labelling guide that decide a skill whatever the model says (lib/skills/overrides.ts). */
import { describe, expect, it } from 'vitest';
import { CONFIDENT_FROM, confidentSkills, tagText } from '@/lib/skills';
import { HELD_BACK_AT } from '@/lib/skills/overrides';
import { guruJobs, listing, peoplePerHourTitles, upworkSearch } from './fixtures';

const confident = (input: Parameters<typeof tagText>[0]): string[] =>
  confidentSkills(tagText(input)).map((s) => s.id);

describe('a marketplace chip the text does not bear out', () => {
  it('stays behind "more": a Guru client ticks app marketing and mobile boxes for a Rails web app', () => {
    const job = listing(guruJobs(), 'Web app upgrade');
    const all = tagText(job);
    const chips = ['app-marketing', 'mobile-app-development', 'programming-basics', 'software-development'];
    for (const id of chips)
      expect(all.find((s) => s.id === id)?.confidence).toBeLessThanOrEqual(HELD_BACK_AT);
    // Chips the text names, or in a field it names, still count.
    expect(confident(job)).toEqual(
      expect.arrayContaining(['ruby-on-rails', 'sql', 'postgresql', 'web-development']),
    );
  });

  it('does so on Upwork too ("FinTech", "Financial Consulting" on a Shopify subscription workflow)', () => {
    const job = listing(
      upworkSearch(),
      'Recharge & Shopify Expert Needed to Implement Trial-to-Subscription Swap Workflow',
    );
    const ids = confident(job);
    expect(ids).toEqual(expect.arrayContaining(['shopify', 'stripe', 'api-integration']));
    expect(ids).not.toContain('fintech-industry');
    expect(ids).not.toContain('business-consulting');
  });

  it('counts every chip when the text names no skill', () => {
    expect(confident({ title: 'Quick task', platformSkills: ['Customer Service', 'Zendesk'] })).toEqual(
      expect.arrayContaining(['customer-support', 'zendesk']),
    );
  });
});

describe('English', () => {
  it('is no skill for a project manager who must be a native speaker', () => {
    const title = listing(
      peoplePerHourTitles(),
      'Long-term Part/Full-time Software Dev Project Manager (UK based, native English!)',
    ).title;
    expect(tagText({ title }).map((s) => s.id)).toContain('english');
    expect(confident({ title })).not.toContain('english');
  });

  it('is one for a copywriter', () => {
    const title = listing(
      peoplePerHourTitles(),
      "I need an English copywriter for making my website's copies",
    ).title;
    expect(confident({ title })).toContain('english');
  });
});

describe('a broad field', () => {
  it('is what a title asks for when it names nothing more specific', () => {
    const title = listing(
      peoplePerHourTitles(),
      'Need a professional set of brand assets and website building',
    ).title;
    const web = tagText({ title }).find((s) => s.id === 'web-development');
    expect(web?.confidence).toBeGreaterThanOrEqual(CONFIDENT_FROM);
  });

  it('is not when the title names the specific work ("COPY WRITER … CHANGE WEBSITE TXT")', () => {
    const title = listing(
      peoplePerHourTitles(),
      '**24 HOURS PROJECT**  COPY WRITER REQUIRED TO CHANGE WEBSITE TXT',
    ).title;
    expect(confident({ title })).toEqual(['copywriting']);
  });
});
