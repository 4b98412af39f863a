/** The Demand tab over the demand tallies of the saved Upwork page. */
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { DemandTab } from '@/components/popup/DemandTab';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { click, LEARNER, settle, useBackground, useRoot } from '../helpers';

const root = useRoot();
const background = useBackground();
const $ = <T extends Element = HTMLElement>(selector: string) => root.get().querySelector<T>(selector);
/** The figures of a skill's row (the last cell holds where to learn it). */
const row = (skill: string) =>
  [...($(`[data-testid="demand-table"] tr[data-skill="${skill}"]`)?.querySelectorAll('td') ?? [])]
    .slice(0, 4)
    .map((td) => td.textContent);
const links = (scope: Element | null) =>
  [...(scope?.querySelectorAll<HTMLAnchorElement>('[data-testid="learn-links"] a') ?? [])].map((a) => ({
    href: a.href,
    target: a.target,
    rel: a.rel,
  }));

describe('the Demand tab', () => {
  it('charts the top skills with a text alternative, their pay, and the sites they came from', async () => {
    await background.record();
    await root.show(<DemandTab profile={LEARNER} api={background.api()} />);
    const chart = $('[data-testid="bar-chart"]');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-label')).toMatch(
      /^New listings per skill, last 30 days: Shopify 6, Website Design 3, /,
    );
    // Shopify: six listings; hourly pay in two of them, $50–100 and $35–80 (midpoints 75 and 57.5).
    expect(row('shopify')).toEqual(['Shopify', '6', '', '$66/h']);
    // Where to learn it, opened from the row: links that open in a new tab, without opener or referrer.
    const learn = $<HTMLButtonElement>('[data-testid="demand-table"] tr[data-skill="shopify"] button');
    expect(learn?.getAttribute('aria-label')).toBe('Where to learn Shopify for free');
    expect(learn?.getAttribute('aria-expanded')).toBe('false');
    expect($('tr[data-learn="shopify"]')).toBeNull();
    await click(learn);
    expect(learn?.getAttribute('aria-expanded')).toBe('true');
    const shopifyLinks = links($('[data-testid="demand-table"] tr[data-learn="shopify"]'));
    expect(shopifyLinks.map((l) => l.href)).toContain('https://www.shopifyacademy.com/');
    for (const l of shopifyLinks) expect(l).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    expect($('[data-testid="demand-table"] tr[data-skill="shopify"] svg')?.getAttribute('aria-label')).toBe(
      '6 this week',
    );
    expect(
      [...root.get().querySelectorAll('[data-testid="demand-platforms"] tr')].map((r) => r.textContent),
    ).toEqual(['Upwork10']);
  });

  it('switches the period', async () => {
    await background.record();
    await root.show(<DemandTab profile={LEARNER} api={background.api()} />);
    const seven = [...root.get().querySelectorAll('input[name="window"]')][0] as HTMLInputElement;
    await act(async () => {
      seven.click();
    });
    await settle();
    expect($('[data-testid="bar-chart"]')?.getAttribute('aria-label')).toMatch(
      /^New listings per skill, last 7 days:/,
    );
  });

  it('suggests what to learn next from the skills the user has', async () => {
    await background.record();
    const profile = { ...DEFAULT_PROFILE, skills: ['shopify', 'liquid', 'html', 'css'] };
    await root.show(<DemandTab profile={profile} api={background.api(profile)} />);
    const items = [...root.get().querySelectorAll('[data-testid="learn-next"] > li')];
    const next = items.map((li) => li.textContent?.split('Builds on')[0]);
    // Ranked by the beginner gigs that asked for them; each builds only on skills the user has.
    expect(next).toEqual([
      'Website Design: 1 beginner gig in 90 days',
      'JavaScript: 0 beginner gigs in 90 days',
    ]);
    expect(items.map((li) => li.querySelector('.ss-muted')?.textContent)).toEqual([
      'Builds on HTML and CSS',
      'Builds on HTML',
    ]);
    // Each with free ways to learn it.
    expect(links(items[1]!).map((l) => l.href)).toContain(
      'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide',
    );
    expect(links(items[0]!).length).toBeGreaterThan(0);
  });

  it('says what to do when nothing has been counted yet', async () => {
    await root.show(<DemandTab profile={DEFAULT_PROFILE} api={background.api()} />);
    expect($('[data-testid="demand-empty"]')?.textContent).toContain('No new listings in the last 30 days.');
    expect($('[data-testid="learn-next-empty"]')?.textContent).toContain(
      'Add the skills you have in Options',
    );
  });
});
