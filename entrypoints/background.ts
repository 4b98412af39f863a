import { createHandlers } from '@/lib/background/handlers';
import { createTagCache } from '@/lib/background/tag-cache';
import { warmUp } from '@/lib/background/warm';
import { showFitCount } from '@/lib/extension/badge';
import { registerCommands, stepInTab } from '@/lib/extension/commands';
import { noteCatalogue, setBrowserWords } from '@/lib/extension/i18n';
import { listenForMessages, onMarketplacePage, ownIdentity } from '@/lib/extension/messaging';
import { openPanel, pointPanelAt } from '@/lib/extension/panel';
import { registerScanMenu, showScanResult } from '@/lib/extension/tabs';
import { setValidationLanguage } from '@/lib/extension/validation-language';
import { storedTags, TAGS_VERSION, tagListing, tagsFor } from '@/lib/gigs/tagging';
import { createRouter } from '@/lib/messages/router';
import { openDatabase } from '@/lib/store/db';
import { retagStored } from '@/lib/store/retag';

export default defineBackground(() => {
  // Reasons, the roadmap, case studies and errors are written here, in the browser's language.
  setBrowserWords();
  // Marketplace pages use their own copy of the card's words, in the catalogue noted here.
  void noteCatalogue().catch((error: unknown) => console.warn('[SkillScout] catalogue not noted:', error));
  setValidationLanguage();
  // Opened lazily and shared: a service worker woken by a message must not race two upgrades.
  let database: ReturnType<typeof openDatabase> | undefined;
  const db = () => {
    database ??= openDatabase({ tagListing, onClosed: () => (database = undefined) });
    return database;
  };
  const ui = { showFitCount, openPanel, pointPanelAt };
  // A page's cards are tagged once for the card UI and the store alike.
  const describe = createTagCache(tagsFor);
  const tag = (listing: Parameters<typeof describe>[0]) => storedTags(describe(listing));
  const handlers = createHandlers({ db, tag, describe, now: Date.now, ui });
  listenForMessages(
    createRouter(handlers, {
      ...ownIdentity(),
      onRejected: (reason) => console.warn('[SkillScout] message rejected:', reason),
    }),
  );
  onMarketplacePage(() => warmUp({ db, describe }));
  // "Scan this page with SkillScout" on any page: the click grants activeTab for that tab.
  registerScanMenu(showScanResult);
  registerCommands({ openPanel: (tabId) => void openPanel(tabId), step: stepInTab });
  // Listings stored by an older tagger are tagged again, a batch at a time; a no-op once done.
  void db()
    .then((opened) => retagStored(opened, TAGS_VERSION, tagListing))
    .catch((e: unknown) => console.warn('[SkillScout] could not tag stored listings again:', e));
});
