/**
 * The one-click scan of a job board SkillScout has no adapter for. Injected by the popup
 * into the active tab (activeTab + scripting, on the user's click; never a broad host
 * permission). Reads the page once with the generic detector, decorates the cards it
 * finds and reports them; returns how many it found.
 */

import { LISTINGS_PER_MESSAGE } from '@/lib/core/limits';
import { marketplaceForHost } from '@/lib/core/platforms';
import { setBrowserWords } from '@/lib/extension/i18n';
import { sendToBackground } from '@/lib/extension/messaging';
import { loadProfile } from '@/lib/extension/profile-storage';
import { createMessenger } from '@/lib/messages/client';
import { contentMessageSchemas } from '@/lib/messages/content';
import { createDecorator } from '@/lib/page/decorate';
import { describeVia } from '@/lib/page/describe';
import { isMarked, markCard } from '@/lib/page/marks';
import { detectListings } from '@/lib/sites/generic';

export default defineUnlistedScript(async (): Promise<{ found: number }> => {
  setBrowserWords();
  const url = new URL(location.href);
  const platform = marketplaceForHost(url.hostname) ?? 'other';
  const request = createMessenger(sendToBackground, contentMessageSchemas);
  const decorate = createDecorator({
    profile: await loadProfile(),
    save: (listing) => request('cs-bg-queue-save', { listing }),
    describe: describeVia(request),
  });
  const { cards, listings } = detectListings(document, url, { platform });
  cards.forEach((card, i) => {
    const listing = listings[i];
    if (!listing || isMarked(card)) return;
    markCard(card, 'read');
    decorate(card, listing);
  });
  if (listings.length > 0) {
    await request('cs-bg-page-scanned', {
      url: url.href,
      platform,
      pageKind: 'other',
      listings: listings.slice(0, LISTINGS_PER_MESSAGE),
    });
  }
  return { found: listings.length };
});
