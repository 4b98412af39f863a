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

function api() {
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
  return dashboardApiOver(request, async () => DEFAULT_PROFILE);
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
});
