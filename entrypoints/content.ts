import { browser } from 'wxt/browser';
import { loadProfile } from '@/components/storage';
import { assessFit } from '@/lib/match';
import { contentMessageSchemas } from '@/lib/messages/content';
import { createMessenger } from '@/lib/messenger';
import { renderCardUi } from '@/lib/page/card-ui';
import { createSavedLookup } from '@/lib/page/saved-lookup';
import { startScanner } from '@/lib/page/scanner';
import { MARKETPLACE_MATCHES, marketplaceForHost } from '@/lib/sites/hosts';
import { adapterForUrl } from '@/lib/sites/index';
import { tagsFor } from '@/lib/tagging';

export default defineContentScript({
  matches: MARKETPLACE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const url = new URL(location.href);
    const platform = marketplaceForHost(url.hostname);
    if (!platform) return;
    const profile = await loadProfile();
    if (!profile.platforms.includes(platform)) return;
    const request = createMessenger((message) => browser.runtime.sendMessage(message), contentMessageSchemas);
    const isSaved = createSavedLookup((ids) => request('cs-bg-queue-lookup', { ids }));
    const scanner = startScanner({
      doc: document,
      platform,
      adapter: adapterForUrl(url),
      signal: ctx.signal,
      report: (scan) => request('cs-bg-page-scanned', scan),
      decorate(card, listing) {
        const tags = tagsFor(listing);
        const ui = renderCardUi(
          card,
          {
            listing,
            tags,
            fit: assessFit(profile, tags),
            saved: false,
            hideMode: profile.page.hideMode,
            highlight: profile.page.highlight,
          },
          async () => {
            await request('cs-bg-queue-save', { listing });
          },
        );
        void isSaved(listing.id).then((saved) => saved && ui.setSaved(true));
      },
    });
    // Marketplaces are single-page apps: a new "page" arrives without a reload.
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.rescan());
  },
});
