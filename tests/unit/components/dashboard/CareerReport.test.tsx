/** The career report's view (components/dashboard/CareerReport.tsx), from a report built of a real-shaped log. */
import { describe, expect, it, vi } from 'vitest';
import { CareerReport } from '@/components/dashboard/CareerReport';
import { careerReport } from '@/lib/progress/career';
import { caseStudyMarkdown } from '@/lib/progress/case-study';
import { entry } from '../../progress/fixtures';
import { click, useRoot } from '../helpers';

const root = useRoot();
const skillName = (id: string) => ({ html: 'HTML' })[id] ?? id;

describe('the career report view', () => {
  const gig = entry({
    id: 'g',
    title: 'Newsletter template',
    client: 'Bakery',
    hours: 5,
    earnings: 150,
    finishedAt: '2026-01-31',
    feedback: 'Lovely work\nwould hire again',
    repeatClient: true,
  });
  const report = careerReport({
    entries: [gig],
    skillName,
    caseStudies: { g: caseStudyMarkdown({ entry: gig, skillName }) },
  });

  it('shows the case study from the log, its feedback kept as typed, and leaves out what was not logged', async () => {
    await root.show(<CareerReport report={report} entries={[gig]} skillName={skillName} print={() => {}} />);
    const text = root.get().textContent ?? '';
    expect(text).toContain('Repeat clients: 1 of 1 gig (100%)');
    expect(text).not.toContain('Delivered on time');
    expect(root.get().querySelector('[data-testid="career-case"] blockquote')?.textContent).toBe(
      'Lovely work\nwould hire again',
    );
    expect(root.get().querySelector('[data-testid="career-markdown"]')).not.toBeNull();
  });

  it('says when copying was refused, and copies the Markdown when allowed', async () => {
    const writeText = vi.fn(async () => {
      throw new Error('denied');
    });
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await root.show(<CareerReport report={report} entries={[gig]} skillName={skillName} print={() => {}} />);
    const copy = [...root.get().querySelectorAll('button')].find((b) => b.textContent === 'Copy Markdown');
    await click(copy);
    expect(writeText).toHaveBeenCalledWith(report.markdown);
    expect(root.get().querySelector('[role="status"]')?.textContent).toMatch(/did not allow copying/);
    vi.unstubAllGlobals();
  });

  it('says there is nothing yet when no gig is finished', async () => {
    const empty = careerReport({ entries: [], skillName, caseStudies: {} });
    await root.show(<CareerReport report={empty} entries={[]} skillName={skillName} print={() => {}} />);
    expect(root.get().querySelector('[data-testid="career-summary"]')).toBeNull();
    expect(root.get().textContent).toContain('No finished gig is logged yet');
  });
});
