/**
 * The career dashboard in a real browser: a gig read from the saved Upwork page is
 * queued, marked done, logged with its hours and earnings in the dashboard, and shows up in
 * the insights and its case study; the log goes out as CSV and comes back in.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

// Shopify + Recharge, hourly $35–80, on the saved 2026 search page.
const LISTING_ID = 'upwork:2024925341004239379';
const TITLE = 'Recharge & Shopify Expert Needed to Implement Trial-to-Subscription Swap Workflow';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
interface Violation {
  id: string;
  impact: string | null;
  help: string;
}
let harness: Harness;
let dashboard: Page;
let marketplace: Page;

beforeAll(async () => {
  harness = await startHarness();
  marketplace = await harness.openMarketplace('www.upwork.com', '/nx/search/jobs/?q=x');
});
afterAll(async () => {
  await harness?.close();
});

describe('the dashboard', () => {
  it('logs a queued gig marked done, with validation, hours and earnings', async () => {
    await expect.poll(() => harness.countStored('listings')).toBe(10);
    await marketplace.close();
    expect(await harness.request('ui-bg-queue-save', { listingId: LISTING_ID })).toMatchObject({
      status: 'saved',
    });
    for (const status of ['applying', 'applied', 'hired', 'done']) {
      expect(await harness.request('ui-bg-queue-update', { listingId: LISTING_ID, status })).toMatchObject({
        status,
      });
    }
    dashboard = await harness.openExtensionPage('dashboard.html');
    const unlogged = dashboard.getByTestId('unlogged');
    await expect.poll(() => unlogged.textContent()).toContain(TITLE);
    await unlogged.getByRole('button', { name: 'Log this gig' }).click();

    const form = dashboard.locator('form.ss-entry-form');
    expect(await form.getByLabel('Title').inputValue()).toBe(TITLE);
    await form.getByLabel('Hours spent').fill('-2');
    await form.getByLabel('Earnings').fill('500');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect
      .poll(() => form.locator('.ss-field-error').allTextContents())
      .toEqual(['Hours: enter a number of hours, 0 or more.']);
    expect(await form.getByLabel('Hours spent').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Hours spent').fill('10');
    await form.getByLabel("Client's rating (0–5)").fill('5');
    await form.getByLabel("Client's feedback").fill('Fast, clear and *careful*.');
    await form.getByLabel('What you did and learned').fill('Set up the Recharge swap flow.');
    await form.getByLabel('Delivered on time').selectOption('yes');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => form.count()).toBe(0);
    const row = dashboard.getByTestId('log').locator('tbody tr');
    // The row shows the saved hours once the dashboard has reloaded.
    await expect
      .poll(() => row.locator('td').allTextContents())
      .toEqual([
        `${TITLE}Upwork · ★ 5`,
        'Shopify, API Integration, Payment Gateway Integration, E-commerce Development, Stripe, Web Development',
        '10 h',
        '$500.00',
        expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        'EditCase studyDelete',
      ]);
    expect(await dashboard.getByTestId('unlogged').count()).toBe(0);
  });

  it('shows the insights: pay per skill as a chart and a table, the platform, the months', async () => {
    // Six skills share 10 h and $500: 1.67 h and $83.33 each, $50/h (the listing's chips
    // "FinTech" and "Financial Consulting", which its text does not bear out, are not among them).
    const bySkill = dashboard.getByTestId('by-skill').locator('tbody tr');
    expect(await bySkill.count()).toBe(6);
    expect(await bySkill.first().locator('td').allTextContents()).toEqual([
      'API Integration',
      '1',
      '1.7 h',
      '$83.33',
      '$50.00/h',
    ]);
    const bars = dashboard.getByTestId('bar-chart');
    expect(await bars.getAttribute('role')).toBe('img');
    expect(await bars.getAttribute('aria-label')).toContain(
      'Earnings per hour by skill, in USD: API Integration 50',
    );
    const platform = dashboard.getByTestId('by-platform').locator('tbody tr', { hasText: 'Upwork' });
    expect(await platform.locator('td').allTextContents()).toEqual([
      'Upwork',
      '1',
      '$50.00/h',
      '100% (1 of 1)',
      '10',
      '10%',
    ]);
    expect(await dashboard.getByTestId('time-chart').getAttribute('aria-label')).toMatch(
      /^Hours and earnings per month: \d{4}-\d{2} 10 hours, \$500\.$/,
    );
    expect(await dashboard.getByTestId('roadmap').locator('[data-step="land"]').textContent()).toContain(
      '1 of 3 gigs logged.',
    );
  });

  it('drafts the case study in Markdown, escaped, to copy or download', async () => {
    await dashboard.getByRole('button', { name: `Case study of ${TITLE}` }).click();
    const markdown = await dashboard
      .getByTestId('case-study')
      .getByLabel('Case study in Markdown')
      .inputValue();
    expect(markdown.startsWith(`# Recharge \\& Shopify Expert Needed`)).toBe(true);
    expect(markdown).toContain('## Tools and skills\n\n- Shopify\n- API Integration\n');
    expect(markdown).toContain('Paid $500 ($50 per hour).');
    expect(markdown).toContain("## In the client's words\n\n> Fast, clear and \\*careful\\*.");
    const [file] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Download .md' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(
      'case-study-recharge-shopify-expert-needed-to-implement-trial-to-subscri.md',
    );
    expect(readFileSync(await file.path(), 'utf8')).toBe(markdown);
    // Chromium grants no clipboard permission to an extension origin from outside, so the
    // page's clipboard records what it is given (what a real clipboard would receive).
    await dashboard.evaluate(() => {
      const copied: string[] = [];
      Object.assign(globalThis, { copied });
      navigator.clipboard.writeText = async (text: string) => {
        copied.push(text);
      };
    });
    await dashboard.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect
      .poll(() => dashboard.getByTestId('case-study').getByRole('status').textContent())
      .toBe('Copied to the clipboard.');
    expect(await dashboard.evaluate(() => (globalThis as unknown as { copied: string[] }).copied)).toEqual([
      markdown,
    ]);
  });

  it('turns the logged gig into a career report: figures, escaped Markdown, and a print without clipping', async () => {
    const report = dashboard.getByTestId('career-report');
    await expect
      .poll(() => report.getByTestId('career-summary').locator('li').allTextContents())
      .toEqual([
        '1 finished gig, 10 hours of work',
        'Earned $500',
        'Average rating 5 of 5, from 1 rated gig',
        'Delivered on time: 1 of 1 gig (100%)',
      ]);
    expect(await report.getByTestId('career-skills').locator('tbody tr').count()).toBe(6);
    expect(await report.getByTestId('career-per-hour').locator('tbody td').allTextContents()).toEqual([
      '$50.00/h',
    ]);
    expect(await report.getByTestId('career-case').locator('h4').textContent()).toBe(TITLE);

    await report.locator('summary', { hasText: 'Show the Markdown' }).click();
    const markdown = await report.getByLabel('Career report in Markdown').inputValue();
    expect(markdown.startsWith('# Career report\n')).toBe(true);
    expect(markdown).toContain('### Recharge \\& Shopify Expert Needed');
    expect(markdown).toContain('> Fast, clear and \\*careful\\*.');
    expect(markdown).toContain('| Shopify | 1.7 | 1 | 5 |');
    const [file] = await Promise.all([
      dashboard.waitForEvent('download'),
      report.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^career-report-\d{4}-\d{2}-\d{2}\.md$/);
    expect(readFileSync(await file.path(), 'utf8')).toBe(markdown);

    // Printed, the page is the report alone, and nothing in it is wider than the page.
    await dashboard.setViewportSize({ width: 680, height: 900 });
    await dashboard.emulateMedia({ media: 'print' });
    try {
      expect(await dashboard.getByTestId('log').isVisible()).toBe(false);
      expect(await dashboard.getByTestId('roadmap').isVisible()).toBe(false);
      expect(await report.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
      expect(await report.isVisible()).toBe(true);
      const clipped = await dashboard.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out: string[] = [];
        if (document.documentElement.scrollWidth > width)
          out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
        for (const el of document.querySelectorAll<HTMLElement>(
          '[data-testid="career-report"], [data-testid="career-report"] *',
        )) {
          const box = el.getBoundingClientRect();
          if (box.width === 0) continue;
          if (box.right > width + 0.5) out.push(`${el.tagName}.${el.className} ends at ${box.right}`);
          if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
            out.push(`${el.tagName}.${el.className} scrolls`);
        }
        return out;
      });
      expect(clipped).toEqual([]);
    } finally {
      await dashboard.emulateMedia({ media: 'screen' });
    }
  });

  it('exports the log as CSV and imports it back after the entry was deleted', async () => {
    const [csv] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Export the log (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^skillscout-progress-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.split('\n')[0]).toBe(
      'id,listingId,title,platform,client,skills,hours,earnings,currency,startedAt,finishedAt,rating,feedback,learned,onTime,repeatClient',
    );
    expect(text).toContain(`gig-${LISTING_ID},${LISTING_ID},${TITLE},upwork,,shopify; api-integration;`);

    dashboard.once('dialog', (dialog) => void dialog.accept());
    await dashboard.getByRole('button', { name: `Delete ${TITLE}` }).click();
    await expect.poll(() => harness.countStored('progress')).toBe(0);
    await expect.poll(() => dashboard.getByTestId('log').count()).toBe(0);

    await dashboard.getByTestId('import-csv').setInputFiles({
      name: 'progress.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    await expect
      .poll(() => dashboard.getByTestId('csv-status').textContent())
      .toBe('Imported 1 entry from progress.csv.');
    await expect.poll(() => dashboard.getByTestId('log').locator('tbody tr').count()).toBe(1);
    const entries = (await harness.request('ui-bg-progress-list', {})) as {
      entries: Array<{ id: string; hours: number; earnings: number; rating: number; feedback: string }>;
    };
    expect(entries.entries).toEqual([
      expect.objectContaining({
        id: `gig-${LISTING_ID}`,
        hours: 10,
        earnings: 500,
        rating: 5,
        feedback: 'Fast, clear and *careful*.',
      }),
    ]);
  });
});

describe('untrusted text and accessibility', () => {
  it('shows markup typed into the log as text, and axe finds no serious violation', async () => {
    const hostile = '<img src=x onerror="document.title=\'owned\'"><b>bold</b>';
    await harness.request('ui-bg-progress-save', {
      id: 'hostile',
      title: hostile,
      platform: 'other',
      skills: ['<script>x</script>'],
      hours: 1,
      earnings: 10,
      currency: 'USD',
      finishedAt: '2026-01-02',
      feedback: hostile,
    });
    const page = await harness.openExtensionPage('dashboard.html');
    const row = page.getByTestId('log').locator('tr[data-entry="hostile"]');
    await expect.poll(() => row.locator('.ss-title').textContent()).toBe(hostile);
    expect(await page.locator('main img, main b, main script').count()).toBe(0);
    await page.getByRole('button', { name: `Case study of ${hostile}` }).click();
    expect(await page.getByLabel('Case study in Markdown').inputValue()).toContain(
      '# \\<img src=x onerror="document.title=\'owned\'"\\>\\<b\\>bold\\</b\\>',
    );
    expect(await page.title()).toBe('SkillScout dashboard');

    await page.evaluate(axeSource);
    const serious = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, help: v.help }));
    });
    expect(serious).toEqual([]);
    await page.close();
  });
});
