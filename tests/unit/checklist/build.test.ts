/**
 * The proposal checklist on real listing text: the saved Upwork search page (Feb 2026) read by
 * its adapter, and job texts from Upwork's feed (2024) and Freelancer.com (2020).
 */
import { describe, expect, it } from 'vitest';
import { buildChecklist, type ChecklistSection } from '@/lib/checklist/build';
import type { Listing } from '@/lib/core/model';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import { tagsFor } from '@/lib/gigs/tagging';
import { getDemand } from '@/lib/store/demand-query';
import { recordPageScan } from '@/lib/store/listings';
import { freelancerJobs, upworkFeed } from '../skills/fixtures';
import { realListings, scanOf, tagListing, useTestDatabase } from '../store/helpers';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const learner: Profile = { ...DEFAULT_PROFILE, skills: ['shopify', 'web-design', 'seo'], goals: ['stripe'] };
const listing = (id: string) => {
  const found = realListings.find((l) => l.id === `upwork:${id}`);
  if (!found) throw new Error(`no listing ${id} in the fixture`);
  return found;
};
const build = (l: Listing, profile = learner, demand?: Parameters<typeof buildChecklist>[0]['demand']) =>
  buildChecklist({ listing: l, tags: tagsFor(l), profile, demand });
const section = (sections: ChecklistSection[], id: ChecklistSection['id']) =>
  sections.find((s) => s.id === id)?.items.map((i) => i.text) ?? [];

/** A job from the labelled JSON Lines fixtures, as a listing. */
function fromJsonl(file: string, index: number): Listing {
  const row = (file.startsWith('freelancer') ? freelancerJobs() : upworkFeed())[index];
  if (!row) throw new Error(`no row ${index} in ${file}`);
  return {
    id: `upwork:row${index}`,
    platform: 'upwork',
    url: 'https://www.upwork.com/jobs/x',
    title: row.title,
    description: row.description,
    platformSkills: [],
  };
}

