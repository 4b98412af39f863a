import { describe, expect, it } from 'vitest';
import toptal from '@/lib/sites/toptal';
import constructed from '../../fixtures/toptal/react-jobs-constructed.html?raw';
import { expectRobust } from './mutate';

const LIST = 'https://www.toptal.com/freelance-jobs/developers/react';
const NOW = Date.parse('2026-02-20T12:00:00Z');
const parse = (html: string, url = LIST) =>
  toptal.parse(new DOMParser().parseFromString(html, 'text/html'), new URL(url), NOW);

describe('Toptal skill job list (constructed page, invented jobs)', () => {
  const listings = parse(constructed);

  it('reads the four jobs and none of the category or skill links around them', () => {
    expect(listings.map((l) => [l.id, l.title])).toEqual([
      ['toptal:41873', 'Senior React Developer for a Fintech Dashboard'],
      ['toptal:41902', 'React Native Developer to Ship an iOS and Android App'],
      ['toptal:41911', 'Frontend Engineer (React and Next.js)'],
      ['toptal:41925', 'React Consultant for a Performance Audit'],
    ]);
    expect(listings[0]?.url).toBe(
      'https://www.toptal.com/freelance-jobs/developers/react/senior-react-developer-for-a-fintech-dashboard-41873',
    );
  });

  it('reads skill links, description and posting time; Toptal shows no budget or level', () => {
    expect(listings.map((l) => l.platformSkills)).toEqual([
      ['React', 'TypeScript', 'D3.js'],
      ['React Native', 'iOS'],
      ['Next.js', 'React'],
      [],
    ]);
    expect(listings.map((l) => l.postedAt)).toEqual([
      '2026-02-18T09:30:00.000Z',
      '2026-02-19T15:00:00.000Z',
      '2026-02-20T08:00:00.000Z',
      '2026-02-20T10:15:00.000Z',
    ]);
    expect(listings[3]?.description).toBe(
      'Two-week engagement: profile a large single-page application, find the slow renders and write a report with fixes.',
    );
    for (const l of listings) {
      expect(l.budget).toBeUndefined();
      expect(l.platformLevel).toBeUndefined();
    }
  });
});

describe('pages that are not what the adapter expects', () => {
  it('finds nothing, without throwing, on a page of category links only', () => {
    const html =
      '<ul><li><a href="/freelance-jobs/developers/jobs">Developers</a></li><li><a href="/freelance-jobs/developers/react">React</a></li></ul>';
    expect(parse(html)).toEqual([]);
  });

  it('skips a card whose job link has no text', () => {
    const html = constructed.replace('>Frontend Engineer (React and Next.js)</a>', '></a>');
    expect(parse(html).map((l) => l.id)).toEqual(['toptal:41873', 'toptal:41902', 'toptal:41925']);
  });

  it('reads jobs in article blocks too, the innermost block around each link', () => {
    const html = `<main><article><h1>Designer jobs</h1>
      <article><a href="/freelance-jobs/designers/figma/design-a-dashboard-7">Design a dashboard</a><p>Posted 3 days ago</p></article>
      <article><a href="/freelance-jobs/designers/figma/redesign-a-landing-page-9">Redesign a landing page</a></article></article></main>`;
    expect(parse(html).map((l) => [l.id, l.title, l.postedAt])).toEqual([
      ['toptal:7', 'Design a dashboard', '2026-02-17T12:00:00.000Z'],
      ['toptal:9', 'Redesign a landing page', undefined],
    ]);
  });

  it('does not mix two jobs found in one block', () => {
    const html =
      '<article><a href="/freelance-jobs/developers/react/a-job-1">A job</a><a href="/freelance-jobs/developers/react/b-job-2">B job</a></article>';
    expect(parse(html)).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws and returns only valid listings on mutated pages', () => {
    expectRobust(constructed, (doc) => toptal.parse(doc, new URL(LIST), NOW), 40);
  });
});
