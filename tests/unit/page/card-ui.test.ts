import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Listing, Tags } from '@/lib/core/model';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { assessFit } from '@/lib/gigs/fit';
import { tagsFor } from '@/lib/gigs/tagging';
import { type CardUiModel, renderCardUi, UI_CLASS } from '@/lib/page/card-ui';
import { PAGE_STYLE_ID } from '@/lib/page/styles';
import { SEARCH_2026, savedTile } from '../difficulty/fixtures';

const listing: Listing = {
  id: 'upwork:2025050196192886766',
  platform: 'upwork',
  url: 'https://www.upwork.com/jobs/Build-shopify-website-b2b_~022025050196192886766/',
  title: 'Build shopify website b2b',
  description: 'Set up a Shopify B2B store.',
  platformSkills: ['Shopify', 'Web Design'],
};
const tags: Tags = {
  skills: [
    { id: 'shopify', name: 'Shopify' },
    { id: 'web-design', name: 'Web Design' },
    { id: 'seo', name: 'SEO' },
  ],
  difficulty: { level: 'beginner', score: 0.2, reasons: ['Upwork says Entry level', 'fixed price $350'] },
};
const profile = { ...DEFAULT_PROFILE, skills: ['web-design'], goals: ['shopify'] };

function card(): Element {
  const article = document.createElement('article');
  article.append(Object.assign(document.createElement('h2'), { textContent: listing.title }));
  document.body.append(article);
  return article;
}
const model = (changes: Partial<CardUiModel> = {}): CardUiModel => ({
  listing,
  tags,
  fit: assessFit(profile, tags),
  saved: false,
  hideMode: 'none',
  highlight: true,
  ...changes,
});
const shadow = (el: Element) => el.querySelector(`.${UI_CLASS}`)?.shadowRoot;
afterEach(() => {
  document.body.replaceChildren();
  document.getElementById(PAGE_STYLE_ID)?.remove();
});

