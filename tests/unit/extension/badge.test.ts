/** The toolbar badge per tab, on WXT's fake browser (its `action` keeps per-tab state as browsers do). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearFitCount, clearFitCountOnNavigation, showFitCount } from '@/lib/extension/badge';

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

  it('is cleared when the tab goes to another address, and only that tab', async () => {
    clearFitCountOnNavigation();
    await showFitCount(3, 6);
    await showFitCount(4, 2);
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, { id: 3 } as never);
    expect((await badge(3)).text).toBe('6');
    await fakeBrowser.tabs.onUpdated.trigger(3, { url: 'https://www.upwork.com/nx/search/jobs/?q=b' }, {
      id: 3,
    } as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await badge(3)).toEqual({
      text: '',
      title: 'SkillScout: the number on the icon counts the listings on this page that fit your profile',
    });
    expect((await badge(4)).text).toBe('2');
    await clearFitCount(4);
    expect((await badge(4)).text).toBe('');
  });
});
