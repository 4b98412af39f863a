import { browser } from 'wxt/browser';
import { createMessenger } from '@/lib/messenger';
import { addBadge } from '@/lib/page/badge';
import { startScanner } from '@/lib/page/scanner';
import { MARKETPLACE_MATCHES, marketplaceForHost } from '@/lib/sites/hosts';
import { adapterForUrl } from '@/lib/sites/index';

export default defineContentScript({
  matches: MARKETPLACE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const url = new URL(location.href);
    const platform = marketplaceForHost(url.hostname);
    if (!platform) return;
    const request = createMessenger((message) => browser.runtime.sendMessage(message));
    const scanner = startScanner({
      doc: document,
      platform,
      adapter: adapterForUrl(url),
      signal: ctx.signal,
      report: (scan) => request('cs-bg-page-scanned', scan),
      decorate: addBadge,
    });
    // Marketplaces are single-page apps: a new "page" arrives without a reload.
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.rescan());
  },
});
