import { MARKETPLACE_MATCHES, marketplaceForHost } from '@/lib/core/platforms';
import { readNotedCatalogue, setContentScriptWords } from '@/lib/extension/content-words';
import {
  keepBackgroundWarm,
  listenForTabMessages,
  ownIdentity,
  sendToBackground,
} from '@/lib/extension/messaging';
import { loadProfileAtOnce, watchProfile } from '@/lib/extension/profile-storage';
import { createMessenger } from '@/lib/messages/client';
import { contentMessageSchemas } from '@/lib/messages/content';
import { createPageUi } from '@/lib/page/page-ui';
import { whenParsed } from '@/lib/page/parsed';
import { readWhileParsing } from '@/lib/page/prefetch';
import { startScanner } from '@/lib/page/scanner';
import { detectListings, marketplaceFallback } from '@/lib/sites/generic';
import { adapterForUrl } from '@/lib/sites/index';

export default defineContentScript({
  matches: MARKETPLACE_MATCHES,
  // Started while the page is still arriving: the profile is read and the background woken
  // meanwhile, so the cards are read the moment the markup is parsed, before the first paint.
  runAt: 'document_start',
  // WXT tells an older copy of this script to stop with a DOM event, and by default also with a
  // window message kept for WXT before 0.20. Every copy of this extension is 0.20 or later, and
  // the message reaches the page's own listeners (a 17 ms task in a trace of the saved page).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const url = new URL(location.href);
    const platform = marketplaceForHost(url.hostname);
    if (!platform) return;
    const parsed = whenParsed(document);
    const [profile, catalogue] = await Promise.all([loadProfileAtOnce(), readNotedCatalogue()]);
    if (!profile.platforms.includes(platform)) return;
    // Our own copy of the card's words, in the catalogue the background noted: the browser hands
    // a script its words in one synchronous load of the whole catalogue (7–19 ms per page).
    setContentScriptWords(catalogue);
    keepBackgroundWarm(ctx.signal);
    const request = createMessenger(sendToBackground, contentMessageSchemas);
    const page = createPageUi(document, { platform, profile, request, signal: ctx.signal, ...ownIdentity() });
    // The side panel and the keyboard commands ask the page which cards it shows, and move to them.
    ctx.onInvalidated(listenForTabMessages(page.route));
    // Skills, goals and page settings edited in the popup or Options apply to this page at once
    // (a marketplace switched off or on takes effect on the next page load).
    ctx.onInvalidated(watchProfile((next) => page.decorate.setProfile(next)));
    // Each card is read, its tags asked for and its UI drawn as soon as the parser is past it.
    const { adapter, has } = readWhileParsing(document, adapterForUrl(url), page.readEarly, ctx.signal);
    await parsed;
    // The page's first read comes at once: in the task that finishes the parse when cards were
    // read while it was parsed (what is left costs a few ms), in the profile's own task when the
    // parse was done before the profile arrived. A task of its own after the parse's (stop 27)
    // came 50–61 ms after DOMContentLoaded, behind the page's first frames; without it the first
    // paint and the last card's UI come at the same time within noise (bench/HISTORY.md, stop 33).
    const scanner = startScanner({
      ...{ doc: document, platform, adapter, readEarly: has, signal: ctx.signal, ...page.scan },
      // Fewer look-alike cards make a list on a marketplace page, and a job's own page is one job.
      fallback: (doc, pageUrl) =>
        detectListings(doc, pageUrl, marketplaceFallback(platform, adapter?.pageKind(pageUrl) ?? 'other')),
    });
    // Marketplaces are single-page apps: a new "page" arrives without a reload.
    ctx.addEventListener(window, 'wxt:locationchange', () => page.navigated(scanner));
  },
});
