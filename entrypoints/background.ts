import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/handlers';
import { createRouter, type SenderInfo } from '@/lib/router';
import { openDatabase } from '@/lib/store/db';
import { retagStored } from '@/lib/store/retag';
import { TAGS_VERSION, tagListing, tagsFor } from '@/lib/tagging';

export default defineBackground(() => {
  // Opened lazily and shared: a service worker woken by a message must not race two upgrades.
  let database: ReturnType<typeof openDatabase> | undefined;
  const db = () => {
    database ??= openDatabase({ tagListing, onClosed: () => (database = undefined) });
    return database;
  };

  // Listings stored by an older tagger are tagged again, a batch at a time; a no-op once done.
  void db()
    .then((opened) => retagStored(opened, TAGS_VERSION, tagListing))
    .catch((e: unknown) => console.warn('[SkillScout] could not tag stored listings again:', e));

  const route = createRouter(createHandlers({ db, tag: tagListing, describe: tagsFor, now: Date.now }), {
    extensionId: browser.runtime.id,
    // Not `new URL(…).origin`: that is "null" for chrome-extension: URLs outside the browser.
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    onRejected: (reason) => console.warn('[SkillScout] message rejected:', reason),
  });

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
});
