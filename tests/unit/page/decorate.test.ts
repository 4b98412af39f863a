/** The decorator: cards judged against the profile, and judged again when the profile changes. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/core/model';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { tagsFor } from '@/lib/gigs/tagging';
import { createDecorator, type Description } from '@/lib/page/decorate';

// A tile of the saved Upwork search page (tests/fixtures/upwork/search-2026-02.html), Entry level.
const listing: Listing = {
  id: 'upwork:2025050196192886766',
  platform: 'upwork',
  url: 'https://www.upwork.com/jobs/Build-shopify-website-b2b_~022025050196192886766/',
  title: 'Build shopify website b2b',
  description: 'Looking for someone to build a Shopify website for our B2B wholesale customers.',
  platformSkills: ['Shopify', 'Web Design', 'Stripe'],
  platformLevel: 'entry',
};
const description = (): Description => ({ tags: tagsFor(listing), queued: false });

function card(): Element {
  const article = document.createElement('article');
  article.append(Object.assign(document.createElement('h2'), { textContent: listing.title }));
  document.body.append(article);
  return article;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const fitLabel = (el: Element) =>
  el.querySelector('.skillscout-ui')?.shadowRoot?.querySelector('.fit')?.textContent;

afterEach(() => {
  document.body.replaceChildren();
});

describe('createDecorator', () => {
  it('shows the fit for the profile it was made with', async () => {
    const decorate = createDecorator({
      profile: { ...DEFAULT_PROFILE, skills: ['shopify'] },
      describe: async () => description(),
      save: async () => undefined,
    });
    const tile = card();
    decorate(tile, listing);
    await settle();
    expect(tile.getAttribute('data-skillscout-fit')).toBe('match');
    expect(fitLabel(tile)).toBe('Uses your Shopify');
  });

  it('judges every card again when the profile changes, without asking the background again', async () => {
    let asked = 0;
    const decorate = createDecorator({
      profile: DEFAULT_PROFILE,
      describe: async () => {
        asked++;
        return description();
      },
      save: async () => undefined,
    });
    const tiles = [card(), card()];
    for (const tile of tiles) decorate(tile, listing);
    await settle();
    expect(tiles.map((t) => t.getAttribute('data-skillscout-fit'))).not.toContain('match');

    decorate.setProfile({ ...DEFAULT_PROFILE, skills: ['web-design'], goals: ['stripe'] });
    expect(tiles.map((t) => t.getAttribute('data-skillscout-fit'))).toEqual(['match', 'match']);
    expect(fitLabel(tiles[0]!)).toBe('Practise Stripe');
    // One card UI per card, not one more per render.
    expect(tiles[0]!.querySelectorAll('.skillscout-ui')).toHaveLength(1);

    decorate.setProfile({
      ...DEFAULT_PROFILE,
      skills: ['shopify'],
      page: { highlight: false, hideMode: 'none' },
    });
    expect(tiles.map((t) => t.getAttribute('data-skillscout-fit'))).toEqual(['match-quiet', 'match-quiet']);
    expect(asked).toBe(2);
  });

  it('keeps a card "Saved" after the profile changes', async () => {
    const decorate = createDecorator({
      profile: DEFAULT_PROFILE,
      describe: async () => description(),
      save: async () => undefined,
    });
    const tile = card();
    decorate(tile, listing);
    await settle();
    const saveButton = () =>
      [...(tile.querySelector('.skillscout-ui')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
        b.textContent?.startsWith('Save'),
      );
    saveButton()?.click();
    await settle();
    expect(saveButton()?.textContent).toMatch(/^Saved/);
    decorate.setProfile({ ...DEFAULT_PROFILE, skills: ['shopify'] });
    expect(saveButton()?.textContent).toMatch(/^Saved/);
  });

  it('forgets cards the page removed, and leaves cards without an answer as the site made them', async () => {
    const decorate = createDecorator({
      profile: DEFAULT_PROFILE,
      describe: async (l) => (l.title === 'no answer' ? undefined : description()),
      save: async () => undefined,
    });
    const gone = card();
    const silent = card();
    decorate(gone, listing);
    decorate(silent, { ...listing, title: 'no answer' });
    await settle();
    gone.remove();
    decorate.setProfile({ ...DEFAULT_PROFILE, skills: ['shopify'] });
    expect(silent.querySelector('.skillscout-ui')).toBeNull();
    expect(silent.hasAttribute('data-skillscout-fit')).toBe(false);
    // The removed card was not rendered again (it would have been re-judged as a match).
    expect(gone.getAttribute('data-skillscout-fit')).not.toBe('match');
  });
});

describe('a card handed over again', () => {
  /** A describe the test answers by hand, recording what it was asked, in order. */
  const manual = () => {
    const asked: { listing: Listing; answer: (d: Description | undefined) => void }[] = [];
    const describe = (l: Listing) =>
      new Promise<Description | undefined>((resolve) => asked.push({ listing: l, answer: resolve }));
    return { asked, describe };
  };
  const pill = (el: Element) =>
    el.querySelector('.skillscout-ui')?.shadowRoot?.querySelector('[aria-label]')?.getAttribute('aria-label');

  it('with the same read (early, then at the first read) is asked about once and drawn once', async () => {
    const { asked, describe } = manual();
    const decorate = createDecorator({ profile: DEFAULT_PROFILE, describe, save: async () => undefined });
    const tile = card();
    decorate(tile, listing);
    decorate(tile, listing);
    // Read again a moment later: the same job, its "posted 2 minutes ago" moved on.
    decorate(tile, { ...listing, postedAt: '2026-02-20T10:02:00.000Z' });
    expect(asked).toHaveLength(1);
    asked[0]?.answer(description());
    await settle();
    expect(tile.querySelectorAll('.skillscout-ui')).toHaveLength(1);
    expect(tile.querySelectorAll('.skillscout-room')).toHaveLength(0);
  });

  it('that reads otherwise by then is asked again, and the older answer coming later is dropped', async () => {
    const { asked, describe } = manual();
    const decorate = createDecorator({ profile: DEFAULT_PROFILE, describe, save: async () => undefined });
    const tile = card();
    decorate(tile, listing);
    const rewritten = { ...listing, title: 'Build shopify website b2b, and its checkout' };
    decorate(tile, rewritten);
    expect(asked.map((a) => a.listing.title)).toEqual([listing.title, rewritten.title]);
    asked[1]?.answer({ tags: tagsFor(rewritten), queued: false });
    await settle();
    asked[0]?.answer(description());
    await settle();
    expect(pill(tile)).toContain('checkout');
    expect(decorate.cards().map((c) => c.listing.title)).toEqual([rewritten.title]);
  });

  it('whose answer did not come is asked again', async () => {
    const { asked, describe } = manual();
    const decorate = createDecorator({ profile: DEFAULT_PROFILE, describe, save: async () => undefined });
    const tile = card();
    decorate(tile, listing);
    asked[0]?.answer(undefined);
    await settle();
    decorate(tile, listing);
    expect(asked).toHaveLength(2);
    asked[1]?.answer(description());
    await settle();
    expect(tile.querySelectorAll('.skillscout-ui')).toHaveLength(1);
  });
});

