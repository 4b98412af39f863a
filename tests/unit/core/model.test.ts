import { describe, expect, it } from 'vitest';
import { Budget, Listing, Tags } from '@/lib/core/model';

const listing = {
  id: 'upwork:1831953276703777851',
  platform: 'upwork',
  url: 'https://www.upwork.com/jobs/Social-Media-Interface-Portal-Design_~021831953276703777851/',
  title: 'Social Media Interface Portal Design',
  description:
    'We are looking for a talented designer who can create a user-friendly social media interface portal.',
  postedAt: '2024-09-05T10:00:00.000Z',
  budget: { kind: 'fixed', min: 650, max: 650, currency: 'USD' },
  platformLevel: 'intermediate',
  platformSkills: ['Make.com', 'Airtable', 'softr', 'Automation'],
  proposals: { min: 0, max: 4 },
  client: { paymentVerified: true, spent: 0, country: 'United Arab Emirates' },
};

describe('Listing', () => {
  it('accepts a listing as the Upwork adapter reads it', () => {
    expect(Listing.parse(listing)).toEqual(listing);
  });

  it.each([
    ['an id without its platform', { id: '1831953276703777851' }],
    ['an unknown platform', { platform: 'craigslist' }],
    ['a javascript: url', { url: 'javascript:alert(1)' }],
    ['an empty title', { title: '' }],
    ['a date that is not ISO', { postedAt: 'yesterday' }],
    ['a level the marketplaces do not use', { platformLevel: 'guru' }],
    ['a rating above 5', { client: { rating: 7 } }],
  ])('rejects %s', (_, change) => {
    expect(Listing.safeParse({ ...listing, ...change }).success).toBe(false);
  });
});

describe('Listing.gig (Fiverr)', () => {
  const gig = {
    ...listing,
    id: 'fiverr:brandoradesign/do-a-luxury-minimalist-logo-design-for-your-business',
    platform: 'fiverr',
    gig: {
      gigId: '459112484',
      seller: 'brandoradesign',
      sellerLevel: 'level-2',
      rating: 5,
      reviews: 627,
      ad: false,
      fiverrChoice: false,
      packages: [{ name: 'Elite', price: 145, deliveryDays: 3, revisions: 'unlimited' }],
    },
  };

  it('is optional: a listing stored before it existed is still a listing', () => {
    expect(Listing.safeParse(listing).success).toBe(true);
    expect(Listing.parse(gig)).toEqual(gig);
  });

  it.each([
    ['a level Fiverr does not have', { sellerLevel: 'level-3' }],
    ['a fractional review count', { reviews: 2.5 }],
    ['a gig id that is not a number', { gigId: 'abc' }],
    ['a package without a price', { packages: [{ name: 'Basic' }] }],
    [
      'revisions that are neither a count nor "unlimited"',
      { packages: [{ name: 'Basic', price: 5, revisions: -1 }] },
    ],
  ])('rejects %s', (_, change) => {
    expect(Listing.safeParse({ ...gig, gig: { ...gig.gig, ...change } }).success).toBe(false);
  });
});

describe('Budget', () => {
  it('needs an ISO currency and min ≤ max', () => {
    expect(Budget.safeParse({ kind: 'hourly', min: 20, max: 45, currency: 'USD' }).success).toBe(true);
    expect(Budget.safeParse({ kind: 'hourly', min: 45, max: 20, currency: 'USD' }).success).toBe(false);
    expect(Budget.safeParse({ kind: 'fixed', min: 5, currency: '$' }).success).toBe(false);
    expect(Budget.safeParse({ kind: 'fixed', min: -5, currency: 'USD' }).success).toBe(false);
  });
});

describe('Tags', () => {
  it('holds skills and a difficulty with its reasons, score within 0..1', () => {
    const tags = {
      skills: [{ id: 'airtable', name: 'Airtable' }],
      difficulty: { level: 'beginner', score: 0.2, reasons: ['fixed price $650'] },
    };
    expect(Tags.parse(tags)).toEqual(tags);
    expect(Tags.safeParse({ ...tags, difficulty: { ...tags.difficulty, score: 1.2 } }).success).toBe(false);
    expect(Tags.safeParse({ ...tags, difficulty: { ...tags.difficulty, level: 'guru' } }).success).toBe(
      false,
    );
  });

  it('keeps tags stored before skills had a confidence valid, and checks the confidence when given', () => {
    const old = {
      skills: [{ id: 'html', name: 'HTML' }],
      difficulty: { level: 'beginner', score: 0.2, reasons: [] },
    };
    expect(Tags.parse(old)).toEqual(old);
    const now = {
      ...old,
      skills: [{ id: 'html', name: 'HTML', confidence: 0.9 }],
      moreSkills: [{ id: 'seo', name: 'SEO', confidence: 0.3 }],
    };
    expect(Tags.parse(now)).toEqual(now);
    expect(Tags.safeParse({ ...old, skills: [{ id: 'html', name: 'HTML', confidence: 1.5 }] }).success).toBe(
      false,
    );
  });
});
