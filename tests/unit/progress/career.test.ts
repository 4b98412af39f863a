/** The career report (lib/progress/career.ts): figures from the log, and Markdown that is escaped. */
import { describe, expect, it } from 'vitest';
import { careerReport, shareText } from '@/lib/progress/career';
import { caseStudyMarkdown } from '@/lib/progress/case-study';
import { entry } from './fixtures';

const names: Record<string, string> = { html: 'HTML', css: 'CSS', shopify: 'Shopify' };
const skillName = (id: string) => names[id] ?? id;

const log = [
  entry({
    id: 'a',
    title: 'Landing page',
    skills: ['html', 'css'],
    hours: 10,
    earnings: 200,
    finishedAt: '2026-01-20',
    rating: 5,
    onTime: true,
  }),
  entry({
    id: 'b',
    title: 'Store fixes',
    skills: ['shopify', 'css'],
    hours: 4,
    earnings: 120,
    finishedAt: '2026-02-03',
    rating: 4,
    onTime: false,
    repeatClient: true,
  }),
  entry({ id: 'c', title: 'Running gig', skills: ['html'], hours: 3, earnings: 0, startedAt: '2026-02-10' }),
  entry({
    id: 'd',
    title: 'Euro gig',
    skills: ['html'],
    hours: 2,
    earnings: 50,
    currency: 'EUR',
    finishedAt: '2026-02-05',
  }),
];
const studies = Object.fromEntries(log.map((e) => [e.id, caseStudyMarkdown({ entry: e, skillName })]));

describe('careerReport', () => {
  const report = careerReport({ entries: log, skillName, caseStudies: studies });

  it('counts finished gigs only, with hours, earnings per currency and the mean rating', () => {
    expect(report.gigs).toBe(3);
    expect(report.hours).toBe(16);
    expect(report.earnings).toEqual([
      { currency: 'USD', amount: 320 },
      { currency: 'EUR', amount: 50 },
    ]);
    expect(report.rating).toBe(4.5);
    expect(report.rated).toBe(2);
  });

  it('gives each skill its share of hours, its gigs and average rating', () => {
    expect(report.skills).toEqual([
      { skill: 'css', gigs: 2, hours: 7, rating: 4.5 },
      { skill: 'html', gigs: 2, hours: 7, rating: 5 },
      { skill: 'shopify', gigs: 1, hours: 2, rating: 4 },
    ]);
  });

  it('counts on-time delivery and repeat clients only where logged', () => {
    expect(report.onTime).toEqual({ yes: 1, answered: 2 });
    expect(report.repeatClients).toEqual({ yes: 1, answered: 1 });
    expect(shareText(report.onTime)).toBe('1 of 2 gigs (50%)');
    expect(shareText({ yes: 0, answered: 0 })).toBeUndefined();
  });

  it('shows earnings per hour by month and currency, oldest first', () => {
    expect(report.perHour).toEqual([
      { month: '2026-01', currency: 'USD', perHour: 20 },
      { month: '2026-02', currency: 'EUR', perHour: 25 },
      { month: '2026-02', currency: 'USD', perHour: 30 },
    ]);
  });

  it('writes Markdown with the figures and the case studies under it, newest first', () => {
    const md = report.markdown;
    expect(md.startsWith('# Career report\n')).toBe(true);
    expect(md).toContain('- 3 finished gigs, 16 hours of work');
    expect(md).toContain('- Delivered on time: 1 of 2 gigs (50%)');
    expect(md).toContain('| CSS | 7 | 2 | 4.5 |');
    expect(md).toContain('## Case studies');
    expect(md.indexOf('### Euro gig')).toBeLessThan(md.indexOf('### Store fixes'));
    expect(md.indexOf('### Store fixes')).toBeLessThan(md.indexOf('### Landing page'));
    expect(md).not.toContain('Running gig');
    expect(md).toContain('#### ');
  });

  it('escapes Markdown in user text: a title, a client, a skill name typed by hand', () => {
    const hostile = entry({
      id: 'x',
      title: '# Big *win* [click](https://evil.example) <img src=x> | pipe',
      client: '_Acme_ `Ltd`',
      skills: ['**React** | hacks'],
      hours: 5,
      earnings: 100,
      finishedAt: '2026-03-01',
    });
    const md = careerReport({
      entries: [hostile],
      skillName,
      caseStudies: { x: caseStudyMarkdown({ entry: hostile, skillName }) },
    }).markdown;
    expect(md).toContain(
      '### \\# Big \\*win\\* \\[click\\](https\\://evil.example) \\<img src=x\\> \\| pipe',
    );
    expect(md).toContain('| \\*\\*React\\*\\* \\| hacks | 5 | 1 | — |');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).not.toMatch(/(^|[^\\])\[click\]/);
  });

  it('says so when nothing is finished yet', () => {
    const empty = careerReport({ entries: [log[2]!], skillName, caseStudies: {} });
    expect(empty.gigs).toBe(0);
    expect(empty.rating).toBeNull();
    expect(empty.markdown).toContain('No finished gig is logged yet');
  });
});
