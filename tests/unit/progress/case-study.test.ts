import { describe, expect, it } from 'vitest';
import { caseStudyMarkdown, escapeMarkdown } from '@/lib/progress/case-study';
import { entry, listing } from './fixtures';

const names = (id: string) => ({ html: 'HTML', css: 'CSS' })[id] ?? id;

describe('escaping Markdown', () => {
  it('turns markup in untrusted text into the characters it was', () => {
    expect(
      escapeMarkdown('**bold** _x_ `code` [link](javascript:alert(1)) <img src=x> &amp; ~~s~~ | a'),
    ).toBe(
      '\\*\\*bold\\*\\* \\_x\\_ \\`code\\` \\[link\\](javascript:alert(1)) \\<img src=x\\> \\&amp; \\~\\~s\\~\\~ \\| a',
    );
    expect(escapeMarkdown('# Title\n- item\n+ item\n1. one\n2) two\n> quote\n===')).toBe(
      '\\# Title\n\\- item\n\\+ item\n1\\. one\n2\\) two\n\\> quote\n\\===',
    );
    expect(escapeMarkdown('see https://evil.example and www.evil.example, v1.2 - fine')).toBe(
      'see https\\://evil.example and www\\.evil.example, v1.2 - fine',
    );
    expect(escapeMarkdown('a\\b')).toBe('a\\\\b');
  });
});

describe('the case-study draft', () => {
  const gig = entry({
    id: 'g1',
    title: 'Landing page *fast*',
    client: 'Acme <Ltd>',
    skills: ['html', 'css'],
    hours: 8,
    earnings: 200,
    startedAt: '2026-02-01',
    finishedAt: '2026-02-05',
    rating: 5,
    feedback: 'Great work!\n# Would hire again',
    learned: 'Flexbox layouts\n\nTalking to clients',
  });

  it('has the problem from the listing, what was done, skills, result and the client’s words', () => {
    const md = caseStudyMarkdown({
      entry: gig,
      listing: listing('1', { description: 'Our [site](http://x.test) is slow.' }),
      skillName: names,
    });
    expect(md).toBe(
      `${[
        '# Landing page \\*fast\\*',
        '_Upwork · client: Acme \\<Ltd\\> · 2026-02-01 to 2026-02-05_',
        '## The problem',
        'Our \\[site\\](http\\://x.test) is slow.',
        '## What I did and learned',
        'Flexbox layouts\n\nTalking to clients',
        '## Tools and skills',
        '- HTML\n- CSS',
        '## Result',
        'Delivered in 8 hours, finished 2026-02-05.  \nPaid $200 ($25 per hour).  \nRated 5 out of 5 by the client.',
        "## In the client's words",
        '> Great work\\!\n> \\# Would hire again',
      ].join('\n\n')}\n`,
    );
  });

  it('leaves prompts where the log and the listing say nothing, and shortens a long listing', () => {
    const bare = caseStudyMarkdown({
      entry: entry({ id: 'g2', skills: [], hours: 0, earnings: 50, platform: 'other' }),
      skillName: names,
    });
    expect(bare).toContain('_Describe the problem the client needed solved._');
    expect(bare).toContain('_Describe what you did, step by step, and what you learned._');
    expect(bare).toContain('_List the tools and skills you used._');
    expect(bare).toContain('Delivered in 0 hours.  \nPaid $50.');
    expect(bare).toContain('_another job board_');
    const long = caseStudyMarkdown({
      entry: gig,
      listing: listing('2', { description: 'x'.repeat(2000) }),
      skillName: names,
    });
    expect(long).toContain(`${'x'.repeat(799)}…`);
    expect(long).not.toContain('x'.repeat(800));
  });
});
