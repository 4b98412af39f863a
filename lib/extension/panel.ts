/**
 * The side panel's browser side: opening it (Chrome's `sidePanel`, Firefox's sidebar), the
 * listing it is asked to show (kept in session storage, so a panel that is still opening finds
 * it), and which tab it follows: the active tab of its window, again on every switch, and that
 * tab's page whenever it navigates or its content script counts its cards again.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ListingId } from '../core/model';
import { PageFit } from '../messages/content';

const FOCUS_KEY = 'panelFocus';
const PanelFocus = z.object({ tabId: z.number(), listingId: ListingId, at: z.number() });
export type PanelFocus = z.infer<typeof PanelFocus>;

/** Firefox's sidebar API, which Chrome's types do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the panel beside the tab. Must be called straight from a user gesture (a click relayed
 * by a message, a keyboard command): the browsers refuse otherwise, and this says false.
 */
export async function openPanel(tabId: number): Promise<boolean> {
  try {
    if (browser.sidePanel?.open) await browser.sidePanel.open({ tabId });
    else {
      const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
      if (!sidebar) return false;
      await sidebar.open();
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The popup's "Side panel" button: the tab is looked up when the popup opens, so that the click
 * itself calls `openPanel` (a lookup awaited in between would outlast the click's gesture).
 */
export function panelOpenerForActiveTab(): () => Promise<boolean> {
  let tabId: number | undefined;
  browser.tabs.query({ active: true, currentWindow: true }).then(
    ([tab]) => {
      tabId = tab?.id;
    },
    () => {},
  );
  return () => (tabId === undefined ? Promise.resolve(false) : openPanel(tabId));
}

/** Asks the panel (open now or opened later in this session) to show a listing of a tab. */
export async function pointPanelAt(tabId: number, listingId: string, now: number): Promise<void> {
  await browser.storage.session.set({ [FOCUS_KEY]: { tabId, listingId, at: now } });
}

/** Calls back with the listing the panel was last asked to show, now and at every new ask. */
export function watchPanelFocus(onFocus: (focus: PanelFocus) => void): () => void {
  const take = (value: unknown) => {
    const parsed = PanelFocus.safeParse(value);
    if (parsed.success) onFocus(parsed.data);
  };
  void browser.storage.session.get(FOCUS_KEY).then(
    (stored) => take(stored[FOCUS_KEY]),
    () => {},
  );
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && changes[FOCUS_KEY]) take(changes[FOCUS_KEY].newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Follows a tab for the panel: `pinned` (the panel opened as a page with `?tabId=`), else the
 * active tab of the panel's window; then each tab the user switches to in that window (never
 * the panel's own tab, when it is one). `onChange` is called with the tab whenever it or its
 * page changes; undefined when there is no tab to follow.
 */
export async function followTabs(
  onChange: (tabId: number | undefined) => void,
  pinned?: number,
): Promise<() => void> {
  const [own, win] = await Promise.all([browser.tabs.getCurrent(), browser.windows.getCurrent()]);
  const windowId = win?.id;
  let current = pinned;
  if (current === undefined) {
    const [active] = await browser.tabs.query({
      active: true,
      ...(windowId === undefined ? {} : { windowId }),
    });
    current = active?.id !== own?.id ? active?.id : undefined;
  }
  const emit = () => onChange(current);
  const activated = (switched: { tabId: number; windowId: number }) => {
    if ((windowId !== undefined && switched.windowId !== windowId) || switched.tabId === own?.id) return;
    const { tabId } = switched;
    current = tabId;
    emit();
  };
  const updated = (tabId: number, change: { url?: string; status?: string }) => {
    if (tabId === current && (change.url !== undefined || change.status === 'complete')) emit();
  };
  const removed = (tabId: number) => {
    if (tabId !== current) return;
    current = undefined;
    emit();
  };
  // The content script's count goes to every extension page: the panel hears it and reads again.
  const counted = (message: unknown, sender: { tab?: { id?: number } }) => {
    const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
    if (type === 'cs-bg-page-fit' && sender.tab?.id === current && PageFit.safeParse(payload).success) emit();
    return undefined;
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  browser.tabs.onRemoved.addListener(removed);
  browser.runtime.onMessage.addListener(counted);
  emit();
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
    browser.tabs.onRemoved.removeListener(removed);
    browser.runtime.onMessage.removeListener(counted);
  };
}
