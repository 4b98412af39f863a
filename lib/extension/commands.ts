/**
 * The keyboard commands (the manifest's `commands`, which the user can rebind in the browser):
 * open the side panel, and move to the next or the previous card that fits on a marketplace page.
 * Firefox opens its sidebar with its own `_execute_sidebar_action` command, so only Chrome's
 * panel needs `open-panel` here.
 */
import { browser } from 'wxt/browser';
import { createMessenger } from '../messages/client';
import { type StepDirection, tabMessageSchemas } from '../messages/tab';
import { sendToTab } from './messaging';

export const COMMANDS = { openPanel: 'open-panel', next: 'next-fit', previous: 'previous-fit' } as const;

export interface CommandActions {
  /** Called straight from the command: the browser counts it as the user's gesture. */
  openPanel(tabId: number): void;
  step(tabId: number, direction: StepDirection): void;
}

export function registerCommands(actions: CommandActions): void {
  const commands = browser.commands;
  if (!commands?.onCommand) return;
  try {
    commands.onCommand.addListener((command, tab) => listen(actions, command, tab));
  } catch {
    // The background must start whatever the commands API does; the panel and the page still work.
  }
}

/** The command's tab (Chrome and Firefox pass it; older versions do not: then the active one). */
function listen(actions: CommandActions, command: string, tab: { id?: number } | undefined): void {
  const run = (tabId: number | undefined) => {
    if (tabId === undefined) return;
    if (command === COMMANDS.openPanel) actions.openPanel(tabId);
    else if (command === COMMANDS.next) actions.step(tabId, 'next');
    else if (command === COMMANDS.previous) actions.step(tabId, 'previous');
  };
  if (tab?.id !== undefined) run(tab.id);
  else
    void browser.tabs.query({ active: true, currentWindow: true }).then(
      ([active]) => run(active?.id),
      () => {},
    );
}

/** Asks the tab's content script to move; a tab without one (not a marketplace) has nothing to move to. */
export function stepInTab(tabId: number, direction: StepDirection): void {
  createMessenger(sendToTab(tabId), tabMessageSchemas)('bg-cs-step', { direction }).catch(() => {});
}
