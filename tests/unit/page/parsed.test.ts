import { describe, expect, it } from 'vitest';
import { whenParsed } from '@/lib/page/parsed';

describe('whenParsed', () => {
  it('settles at once on a page already parsed', async () => {
    expect(document.readyState).not.toBe('loading');
    await expect(whenParsed(document)).resolves.toBeUndefined();
  });

  it('waits for DOMContentLoaded on a page still loading', async () => {
    let state: DocumentReadyState = 'loading';
    const doc = Object.assign(new EventTarget(), {
      get readyState() {
        return state;
      },
    }) as unknown as Document;
    let settled = false;
    const parsed = whenParsed(doc).then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    state = 'interactive';
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await parsed;
    expect(settled).toBe(true);
  });
});
