/** "What to learn next" with its resources (components/popup/LearnNextList.tsx). */
import { describe, expect, it } from 'vitest';
import { LearnNextList } from '@/components/popup/LearnNextList';
import { learningItem } from '@/lib/background/learning';
import { DEFAULT_PROFILE } from '@/lib/core/profile';
import { useRoot } from '../helpers';

const root = useRoot();
const next = [
  { skill: 'react', name: 'React', via: ['JavaScript', 'HTML', 'CSS'], beginnerGigs: 2, recent: 3 },
];

describe('LearnNextList', () => {
  it('shows each suggestion with where to learn it', async () => {
    const learning = new Map([['react', learningItem('react')]]);
    await root.show(
      <LearnNextList
        next={next}
        profile={DEFAULT_PROFILE}
        learning={learning}
        loaded={{ state: 'ready', value: [] }}
      />,
    );
    const li = root.get().querySelector('[data-skill="react"]');
    expect(li?.textContent).toContain('Builds on JavaScript, HTML, and CSS');
    expect([...(li?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toContain(
      'https://react.dev/learn',
    );
  });

  it('says what failed while the suggestions still show', async () => {
    await root.show(
      <LearnNextList
        next={next}
        profile={DEFAULT_PROFILE}
        learning={new Map()}
        loaded={{ state: 'failed', message: 'No answer.' }}
      />,
    );
    expect(root.get().querySelector('[role="alert"]')?.textContent).toBe(
      'Could not load where to learn: No answer.',
    );
    expect(root.get().querySelector('[data-skill="react"] strong')?.textContent).toBe('React');
  });

  it('asks for skills first when the profile has none', async () => {
    await root.show(
      <LearnNextList
        next={[]}
        profile={DEFAULT_PROFILE}
        learning={new Map()}
        loaded={{ state: 'loading' }}
      />,
    );
    expect(root.get().querySelector('[data-testid="learn-next-empty"]')).not.toBeNull();
  });
});
