/**
 * The dashboard component over the real background (router → handlers → fake-indexeddb):
 * logging a gig with validation, its case study, deleting it.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardApiOver } from '@/components/dashboard/api';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { createHandlers } from '@/lib/background/handlers';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { tagListing, tagsFor } from '@/lib/gigs/tagging';
import { createMessenger } from '@/lib/messages/client';
import { progressMessageSchemas } from '@/lib/messages/progress';
import { createRouter } from '@/lib/messages/router';
import { uiMessageSchemas } from '@/lib/messages/ui';
import { useTestDatabase } from '../../store/helpers';

const NOW = Date.parse('2026-02-20T12:00:00Z');
const db = useTestDatabase();
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  vi.unstubAllGlobals();
  render(null, root);
  root.remove();
});

async function settle() {
  for (let i = 0; i < 8; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

function api(profile = DEFAULT_PROFILE) {
  const handlers = createHandlers({
    db: async () => db.current(),
    tag: tagListing,
    describe: tagsFor,
    now: () => NOW,
  });
  const route = createRouter(handlers, { extensionId: 'x', extensionOrigin: 'chrome-extension://x' });
  const request = createMessenger(
    async (message) => route(message, { id: 'x', url: 'chrome-extension://x/dashboard.html' }),
    { ...uiMessageSchemas, ...progressMessageSchemas },
  );
  return dashboardApiOver(request, async () => profile);
}

const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const click = async (name: string) => {
  await act(async () => button(name).click());
  await settle();
};
const type = async (name: string, value: string) => {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!input) throw new Error(`no field ${name}`);
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};

describe('the dashboard component', () => {
  it('logs a gig after showing what is wrong, drafts its case study and deletes it', async () => {
    await act(async () => render(<Dashboard api={api()} />, root));
    await settle();
    expect(root.textContent).toContain('No gigs logged yet.');
    expect(root.querySelectorAll('[data-testid="roadmap"] li')).toHaveLength(5);

    await click('Log a gig');
    await type('hours', '-1');
    await click('Save entry');
    expect([...root.querySelectorAll('.ss-field-error')].map((e) => e.textContent)).toEqual([
      'Title: say what the gig was.',
      'Hours: enter a number of hours, 0 or more.',
      'Earnings: enter an amount, 0 or more.',
    ]);
    expect(root.querySelector('[name="hours"]')?.getAttribute('aria-describedby')).toBe('ss-err-hours');
    expect(await db.current().count('progress')).toBe(0);

    await type('title', 'Landing page [fix]');
    await type('skills', 'HTML, CSS');
    await type('hours', '4');
    await type('earnings', '100');
    await type('finishedAt', '2026-02-10');
    await type('feedback', 'Quick & tidy');
    await click('Save entry');
    const cells = [...root.querySelectorAll('[data-testid="log"] tbody td')].map((td) => td.textContent);
    expect(cells.slice(0, 5)).toEqual([
      'Landing page [fix]Upwork',
      'HTML, CSS',
      '4 h',
      '$100.00',
      '2026-02-10',
    ]);
    expect(root.querySelector('[data-testid="by-skill"] tbody')?.textContent).toContain('$25.00/h');

    await click('Case study');
    const markdown = root.querySelector<HTMLTextAreaElement>('[data-testid="case-study"] textarea')?.value;
    expect(markdown?.split('\n\n').slice(0, 2)).toEqual([
      '# Landing page \\[fix\\]',
      '_Upwork · 2026-02-10_',
    ]);
    expect(markdown).toContain('> Quick \\& tidy');

    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    await click('Delete');
    expect(confirm).toHaveBeenCalledWith('Delete "Landing page [fix]" from the log?');
    expect(await db.current().count('progress')).toBe(0);
    expect(root.textContent).toContain('No gigs logged yet.');
    expect(root.querySelector('[data-testid="case-study"]')).toBeNull();
  });

  it('turns a logged gig into the career report: figures, escaped Markdown, print; and shows where to learn a goal', async () => {
    const print = vi.fn();
    const profile = { ...DEFAULT_PROFILE, skills: ['html', 'css'], goals: ['javascript'] };
    await act(async () => render(<Dashboard api={api(profile)} print={print} />, root));
    await settle();
    const learn = root.querySelector('[data-step="learn"] [data-testid="roadmap-learn"]');
    expect(learn?.querySelector('summary')?.textContent).toBe('Free ways to learn JavaScript');
    expect(learn?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('[data-testid="career-report"]')?.textContent).toContain(
      'No finished gig is logged yet',
    );

    await click('Log a gig');
    await type('title', 'Shop *launch* <b>');
    await type('client', 'Acme_Co');
    await type('skills', 'HTML, CSS');
    await type('hours', '4');
    await type('earnings', '100');
    await type('finishedAt', '2026-02-10');
    await type('rating', '5');
    for (const [name, value] of [
      ['onTime', 'yes'],
      ['repeatClient', 'no'],
    ]) {
      const select = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      await act(async () => {
        select.value = value!;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
    await click('Save entry');
    expect(await db.current().get('progress', (await db.current().getAllKeys('progress'))[0]!)).toMatchObject(
      {
        onTime: true,
        repeatClient: false,
      },
    );
    const report = root.querySelector('[data-testid="career-report"]')!;
    expect(
      [...report.querySelectorAll('[data-testid="career-summary"] li')].map((li) => li.textContent),
    ).toEqual([
      '1 finished gig, 4 hours of work',
      'Earned $100',
      'Average rating 5 of 5, from 1 rated gig',
      'Delivered on time: 1 of 1 gig (100%)',
      'Repeat clients: 0 of 1 gig (0%)',
    ]);
    expect(
      [...report.querySelectorAll('[data-testid="career-skills"] tbody tr')].map((r) => r.textContent),
    ).toEqual(['CSS215', 'HTML215']);
    expect(report.querySelector('[data-testid="career-per-hour"] tbody')?.textContent).toBe(
      '2026-02$25.00/h',
    );
    expect(report.querySelector('[data-testid="career-case"] h4')?.textContent).toBe('Shop *launch* <b>');
    const markdown =
      report.querySelector<HTMLTextAreaElement>('[data-testid="career-markdown"]')?.value ?? '';
    expect(markdown).toContain('### Shop \\*launch\\* \\<b\\>');
    expect(markdown).toContain('Acme\\_Co');
    await click('Print or save as PDF');
    expect(print).toHaveBeenCalledOnce();
  });
});