describe('the proposal checklist', () => {
  it('lists what the client asked to include, and stops where their list ends', () => {
    const sections = build(listing('2024548079070880107'));
    expect(section(sections, 'questions')).toEqual([
      'Confirmation of prior Instant.so experience (with examples).',
      'A clear explanation of how you would approach this specific project.',
      'Estimated timeline.',
      'Fixed project cost.',
      'Any clarifying questions you would need answered before starting.',
    ]);
  });

  it('sets samples apart from answers in a "Please include:" list', () => {
    const sections = build(listing('2025128754324959545'));
    expect(section(sections, 'attachments')).toEqual(['Example of a similar automation you’ve built']);
    expect(section(sections, 'questions')).toEqual([
      'Your experience with Make.com',
      'How you would architect this at a high level (short overview)',
    ]);
  });

  it('finds the screening instruction and the listed budget among the constraints', () => {
    const sections = build(listing('2024507002869143997'));
    const constraints = sections.find((s) => s.id === 'constraints')?.items ?? [];
    const screening = constraints.find((i) => i.id.startsWith('screening:'));
    expect(screening?.text).toBe(
      'To prove you read this entire post, please start your proposal with the word "INTENT".',
    );
    expect(constraints.map((i) => i.text)).toContain('Stay within the listed budget: $20–$45/h');
  });

  it("does not call a Freelancer card's average bid the client's budget", () => {
    // The real 2020 Freelancer.com card (tests/fixtures/freelancer/search-2020-03.html): "$117".
    const card: Listing = {
      id: 'freelancer:develop-website',
      platform: 'freelancer',
      url: 'https://www.freelancer.com/projects/php/develop-website/',
      title: 'Develop My Website',
      description: 'This is an online Social Blogging forum! built on PHP',
      platformSkills: ['Codeigniter', 'Graphic Design', 'HTML', 'PHP', 'Website Design'],
      budget: { kind: 'fixed', min: 117, max: 117, currency: 'USD', source: 'average-bid' },
    };
    const constraints = section(build(card), 'constraints');
    expect(constraints).toContain('No budget is shown: $117 average bid so far');
    expect(constraints.some((text) => text.startsWith('Stay within the listed budget'))).toBe(false);
    expect(tagsFor(card).difficulty.reasons.join(' · ')).not.toContain('fixed price');
  });

  it('skips headings and words that only look like constraints', () => {
    // "BUDGET GUIDELINES" is a heading and "Identify overlap with Klaviyo" is not about time zones.
    expect(section(build(listing('2024630798600595058')), 'constraints')).toEqual([
      'Stay within the listed budget: $5,000 fixed',
    ]);
  });

  it('reads deadlines and time zones', () => {
    expect(section(build(listing('2024925341004239379')), 'constraints')).toContain('Delivery in 3–5 days');
    expect(section(build(listing('2024696422907076268')), 'constraints')).toContain(
      'I work remotely across timezones and need someone who defaults to over-communication.',
    );
  });

  it('asks for evidence of the skills you have and honesty about the one you are learning', () => {
    const items = build(listing('2025050196192886766')).find((s) => s.id === 'skills')?.items ?? [];
    expect(items.map((i) => [i.id, i.text])).toEqual([
      ['skill:shopify', 'Mention Shopify'],
      ['skill:web-design', 'Mention Website Design'],
      ['skill:stripe', 'Say honestly that you are learning Stripe'],
    ]);
    expect(items[0]?.detail).toMatch(/^Evidence: a link to work where you used Shopify/);
  });

  it('picks out the questions in a plain text, and ignores a link that ends in "?"', () => {
    expect(section(build(fromJsonl('freelancer-jobs-2020.jsonl', 29)), 'questions')).toEqual([
      'do you own a MAC to do it?',
      'have you done such a task ever?',
    ]);
    const feed = section(build(fromJsonl('upwork-feed-2024.jsonl', 2)), 'questions');
    expect(feed).toHaveLength(2);
    expect(feed[0]).toMatch(
      /what is your approach of integrating our python class with the back-end of the website\?$/,
    );
    expect(feed[1]).toBe('Like would you use SQL in between them ?');
    expect(section(build(fromJsonl('upwork-feed-2024.jsonl', 8)), 'questions')).toEqual([]);
  });

  it('gives every item a unique id that stays the same when it is built again', () => {
    for (const l of realListings) {
      const ids = build(l).flatMap((s) => s.items.map((i) => i.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(build(structuredClone(l)).flatMap((s) => s.items.map((i) => i.id))).toEqual(ids);
      expect(ids).toEqual(expect.arrayContaining(['step:read-twice', 'step:personalise', 'step:milestone']));
    }
  });
});

describe('the rate suggestion', () => {
  const store = useTestDatabase();

  it('says there is no pay data yet, without demand', () => {
    const rate = build(listing('2024925341004239379')).find((s) => s.id === 'rate')?.items[0];
    expect(rate?.text).toBe('Decide your rate before you write');
  });

  it('suggests the typical hourly pay of the listing’s skills from the demand report', async () => {
    await recordPageScan(store.current(), scanOf(realListings), NOW, tagListing);
    const demand = await getDemand(store.current(), NOW);
    const recharge = listing('2024925341004239379');
    const rate = build(recharge, learner, demand).find((s) => s.id === 'rate')?.items[0];
    // Hourly listings of the page with these skills: Shopify 50–100 and 35–80 (median 66.25), the other
    // five only in the 35–80 one (57.5); weighted by samples: (2 × 66.25 + 5 × 57.5) / 7 = $60.
    expect(rate?.text).toBe('Ask about $60/h: the typical pay for these skills');
    expect(rate?.detail).toBe(
      'From the pay of recent listings asking for Shopify (2), API Integration (1), Payment Gateway Integration (1) and 3 more. Without reviews yet, near it or a little under wins first gigs; do not go far below.',
    );
  });
});
