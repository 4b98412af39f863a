/** The card's "Show in panel" button: it asks, and says how to open the panel when the browser refuses. */
import { describe, expect, it } from 'vitest';
import { panelButton } from '@/lib/page/panel-button';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('panelButton', () => {
  it('asks for the panel on a click and stays as it was when the panel opened', async () => {
    let asked = 0;
    const button = panelButton(document, async () => {
      asked++;
      return true;
    });
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('Show in panel');
    button.click();
    expect(button.disabled).toBe(true);
    await settle();
    expect(asked).toBe(1);
    expect(button.disabled).toBe(false);
    expect(button.textContent).toBe('Show in panel');
  });

  it('says how to open the panel when the browser would not, or the background could not be reached', async () => {
    const refused = panelButton(document, async () => false);
    refused.click();
    await settle();
    expect(refused.textContent).toBe('Open the SkillScout panel from the toolbar (Alt+Shift+S)');
    const failed = panelButton(document, async () => {
      throw new Error('Extension context invalidated.');
    });
    failed.click();
    await settle();
    expect(failed.textContent).toBe('Open the SkillScout panel from the toolbar (Alt+Shift+S)');
    expect(failed.disabled).toBe(false);
  });
});
