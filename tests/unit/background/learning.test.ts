/** Where to learn a skill and a first gig to try it on (lib/background/learning.ts), over the real saved Upwork page. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import { tagListing, tagsFor } from '@/lib/gigs/tagging';
import { messageSchemas } from '@/lib/messages';
import { type Database, openDatabase } from '@/lib/store/db';
import { realListings, scanOf } from '../store/helpers';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const sender = { id: 'x' };
const learner: Profile = { ...DEFAULT_PROFILE, skills: ['shopify', 'web-design', 'seo'], goals: ['stripe'] };
let db: Database;
beforeEach(async () => {
  db = await openDatabase({ name: `learning-${crypto.randomUUID()}` });
});
const handlers = () =>
  createHandlers({ db: async () => db, tag: tagListing, describe: tagsFor, now: () => NOW });

describe('ui-bg-get-learning', () => {
  it("answers each skill's resources, how they cover it and its name, valid on the wire", async () => {
    const answer = await handlers()['ui-bg-get-learning'](
      { skills: ['html', 'english-to-spanish-translation', 'html'] },
      sender,
    );
    expect(messageSchemas['ui-bg-get-learning'].response.safeParse(answer).success).toBe(true);
    expect(answer.items.map((i) => [i.skill, i.name, i.coveredBy?.how, i.broaderName])).toEqual([
      ['html', 'HTML', 'direct', undefined],
      ['english-to-spanish-translation', 'English to Spanish Translation', 'broader', 'Translation'],
    ]);
    expect(answer.items[0]?.resources.length).toBeGreaterThan(0);
    expect(answer.items[0]?.practice).toBeUndefined();
  });

  it('adds the beginner gigs seen that use a goal beside skills the user has, ranked and tagged', async () => {
    const h = handlers();
    await h['cs-bg-page-scanned'](scanOf(realListings), sender);
    const { items } = await h['ui-bg-get-learning'](
      { skills: ['stripe'], profile: learner, practice: true },
      sender,
    );
    const gigs = items[0]?.practice ?? [];
    expect(gigs.map((g) => g.listing.title)).toEqual(['Build shopify website b2b']);
    expect(gigs[0]?.learn).toEqual(['stripe']);
    expect(gigs[0]?.have).toEqual(['shopify', 'web-design']);
    expect(gigs[0]?.tags.skills.map((s) => s.name)).toContain('Stripe');
  });

  it('finds no practice gig for a goal no beginner listing uses beside what the user has', async () => {
    const h = handlers();
    await h['cs-bg-page-scanned'](scanOf(realListings), sender);
    const { items } = await h['ui-bg-get-learning'](
      { skills: ['german'], profile: learner, practice: true },
      sender,
    );
    expect(items[0]?.practice).toEqual([]);
    expect(items[0]?.resources.length).toBeGreaterThan(0);
  });

  it('refuses a malformed request at the schema', () => {
    const payload = messageSchemas['ui-bg-get-learning'].payload;
    expect(payload.safeParse({ skills: 'html' }).success).toBe(false);
    expect(payload.safeParse({ skills: [''] }).success).toBe(false);
    expect(payload.safeParse({ skills: Array.from({ length: 51 }, (_, i) => `s${i}`) }).success).toBe(false);
  });
});
