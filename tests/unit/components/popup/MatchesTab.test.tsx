/** The popup's tabs and its Matches tab, over the real background holding the saved Upwork page. */
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { recordPageScan } from '@/lib/store/listings';
import { peoplePerHourListing } from '../../difficulty/fixtures';
import { scanOf, tagListing } from '../../store/helpers';
import { click, LEARNER, NOW, realListings, settle, useBackground, useRoot } from '../helpers';

const root = useRoot();
const background = useBackground();
const $ = <T extends Element = HTMLElement>(selector: string) => root.get().querySelector<T>(selector);
const BEGINNER_GIG = 'upwork:2025050196192886766';

async function openTab(name: string) {
  const tab = [...root.get().querySelectorAll('[role="tab"]')].find((t) => t.textContent === name);
  await click(tab);
}

describe('the popup tabs', () => {
  it('are an accessible tablist moved through with the arrow keys, Home and End', async () => {
    await root.show(<Popup api={background.api()} />);
    const tabs = [...root.get().querySelectorAll<HTMLElement>('[role="tablist"] [role="tab"]')];
    expect(tabs.map((t) => t.textContent)).toEqual(['Overview', 'Matches', 'Queue', 'Checklist', 'Demand']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    const press = async (key: string) => {
      await act(async () => {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
      await settle();
    };
    tabs[0]?.focus();
    await press('ArrowRight');
    expect(document.activeElement?.textContent).toBe('Matches');
    expect($('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe('tab-matches');
    await press('End');
    expect(document.activeElement?.textContent).toBe('Demand');
    await press('ArrowRight');
    expect(document.activeElement?.textContent).toBe('Overview');
    await press('ArrowLeft');
    expect(document.activeElement?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Demand');
  });

  it('sends a user without a profile to the onboarding', async () => {
    await root.show(<Popup api={background.api(DEFAULT_PROFILE)} />);
    expect($('[data-testid="onboard"] a')?.getAttribute('href')).toBe('/options.html#ss-profile');
    await openTab('Matches');
    expect($('[data-testid="matches-need-profile"]')?.textContent).toContain(
      'Choose your skills and learning goals in Options',
    );
  });
});

describe('the Matches tab', () => {
  it('shows the beginner gig that fits, with its skills, difficulty, pay, link and Save', async () => {
    await background.record();
    await root.show(<Popup api={background.api()} />);
    expect($('[data-testid="onboard"]')).toBeNull();
    await openTab('Matches');
    const cards = [...root.get().querySelectorAll('[data-testid="matches"] > li')];
    expect(cards.map((c) => c.getAttribute('data-listing'))).toEqual([BEGINNER_GIG]);
    const card = cards[0]!;
    const link = card.querySelector('a');
    expect(link?.textContent).toBe('Build shopify website b2b');
    expect(link?.getAttribute('href')).toBe(realListings.find((l) => l.id === BEGINNER_GIG)?.url);
    expect(card.querySelector('.ss-muted')?.textContent).toMatch(/^Upwork · \$350 fixed · seen /);
    const chips = [...card.querySelectorAll('.ss-chip')].map((c) => c.textContent);
    expect(chips.slice(0, 4)).toEqual([
      '★ Learning: Stripe',
      '✓ You have: Shopify',
      '✓ You have: Website Design',
      'PayPal',
    ]);
    expect(card.querySelector('summary')?.textContent).toBe('Beginner why?');
    expect(card.querySelectorAll('.ss-why li').length).toBeGreaterThan(0);

    const save = card.querySelector<HTMLButtonElement>('[data-testid="save-match"]');
    await click(save);
    expect(save?.textContent).toBe('Saved to queue ✓');
    expect(save?.getAttribute('aria-pressed')).toBe('true');
    expect((await background.db.current().get('queue', BEGINNER_GIG))?.status).toBe('saved');
  });

  it('shows a beginner level guessed from a title as uncertain, after the sure one', async () => {
    await background.record();
    const seo = peoplePerHourListing(178);
    await recordPageScan(
      background.db.current(),
      { ...scanOf([seo]), platform: 'peopleperhour', url: seo.url },
      NOW,
      tagListing,
    );
    // The title asks for On-Page SEO: a learner who has it sees the gig among the matches.
    await root.show(
      <Popup api={background.api({ ...LEARNER, skills: [...LEARNER.skills, 'on-page-seo'] })} />,
    );
    await openTab('Matches');
    const cards = [...root.get().querySelectorAll('[data-testid="matches"] > li')];
    expect(cards.map((c) => c.getAttribute('data-listing'))).toEqual([BEGINNER_GIG, seo.id]);
    const guessed = cards[1];
    expect(guessed?.querySelector('summary')?.textContent).toBe('Beginner? why?');
    expect(guessed?.querySelector('.ss-pill')?.getAttribute('title')).toBe(
      'Beginner, uncertain (little text to judge)',
    );
    expect(guessed?.querySelector('.ss-why li')?.textContent).toBe('little text to judge from: a guess');
  });

  it('counts in the overview the gigs that fit on the marketplace of the current tab', async () => {
    await background.record();
    const api = background.api(LEARNER, { currentPlatform: async () => 'upwork' });
    await root.show(<Popup api={api} />);
    // The count waits for the profile, then for the query over the store.
    await settle(20);
    expect($('[data-testid="this-site"]')?.textContent).toBe(
      'On this Upwork page10 Upwork listings read so far; 1 beginner gig fits you (see Matches).',
    );
  });

  it('adds intermediate gigs on request', async () => {
    await background.record();
    const profile = { ...LEARNER, skills: [...LEARNER.skills, 'python'] };
    await root.show(<Popup api={background.api(profile)} />);
    await openTab('Matches');
    expect(root.get().querySelectorAll('[data-testid="matches"] > li')).toHaveLength(1);
    await click($('[data-testid="include-intermediate"]'));
    const titles = [...root.get().querySelectorAll('[data-testid="matches"] > li > a')].map(
      (a) => a.textContent,
    );
    expect(titles).toEqual([
      'Build shopify website b2b',
      'GTM Engineer for AI-Automated Lead Generation (Clay + Instantly Specialist)',
    ]);
    // An hourly tile also says how long and how many hours a week, as Upwork printed it.
    const terms = root.get().querySelectorAll('[data-testid="matches"] > li .ss-muted')[1]?.textContent;
    expect(terms).toMatch(/^Upwork · \$20–\$45\/h · 1 to 3 months, Less than 30 hrs\/week · seen /);
  });

  it('says what to do when nothing fits yet', async () => {
    await root.show(<Popup api={background.api()} />);
    await openTab('Matches');
    expect($('[data-testid="no-matches"]')?.textContent).toBe(
      'None of the 0 listings seen in the last 30 days is a beginner gig using your skills or goals yet. Browse a job search on a marketplace, or include intermediate gigs.',
    );
  });

  it('renders a hostile title as text', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const gig = realListings.find((l) => l.id === BEGINNER_GIG)!;
    await recordPageScan(background.db.current(), scanOf([{ ...gig, title: hostile }]), NOW, tagListing);
    await root.show(<Popup api={background.api()} />);
    await openTab('Matches');
    expect($('[data-testid="matches"] a')?.textContent).toBe(hostile);
    expect(root.get().querySelector('img, script')).toBeNull();
  });
});

describe("the popup's side panel button", () => {
  it('opens the side panel from the header, and says how to open it when the browser would not', async () => {
    let opens = true;
    let asked = 0;
    const api = background.api(LEARNER, {
      openPanel: async () => {
        asked++;
        return opens;
      },
    });
    await root.show(<Popup api={api} />);
    const button = $('[data-testid="open-panel"]');
    expect(button?.textContent).toBe('Side panel');
    expect(button?.closest('nav')?.getAttribute('aria-label')).toBe(
      root.get().querySelector('nav')?.getAttribute('aria-label'),
    );
    await click(button);
    expect(asked).toBe(1);
    expect($('[role="alert"]')).toBeNull();
    opens = false;
    await click(button);
    expect($('[role="alert"]')?.textContent).toBe(
      'The browser would not open the side panel from here: open it from its side panel menu, or press Alt+Shift+S.',
    );
    opens = true;
    await click(button);
    expect($('[role="alert"]')).toBeNull();
  });
});
