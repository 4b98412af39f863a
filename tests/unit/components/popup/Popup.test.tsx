import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PopupApi } from '@/components/popup/api';
import { Popup } from '@/components/popup/Popup';
import type { Platform } from '@/lib/core/model';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import type { Summary } from '@/lib/messages';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const unused = () => Promise.reject(new Error('not used by the overview'));
async function show(
  load: () => Promise<Summary>,
  scan: () => Promise<number> = async () => 0,
  here: Platform | undefined = undefined,
  report: Pick<PopupApi, 'layoutReport' | 'copyText'> = { layoutReport: unused, copyText: unused },
  profileProblem?: string,
) {
  const api: PopupApi = {
    loadSummary: load,
    scanThisPage: scan,
    ...report,
    currentPlatform: async () => here,
    loadProfile: async () => ({
      profile: DEFAULT_PROFILE,
      ...(profileProblem ? { problem: profileProblem } : {}),
    }),
    getMatches: unused,
    saveToQueue: unused,
    listQueue: unused,
    updateQueue: unused,
    removeFromQueue: unused,
    getTicks: unused,
    tick: unused,
    getDemand: unused,
    getLearning: unused,
    describe: unused,
    openPanel: unused,
  };
  await act(async () => {
    render(<Popup api={api} />, root);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const summary: Summary = {
  listings: 12,
  platforms: [
    { platform: 'upwork', listings: 12, reports: 3, lastScanAt: Date.now() - 5 * 60_000 },
    { platform: 'freelancer', listings: 0, reports: 1, lastScanAt: Date.now(), lastProblem: 'no-adapter' },
  ],
  recent: [
    {
      id: 'upwork:1831953276703777851',
      platform: 'upwork',
      title: 'Social Media Interface Portal Design',
      url: 'https://www.upwork.com/jobs/Social-Media-Interface-Portal-Design_~021831953276703777851/',
      platformLevel: 'intermediate',
      lastSeenAt: Date.now() - 60_000,
    },
  ],
};

describe('the popup', () => {
  it('shows the count, each site with its state, and the recent listings', async () => {
    await show(async () => summary);
    expect(root.querySelector('[data-testid="listing-count"]')?.textContent).toBe('12 listings read so far');
    expect(root.querySelector('[data-platform="upwork"]')?.textContent).toBe('Upwork125 min. ago');
    expect(root.querySelector('[data-platform="freelancer"]')?.textContent).toContain(
      'SkillScout cannot read this site yet.',
    );
    const link = root.querySelector<HTMLAnchorElement>('[data-testid="recent"] a');
    expect(link?.textContent).toBe('Social Media Interface Portal Design');
    expect(link?.getAttribute('href')).toBe(summary.recent[0]?.url);
    expect(root.querySelector('[data-testid="recent"]')?.textContent).toContain('Intermediate');
  });

  it('says what was read on the marketplace of the current tab, or why nothing was', async () => {
    await show(async () => summary, undefined, 'upwork');
    expect(root.querySelector('[data-testid="this-site"]')?.textContent).toBe(
      'On this Upwork page12 Upwork listings read so far.',
    );
    render(null, root);
    await show(async () => summary, undefined, 'freelancer');
    expect(root.querySelector('[data-testid="this-site"]')?.textContent).toBe(
      'On this Freelancer.com pageSkillScout cannot read this site yet.',
    );
    render(null, root);
    await show(async () => summary, undefined, 'guru');
    expect(root.querySelector('[data-testid="this-site"]')?.textContent).toMatch(
      /^On this Guru pageNothing read here yet/,
    );
    render(null, root);
    await show(async () => summary);
    expect(root.querySelector('[data-testid="this-site"]')).toBeNull();
  });

  it('tells the user when their saved profile could not be read', async () => {
    const problem =
      'Your saved profile could not be read, so the defaults are in use. Set your skills again in Options.';
    await show(async () => summary, undefined, undefined, undefined, problem);
    expect(root.querySelector('[data-testid="profile-problem"]')?.textContent).toBe(problem);
    render(null, root);
    await show(async () => summary);
    expect(root.querySelector('[data-testid="profile-problem"]')).toBeNull();
  });

  it('invites a first-time user to browse a marketplace', async () => {
    await show(async () => ({ listings: 0, platforms: [], recent: [] }));
    expect(root.querySelector('[data-testid="empty"]')?.textContent).toContain('Open a job search on Upwork');
  });

  it('says what went wrong when the background cannot answer', async () => {
    await show(async () => {
      throw new Error('ui-bg-get-summary: the background did not answer');
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not load your data: ui-bg-get-summary: the background did not answer',
    );
  });

  it('renders listing titles as text, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await show(async () => ({ ...summary, recent: [{ ...summary.recent[0]!, title: hostile }] }));
    const link = root.querySelector('[data-testid="recent"] a');
    expect(link?.textContent).toBe(hostile);
    expect(root.querySelector('img, script')).toBeNull();
  });

  it('scans another job board on request and says what it found', async () => {
    let found = 4;
    await show(
      async () => summary,
      async () => found,
    );
    const button = root.querySelector<HTMLButtonElement>('[data-testid="scan-page"]');
    await act(async () => {
      button?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Found 4 listings on this page.');
    found = 0;
    await act(async () => {
      button?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'No job listings were found on this page.',
    );
  });

  it('explains when the page cannot be scanned', async () => {
    await show(
      async () => summary,
      async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    );
    await act(async () => {
      root.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'This page cannot be scanned: Cannot access a chrome:// URL',
    );
  });

  it('offers a layout report after a scan that found nothing, copies it and shows what it says', async () => {
    const copied: string[] = [];
    const REPORT = 'SkillScout layout report\nextension: 0.1.0\n\nmain\n  ul.list';
    await show(
      async () => summary,
      async () => 0,
      undefined,
      { layoutReport: async () => REPORT, copyText: async (text) => void copied.push(text) },
    );
    expect(root.querySelector('#ss-report')?.textContent).toBe('Tags look wrong here?');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('[data-testid="scan-page"]')?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelector('#ss-report')?.textContent).toBe('This page was not read');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('[data-testid="copy-layout-report"]')?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(copied).toEqual([REPORT]);
    expect(root.querySelector<HTMLTextAreaElement>('[data-testid="layout-report"]')?.value).toBe(REPORT);
    expect(root.querySelector('#ss-report ~ [role="status"]')?.textContent).toBe(
      'Copied. Paste it into your bug report; here is exactly what it says.',
    );
  });

  it('shows the report to copy by hand when the clipboard refuses, and says when no report can be made', async () => {
    await show(
      async () => summary,
      async () => 0,
      'freelancer',
      {
        layoutReport: async () => 'SkillScout layout report',
        copyText: async () => {
          throw new Error('Document is not focused.');
        },
      },
    );
    // The current site's last report said it could not be read: the report is offered as the remedy.
    expect(root.querySelector('#ss-report')?.textContent).toBe('This page was not read');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('[data-testid="copy-layout-report"]')?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelector('#ss-report ~ [role="status"]')?.textContent).toBe(
      'It could not be copied (Document is not focused.): select it below and copy it yourself.',
    );
    expect(root.querySelector<HTMLTextAreaElement>('[data-testid="layout-report"]')?.value).toBe(
      'SkillScout layout report',
    );

    render(null, root);
    await show(
      async () => summary,
      async () => 0,
      undefined,
      {
        layoutReport: async () => {
          throw new Error('Cannot access a chrome:// URL');
        },
        copyText: unused,
      },
    );
    await act(async () => {
      root.querySelector<HTMLButtonElement>('[data-testid="copy-layout-report"]')?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelector('#ss-report ~ [role="alert"]')?.textContent).toBe(
      'No report could be made for this page: Cannot access a chrome:// URL',
    );
  });
});
