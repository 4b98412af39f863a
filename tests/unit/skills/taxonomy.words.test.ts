/** Everyday words the taxonomy no longer reads as skills, on real listings (scripts/taxonomy/*.txt). */
import { describe, expect, it } from 'vitest';
import { fiverrTitles, foundIds, listing, peoplePerHourTitles, upworkJobPages } from './fixtures';

describe('everyday words', () => {
  it('"Apify actors" are no acting, a "Superbase Master" no mastering, "Mix and Match" no mixing', () => {
    expect(
      foundIds(
        listing(fiverrTitles(), 'I will create custom apify actors for web scraping and automation').title,
      ),
    ).not.toContain('modeling-acting');
    const supabase = listing(upworkJobPages(), 'Full-Stack Developer | Superbase Master | Immediate Start');
    expect(foundIds(supabase.title, supabase.description)).not.toContain('audio-mastering');
    const page = listing(
      upworkJobPages(),
      'Custom Page Development for Mix and Match Meat & Seafood Bundles',
    );
    expect(foundIds(page.title, page.description)).not.toContain('audio-mixing');
    expect(foundIds(page.title, page.description)).toContain('shopify');
  });

  it('"policy compliance issues" on an app rejected from Google Play are no regulatory compliance', () => {
    const app = listing(upworkJobPages(), 'App onboarding to Google Play Store');
    const found = foundIds(app.title, app.description);
    expect(found).not.toContain('compliance');
    expect(found).toContain('app-store-submission');
  });

  it('"Recruit op-ed writers" recruits nobody for the freelancer', () => {
    expect(foundIds(listing(peoplePerHourTitles(), 'Recruit op-ed writers').title)).not.toContain(
      'recruiting',
    );
  });
});