describe('room for the card UI', () => {
  it('is kept from the moment a card is read, and the UI takes it', async () => {
    let answer: (d: Description) => void = () => undefined;
    const decorate = createDecorator({
      profile: DEFAULT_PROFILE,
      describe: () => new Promise((resolve) => (answer = resolve)),
      save: async () => undefined,
    });
    const tile = card();
    decorate(tile, listing);
    expect(tile.firstElementChild?.className).toBe('skillscout-room');
    expect(tile.querySelector('.skillscout-ui')).toBeNull();
    answer(description());
    await settle();
    expect(tile.querySelectorAll(':scope > .skillscout-ui')).toHaveLength(1);
    expect(tile.firstElementChild?.className).toBe('skillscout-ui');
    expect(tile.querySelector('.skillscout-room')).toBeNull();
    expect(tile.querySelector('.skillscout-ui')?.shadowRoot?.querySelector('.chips')).not.toBeNull();
  });

  it('is given back when no answer comes', async () => {
    const decorate = createDecorator({
      profile: DEFAULT_PROFILE,
      describe: async () => undefined,
      save: async () => undefined,
    });
    const tile = card();
    decorate(tile, listing);
    await settle();
    expect(tile.querySelector('.skillscout-ui, .skillscout-room')).toBeNull();
  });

  it('draws the answers to one batch in one pass, marked with how many cards show a UI', async () => {
    performance.clearMarks();
    const decorate = createDecorator({
      profile: DEFAULT_PROFILE,
      describe: async () => description(),
      save: async () => undefined,
    });
    const tiles = [card(), card(), card()];
    for (const tile of tiles) decorate(tile, listing);
    await settle();
    const marks = performance.getEntriesByName('skillscout:last-card-ui') as PerformanceMark[];
    expect(marks.map((m) => m.detail)).toEqual([{ cards: 3 }]);
    expect(tiles.every((t) => t.querySelector('.skillscout-ui')?.shadowRoot)).toBe(true);
  });
});

