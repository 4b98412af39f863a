/**
 * The browser's message channel, wrapped once: the sending side every page and content script
 * hands to `createMessenger`, and the service worker's listener that hands each message and
 * what the browser says of its sender to the router.
 */
import { type Browser, browser } from 'wxt/browser';
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

/** The port a marketplace page holds open to the background while it is shown. */
export const WARM_PORT = 'skillscout-page';
/** Under the 30 s a Chromium service worker may sit idle before it is stopped. */
const WARM_PING_MS = 20_000;

/**
 * The page side: tells the background a marketplace page is open (it gets its tagger ready
 * before the page's cards are read) and, while the page is visible, pings it often enough that
 * it is not stopped between one batch of cards and the next. A port the browser closed (the
 * worker stopped while the tab was hidden, or the page went into the back-forward cache) is
 * opened again as soon as the page is shown, so the worker is up before the next cards come.
 */
export function keepBackgroundWarm(signal: AbortSignal, pingMs = WARM_PING_MS): void {
  let port: Browser.runtime.Port | undefined;
  const connect = () => {
    port = browser.runtime.connect({ name: WARM_PORT });
    port.onDisconnect.addListener(() => {
      port = undefined;
    });
  };
  connect();
  const timer = setInterval(() => {
    if (document.visibilityState !== 'visible') return;
    if (port) port.postMessage('ping');
    else connect();
  }, pingMs);
  const shown = () => {
    if (!port && document.visibilityState === 'visible') connect();
  };
  document.addEventListener('visibilitychange', shown, { signal });
  window.addEventListener('pageshow', shown, { signal });
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      port?.disconnect();
    },
    { once: true },
  );
}

/** The background side: `warm` runs each time a marketplace page opens its port. */
export function onMarketplacePage(warm: () => void): void {
  try {
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== WARM_PORT) return;
      warm();
      // Each ping is an event for the worker, which is what keeps it running.
      port.onMessage.addListener(() => undefined);
    });
  } catch {
    // Without ports (WXT's fake browser in tests has none) the first message does the warming.
  }
}
