/** The toolbar badge per tab, on WXT's fake browser (its `action` keeps per-tab state as browsers do). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showFitCount } from '@/lib/extension/badge';

beforeEach(() => fakeBrowser.reset());

const badge = async (tabId: number) => ({
  text: await fakeBrowser.action.getBadgeText({ tabId }),
  title: await fakeBrowser.action.getTitle({ tabId }),
});

describe('the fit count on the toolbar', () => {
  it('is set per tab, with a tooltip that says what it counts', async () => {
    await showFitCount(3, 6);
    await showFitCount(4, 1);
    expect(await badge(3)).toEqual({
      text: '6',
      title: 'SkillScout: 6 listings on this page fit your profile',
    });
    expect(await badge(4)).toEqual({
      text: '1',
      title: 'SkillScout: 1 listing on this page fits your profile',
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('shows no number for a page where nothing fits, and the tooltip still says so', async () => {
    await showFitCount(3, 0);
    expect(await badge(3)).toEqual({
      text: '',
      title: 'SkillScout: 0 listings on this page fit your profile',
    });
  });
});
