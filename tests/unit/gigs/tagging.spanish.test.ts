/**
 * The tags of real listings with the words set to Spanish: the difficulty reasons, a Fiverr
 * gig's competition reasons and the level say nothing in English, and the skill names stay as
 * the marketplaces print them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setWords } from '@/lib/core/i18n';
import type { Listing } from '@/lib/core/model';
import { tagsFor } from '@/lib/gigs/tagging';
import fiverr from '@/lib/sites/fiverr';
import upwork from '@/lib/sites/upwork';
import { catalogWords } from '../../../scripts/lib/catalog';
import { englishIn } from '../../e2e/shared/untranslated';
import fiverrSearch from '../../fixtures/fiverr/search-logo-design-2026-09.html?raw';
import upworkSearch from '../../fixtures/upwork/search-2026-02.html?raw';

const read = (html: string, url: string, adapter: typeof upwork) =>
  adapter.parse(new DOMParser().parseFromString(html, 'text/html'), new URL(url));
const jobs = read(upworkSearch, 'https://www.upwork.com/nx/search/jobs/?q=shopify', upwork);
const gigs = read(fiverrSearch, 'https://www.fiverr.com/search/gigs', fiverr);

beforeEach(() => setWords(catalogWords('es')));
afterEach(() => setWords(catalogWords('en')));

describe('tags in Spanish', () => {
  it('gives every reason of every listing on a saved Upwork page in Spanish', () => {
    expect(jobs.length).toBeGreaterThan(5);
    const reasons = jobs.flatMap((job) => tagsFor(job).difficulty.reasons);
    expect(reasons.length).toBeGreaterThan(jobs.length);
    expect(reasons.filter((r) => englishIn(r).length > 0)).toEqual([]);
    // The listing's own words are quoted in Spanish quotes, and amounts written the Spanish way.
    expect(reasons.some((r) => /«[^»]+»/.test(r))).toBe(true);
    expect(reasons.find((r) => r.startsWith('paga '))).toMatch(/^paga (de )?[\d.,]+\sUS\$/);
    // The first tagging in a test file builds the taxonomy's index: seconds on a busy machine.
  }, 30_000);

  it("says who a Fiverr gig competes with in Spanish, Fiverr's level names kept", () => {
    const gig = gigs.find((l) => l.gig?.sellerLevel === 'top-rated') as Listing;
    const reasons = tagsFor(gig).difficulty.reasons;
    expect(reasons.slice(0, 2)).toEqual([
      'Es un servicio que ofrece un vendedor, no el trabajo de un cliente: el nivel indica lo difícil que es prestar el servicio, y quién lo ofrece, lo difícil que es competir.',
      'De un vendedor Top Rated: muchos vendedores Top Rated ofrecen esto, así que quien empieza compite en precio, rapidez o un nicho más concreto.',
    ]);
    expect(gigs.flatMap((g) => tagsFor(g).difficulty.reasons).filter((r) => englishIn(r).length > 0)).toEqual(
      [],
    );
  });

  it('keeps the skill names as the marketplace prints them', () => {
    const names = jobs.flatMap((job) => tagsFor(job).skills.map((s) => s.name));
    expect(names).toContain('Shopify');
  });
});