describe('the cards shown, for the side panel and the badge', () => {
  it("are listed in the page's order, once per listing, with their fit now, and each drawn batch is told once", async () => {
    let changes = 0;
    const decorate = createDecorator({
      profile: { ...DEFAULT_PROFILE, skills: ['shopify'] },
      describe: async () => description(),
      save: async () => undefined,
      changed: () => changes++,
    });
    const [first, second, third] = [card(), card(), card()];
    const other = { ...listing, id: 'upwork:2025050196192886767', title: 'Another' };
    // Drawn out of order: the answer order is not the page's.
    decorate(third!, other);
    decorate(first!, listing);
    decorate(second!, listing);
    await settle();
    // The three answers came in one tick and were drawn in one pass: one change to tell.
    expect(changes).toBe(1);
    expect(decorate.cards().map((c) => [c.card, c.listing.id, c.fits])).toEqual([
      [first, listing.id, true],
      [third, other.id, true],
    ]);
    decorate.setProfile(DEFAULT_PROFILE);
    expect(changes).toBe(2);
    expect(decorate.cards().map((c) => c.fits)).toEqual([false, false]);
    first!.remove();
    expect(decorate.cards().map((c) => c.card)).toEqual([second, third]);
  });

  it('have a "Show in panel" button when the page can ask for the panel, and none otherwise', async () => {
    const asked: string[] = [];
    const withPanel = createDecorator({
      profile: DEFAULT_PROFILE,
      describe: async () => description(),
      save: async () => undefined,
      showInPanel: async (l) => {
        asked.push(l.id);
        return true;
      },
    });
    const without = createDecorator({
      profile: DEFAULT_PROFILE,
      describe: async () => description(),
      save: async () => undefined,
    });
    const [a, b] = [card(), card()];
    withPanel(a!, listing);
    without(b!, listing);
    await settle();
    const panelButton = (el: Element) =>
      el.querySelector('.skillscout-ui')?.shadowRoot?.querySelector('button.panel');
    expect(panelButton(b!)).toBeNull();
    expect(panelButton(a!)?.textContent).toBe('Show in panel');
    (panelButton(a!) as HTMLButtonElement).click();
    await settle();
    expect(asked).toEqual([listing.id]);
  });

  it('draws a card again when the page threw its UI away, without asking the background again', async () => {
    let asked = 0;
    let changes = 0;
    const decorate = createDecorator({
      profile: { ...DEFAULT_PROFILE, skills: ['shopify'] },
      describe: async () => {
        asked++;
        return description();
      },
      save: async () => undefined,
      changed: () => changes++,
    });
    const tile = card();
    decorate(tile, listing);
    await settle();
    // A framework hydrating the card rebuilds its children and drops what it did not make.
    tile.replaceChildren(Object.assign(document.createElement('h2'), { textContent: listing.title }));
    decorate.restore(tile);
    expect(fitLabel(tile)).toBe('Uses your Shopify');
    decorate.restore(tile);
    expect(tile.querySelectorAll(':scope > .skillscout-ui')).toHaveLength(1);
    expect(asked).toBe(1);
    expect(changes).toBe(2);
    // A page that throws it away every time is left alone after a few tries.
    for (let i = 0; i < 5; i++) {
      tile.replaceChildren();
      decorate.restore(tile);
    }
    expect(changes).toBe(4);
    expect(tile.querySelector('.skillscout-ui')).toBeNull();
    // A card it never drew stays as the site made it.
    const other = card();
    decorate.restore(other);
    expect(other.querySelector('.skillscout-ui')).toBeNull();
  });
});
