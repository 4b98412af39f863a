/** The keyboard commands' wiring; WXT's fake browser has no commands, so a stand-in records the listener. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMANDS, registerCommands, stepInTab } from '@/lib/extension/commands';

type Listener = (command: string, tab?: { id?: number }) => void;

function fakeCommands() {
  let listener: Listener | undefined;
  Object.assign(fakeBrowser.commands, { onCommand: { addListener: (l: Listener) => (listener = l) } });
  return (command: string, tab?: { id?: number }) => listener?.(command, tab);
}

beforeEach(() => fakeBrowser.reset());

describe('registerCommands', () => {
  it("opens the panel at once on its command (a command is the user's gesture), and steps on the others", () => {
    const press = fakeCommands();
    const openPanel = vi.fn();
    const step = vi.fn();
    registerCommands({ openPanel, step });
    press(COMMANDS.openPanel, { id: 3 });
    expect(openPanel).toHaveBeenCalledWith(3);
    press(COMMANDS.next, { id: 3 });
    press(COMMANDS.previous, { id: 4 });
    press('_execute_action', { id: 3 });
    expect(step.mock.calls).toEqual([
      [3, 'next'],
      [4, 'previous'],
    ]);
    expect(openPanel).toHaveBeenCalledTimes(1);
  });

  it('uses the active tab when the browser does not say which tab, and nothing without one', async () => {
    const press = fakeCommands();
    const step = vi.fn();
    registerCommands({ openPanel: vi.fn(), step });
    vi.spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValueOnce([{ id: 8 } as never])
      .mockResolvedValueOnce([]);
    press(COMMANDS.next);
    await vi.waitFor(() => expect(step).toHaveBeenCalledWith(8, 'next'));
    press(COMMANDS.next);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('lets the background start where the browser has no commands', () => {
    Object.assign(fakeBrowser.commands, {
      onCommand: {
        addListener: () => {
          throw new Error('Browser.commands.onCommand.addListener not implemented.');
        },
      },
    });
    expect(() => registerCommands({ openPanel: vi.fn(), step: vi.fn() })).not.toThrow();
  });
});

describe('stepInTab', () => {
  it("sends the step to the tab's content script, and shrugs off a tab without one", async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValueOnce({ listingId: 'upwork:1' })
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    stepInTab(5, 'previous');
    stepInTab(6, 'next');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(send.mock.calls).toEqual([
      [5, { type: 'bg-cs-step', payload: { direction: 'previous' } }],
      [6, { type: 'bg-cs-step', payload: { direction: 'next' } }],
    ]);
  });
});
