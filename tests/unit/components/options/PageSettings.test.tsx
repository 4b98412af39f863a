import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSettings } from '@/components/options/PageSettings';
import type { Profile } from '@/lib/core/profile';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

async function show(page: Profile['page'], save = vi.fn(async (_page: Profile['page']) => {})) {
  root = document.createElement('div');
  document.body.append(root);
  const host = root;
  await act(async () => {
    render(<PageSettings load={async () => page} save={save} />, host);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { host, save };
}

describe('the page settings', () => {
  it('shows the saved choices and saves a new one', async () => {
    const { host, save } = await show({ highlight: true, hideMode: 'none' });
    const radios = [...host.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['none', true],
      ['dim', false],
      ['collapse', false],
    ]);
    await act(async () => {
      radios[1]?.click();
    });
    expect(save).toHaveBeenLastCalledWith({ highlight: true, hideMode: 'dim' });
    await act(async () => {
      host.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    });
    expect(save).toHaveBeenLastCalledWith({ highlight: false, hideMode: 'dim' });
  });

  it('says when the choice could not be saved', async () => {
    const { host } = await show(
      { highlight: true, hideMode: 'none' },
      vi.fn(async () => {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }),
    );
    await act(async () => {
      host.querySelector<HTMLInputElement>('input[value="collapse"]')?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Could not save');
  });
});
