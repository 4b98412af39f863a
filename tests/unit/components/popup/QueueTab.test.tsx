/** The Queue and Checklist tabs over the real background: statuses, notes, removal, ticks that persist. */
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { click, realListings, settle, useBackground, useRoot } from '../helpers';

const root = useRoot();
const background = useBackground();
const $ = <T extends Element = HTMLElement>(selector: string) => root.get().querySelector<T>(selector);
const GIG = 'upwork:2024548079070880107';

async function openTab(name: string) {
  await click([...root.get().querySelectorAll('[role="tab"]')].find((t) => t.textContent === name));
}
async function change(
  element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null,
  value: string,
) {
  if (!element) throw new Error('no element');
  await act(async () => {
    element.value = value;
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
  await settle();
}
const groups = () =>
  [...root.get().querySelectorAll('[data-status]')].map((g) => [
    g.querySelector('h3')?.textContent,
    // Both were saved at the same instant: their order is the store's, so compare them sorted.
    [...g.querySelectorAll('li > a')].map((a) => a.textContent).sort(),
  ]);

async function showWithSaved() {
  await background.record();
  const api = background.api();
  await api.saveToQueue(GIG);
  await api.saveToQueue('upwork:2025050196192886766');
  await root.show(<Popup api={api} />);
  await openTab('Queue');
}

describe('the Queue tab', () => {
  it('groups saved gigs by status and moves them through the allowed statuses', async () => {
    await showWithSaved();
    expect(groups()).toEqual([
      [
        'Saved (2)',
        [
          'Build shopify website b2b',
          'Shopify + Instant.so Expert Needed – Restructure 150 SKUs into Dynamic Metafield System',
        ],
      ],
    ]);
    const entry = $(`li[data-listing="${GIG}"]`)!;
    const move = entry.querySelector<HTMLSelectElement>('[data-testid="move"]')!;
    expect([...move.options].map((o) => o.textContent)).toEqual([
      'choose…',
      'Writing a proposal',
      'Applied',
      'Dropped',
    ]);
    await change(move, 'applying');
    expect(groups()[0]?.[0]).toBe('Writing a proposal (1)');
    expect((await background.db.current().get('queue', GIG))?.status).toBe('applying');
  });

  it('saves notes and removes a gig', async () => {
    await showWithSaved();
    const entry = () => $(`li[data-listing="${GIG}"]`);
    await change(entry()!.querySelector('textarea'), 'Ask about the metafield count first.');
    const saveNotes = [...entry()!.querySelectorAll('button')].find((b) => b.textContent === 'Save notes');
    await click(saveNotes);
    expect(entry()?.querySelector('[role="status"]')?.textContent).toBe('Notes saved.');
    expect((await background.db.current().get('queue', GIG))?.notes).toBe(
      'Ask about the metafield count first.',
    );
    await click([...entry()!.querySelectorAll('button')].find((b) => b.textContent === 'Remove'));
    expect(entry()).toBeNull();
    expect(await background.db.current().get('queue', GIG)).toBeUndefined();
  });

  it('says how to fill an empty queue', async () => {
    await root.show(<Popup api={background.api()} />);
    await openTab('Queue');
    expect($('[data-testid="queue-empty"]')?.textContent).toContain('Your learning queue is empty.');
  });
});

describe('the Checklist tab', () => {
  it('asks to choose a gig when none is chosen', async () => {
    await root.show(<Popup api={background.api()} />);
    await openTab('Checklist');
    expect($('[data-testid="checklist-empty"]')?.textContent).toContain('Choose a gig first');
  });

  it('shows the chosen gig’s checklist, and its ticks survive closing the popup', async () => {
    await showWithSaved();
    await click(
      [...$(`li[data-listing="${GIG}"]`)!.querySelectorAll('button')].find(
        (b) => b.textContent === 'Checklist',
      ),
    );
    expect($('[role="tab"][aria-selected="true"]')?.textContent).toBe('Checklist');
    expect($('[data-testid="checklist"] a')?.textContent).toBe(realListings.find((l) => l.id === GIG)?.title);
    const legends = [...root.get().querySelectorAll('[data-testid="checklist"] legend')].map(
      (l) => l.textContent,
    );
    expect(legends).toEqual([
      'Skills to mention',
      'Questions to answer',
      "The client's constraints",
      'Your rate',
      'Before you send',
    ]);
    const questions = [...root.get().querySelectorAll('[data-section="questions"] label')].map(
      (l) => l.textContent,
    );
    expect(questions).toContain(' Estimated timeline.');
    const total = root.get().querySelectorAll('[data-testid="checklist"] input[type="checkbox"]').length;
    expect($('[data-testid="checklist-progress"]')?.textContent).toBe(`0 of ${total} done`);

    await click($('input[data-item="step:read-twice"]'));
    await click($('input[data-item="skill:shopify"]'));
    expect($('[data-testid="checklist-progress"]')?.textContent).toBe(`2 of ${total} done`);
    expect((await background.db.current().get('checklists', GIG))?.ticked).toEqual([
      'skill:shopify',
      'step:read-twice',
    ]);
    // The rate uses the demand of the page's listings.
    expect($('[data-section="rate"] label')?.textContent).toMatch(/^ Ask about \$\d+ fixed: the typical pay/);

    // Close and open the popup again: the ticks come back from the store.
    await root.show(null);
    await root.show(<Popup api={background.api()} />);
    await openTab('Queue');
    await click(
      [...$(`li[data-listing="${GIG}"]`)!.querySelectorAll('button')].find(
        (b) => b.textContent === 'Checklist',
      ),
    );
    expect($<HTMLInputElement>('input[data-item="skill:shopify"]')?.checked).toBe(true);
    expect($<HTMLInputElement>('input[data-item="step:read-twice"]')?.checked).toBe(true);
    await click($('input[data-item="step:read-twice"]'));
    expect((await background.db.current().get('checklists', GIG))?.ticked).toEqual(['skill:shopify']);
  });
});
