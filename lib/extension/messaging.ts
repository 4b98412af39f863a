/**
 * The browser's message channel, wrapped once: the sending side every page and content script
 * hands to `createMessenger`, and the service worker's listener that hands each message and
 * what the browser says of its sender to the router.
 */
import { browser } from 'wxt/browser';
import type { Transport } from '../messages/client';
import type { Router, SenderInfo } from '../messages/router';

export const sendToBackground: Transport = (message) => browser.runtime.sendMessage(message);

/** Our own identity, as the router checks senders against it. */
export function ownIdentity(): { extensionId: string; extensionOrigin: string } {
  return {
    extensionId: browser.runtime.id,
    // Not `new URL(…).origin`: that is "null" for chrome-extension: URLs outside the browser.
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
  };
}

/** Routes every runtime message; messages the router does not answer are left to others. */
export function listenForMessages(route: Router): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const info: SenderInfo = {
      ...(sender.id ? { id: sender.id } : {}),
      ...(sender.url ? { url: sender.url } : {}),
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
    };
    const reply = route(message, info);
    if (!reply) return false;
    // WXT's fake browser (tests) resolves with a returned promise; real browsers need sendResponse.
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  });
}

/** The sending side towards one tab's content script (the side panel's, the commands'). */
export const sendToTab =
  (tabId: number): Transport =>
  (message) =>
    browser.tabs.sendMessage(tabId, message);

/** In a content script: hands each message and its sender's extension id to the tab's router. */
export function listenForTabMessages(
  route: (raw: unknown, senderId: string | undefined) => Promise<unknown> | undefined,
): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: unknown) => {
    const reply = route(message, sender.id);
    if (!reply) return false;
    if (typeof sendResponse !== 'function') return reply;
    void reply.then((answer) => (sendResponse as (answer: unknown) => void)(answer));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
