/** The list of a skill's free resources (components/shared/LearnLinks.tsx), from the real data. */
import { describe, expect, it } from 'vitest';
import { LearnLinks } from '@/components/shared/LearnLinks';
import { learningItem } from '@/lib/background/learning';
import { useRoot } from '../helpers';

const root = useRoot();
const anchors = () => [...root.get().querySelectorAll<HTMLAnchorElement>('a')];

describe('LearnLinks', () => {
  it('links each resource for a click only: new tab, no opener, no referrer, with its provider, kind, level and hours', async () => {
    await root.show(<LearnLinks item={learningItem('html')} />);
    expect(anchors().length).toBeGreaterThan(1);
    for (const a of anchors()) {
      expect(a.protocol).toBe('https:');
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
      expect(a.textContent).toMatch(/\(opens in a new tab\)$/);
    }
    expect(root.get().textContent).toMatch(/Beginner · about \d+ hours/);
    expect(root.get().querySelector('.ss-muted')?.textContent).not.toMatch(/kind of|starting points/);
  });

  it('says when the resources are those of the broader skill, or of the field', async () => {
    await root.show(<LearnLinks item={learningItem('english-to-spanish-translation')} />);
    expect(root.get().textContent).toContain('Ways to learn Translation, which it is a kind of:');
    await root.show(<LearnLinks item={learningItem('payroll')} />);
    expect(root.get().textContent).toContain('starting points for its field');
  });

  it('says so when nothing covers the skill', async () => {
    await root.show(<LearnLinks item={learningItem('no-such-skill')} />);
    expect(anchors()).toEqual([]);
    expect(root.get().textContent).toBe('No free resource is listed for this skill yet.');
  });
});