describe('the card UI', () => {
  it('shows the fit, the difficulty, the skills with the user’s own set apart, and a Save button', () => {
    const el = card();
    renderCardUi(el, model(), async () => {});
    const root = shadow(el);
    expect(root?.querySelector('.fit')?.textContent).toBe('Practise Shopify');
    expect(root?.querySelector('.level')?.textContent).toBe('Beginner ▾');
    expect([...(root?.querySelectorAll('.chip') ?? [])].map((c) => [c.textContent, c.className])).toEqual([
      ['Shopify', 'chip learn'],
      ['Web Design', 'chip have'],
      ['SEO', 'chip'],
    ]);
    expect(root?.querySelector('.save')?.textContent).toBe('Save to learning queue');
    expect(el.getAttribute('data-skillscout-fit')).toBe('match');
    expect(document.getElementById(PAGE_STYLE_ID)).not.toBeNull();
  });

  it('shows a level guessed from too little text with a question mark, and says so to a screen reader', () => {
    const el = card();
    const guessed: Tags = { ...tags, difficulty: { ...tags.difficulty, uncertain: true } };
    renderCardUi(el, model({ tags: guessed, fit: assessFit(profile, guessed) }), async () => {});
    const pill = shadow(el)?.querySelector('.level');
    expect(pill?.textContent).toBe('Beginner? ▾');
    expect(pill?.className).toBe('level beginner uncertain');
    expect(pill?.getAttribute('aria-label')).toBe(
      'Difficulty: Beginner, uncertain (little text to judge). Show why',
    );
  });

  it("shows Upwork's own level on its saved tile, and the model's reading when the two disagree", () => {
    // Upwork prints Entry level; the fitted model reads the text as intermediate.
    const tile = savedTile(SEARCH_2026, 'Build shopify website b2b');
    const shown = tagsFor(tile);
    const { platformLevel: _hidden, ...text } = tile;
    expect(tagsFor(text).difficulty.level).toBe('intermediate');
    const el = card();
    renderCardUi(el, model({ listing: tile, tags: shown, fit: assessFit(profile, shown) }), async () => {});
    expect(shadow(el)?.querySelector('.level')?.textContent).toBe('Beginner ▾');
    const reasons = [...(shadow(el)?.querySelectorAll('.reasons li') ?? [])].map((li) => li.textContent);
    expect(reasons[0]).toBe('Upwork says Entry level; the text reads as intermediate');
  });

  it('opens the reasons from the keyboard-reachable difficulty button', () => {
    const el = card();
    renderCardUi(el, model(), async () => {});
    const pill = shadow(el)?.querySelector<HTMLButtonElement>('.level');
    const reasons = shadow(el)?.querySelector<HTMLElement>('.reasons');
    expect(pill?.tagName).toBe('BUTTON');
    expect(reasons?.hidden).toBe(true);
    pill?.click();
    expect(reasons?.hidden).toBe(false);
    expect(pill?.getAttribute('aria-expanded')).toBe('true');
    expect([...(reasons?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(
      tags.difficulty.reasons,
    );
  });

  it('saves once and shows it was saved', async () => {
    const el = card();
    const onSave = vi.fn(async () => {});
    renderCardUi(el, model(), onSave);
    const save = shadow(el)?.querySelector<HTMLButtonElement>('.save');
    save?.click();
    await vi.waitFor(() => expect(save?.getAttribute('aria-pressed')).toBe('true'));
    expect(save?.textContent).toBe('Saved to queue ✓');
    save?.click();
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('says when saving failed, and lets the user try again', async () => {
    const el = card();
    renderCardUi(el, model(), async () => {
      throw new Error('Storage is full');
    });
    const save = shadow(el)?.querySelector<HTMLButtonElement>('.save');
    save?.click();
    await vi.waitFor(() => expect(save?.textContent).toBe('Could not save: try again'));
    expect(save?.disabled).toBe(false);
  });

  it('collapses a gig that is too hard when asked, never removing it, and shows it on request', () => {
    const el = card();
    const hard: Tags = {
      ...tags,
      difficulty: { level: 'expert', score: 0.9, reasons: ['5+ years required'] },
    };
    renderCardUi(
      el,
      model({ tags: hard, fit: assessFit(profile, hard), hideMode: 'collapse' }),
      async () => {},
    );
    expect(el.getAttribute('data-skillscout-fit')).toBe('too-hard');
    expect(el.getAttribute('data-skillscout-hidden')).toBe('collapse');
    expect(el.querySelector('h2')?.textContent).toBe(listing.title);
    shadow(el)?.querySelector<HTMLButtonElement>('.show')?.click();
    expect(el.hasAttribute('data-skillscout-hidden')).toBe(false);
  });

  it('renders hostile listing text as inert text', () => {
    const el = card();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const evil: Tags = {
      ...tags,
      skills: [{ id: 'x', name: hostile }],
      difficulty: { ...tags.difficulty, reasons: [hostile] },
    };
    renderCardUi(
      el,
      model({ listing: { ...listing, title: hostile }, tags: evil, fit: assessFit(profile, evil) }),
      async () => {},
    );
    const root = shadow(el);
    expect(root?.querySelector('img, script')).toBeNull();
    expect(root?.querySelector('.chip')?.textContent).toBe(hostile);
    expect(root?.querySelector('.bar')?.getAttribute('aria-label')).toBe(`SkillScout: ${hostile}`);
  });

  it('shows at most eight chips; the rest and the less confident skills behind one "more" button', () => {
    const el = card();
    const many: Tags = {
      ...tags,
      skills: Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, name: `Skill ${i}`, confidence: 0.9 })),
      moreSkills: [{ id: 'legal-industry', name: 'Legal Industry', confidence: 0.3 }],
    };
    renderCardUi(el, model({ tags: many, fit: assessFit(profile, many) }), async () => {});
    const root = shadow(el);
    const names = () => [...(root?.querySelectorAll('li.chip') ?? [])].map((c) => c.textContent);
    expect(names()).toHaveLength(8);
    const more = root?.querySelector('button.more') as HTMLButtonElement;
    expect(more.textContent).toBe('+3 more');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(names()).toEqual([...Array.from({ length: 10 }, (_, i) => `Skill ${i}`), 'Legal Industry']);
    expect(root?.querySelector('li.chip.weak')?.textContent).toBe('Legal Industry');
    more.click();
    expect(names()).toHaveLength(8);
    expect(more.textContent).toBe('+3 more');
  });

  it('shows tags stored before skills had a confidence as they were', () => {
    const el = card();
    const old: Tags = { ...tags, skills: [{ id: 'html', name: 'HTML' }] };
    renderCardUi(el, model({ tags: old, fit: assessFit(profile, old) }), async () => {});
    expect([...(shadow(el)?.querySelectorAll('li.chip') ?? [])].map((c) => c.textContent)).toEqual(['HTML']);
    expect(shadow(el)?.querySelector('button.more')).toBeNull();
  });
});
