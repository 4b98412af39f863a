/**
 * The toolbar badge and the side panel: a page reports how many of its listings fit, and its
 * cards' "Show in panel" buttons ask for the panel. The browser calls are injected (`ui`), so
 * the handlers run in tests without a browser; without them nothing is shown and they say so.
 */
import { UserError } from '../core/errors';
import { t } from '../core/i18n';
import type { SenderInfo } from '../messages/router';
import type { HandlerDeps, HandlersOf } from './deps';

type PanelMessages = 'cs-bg-page-fit' | 'cs-bg-show-in-panel';

function tabOf(sender: SenderInfo): number {
  if (sender.tabId === undefined) throw new UserError(t('errorNoActiveTab'));
  return sender.tabId;
}

export function createPanelHandlers({ ui, now }: HandlerDeps): HandlersOf<PanelMessages> {
  return {
    'cs-bg-page-fit': async ({ fitting }, sender) => {
      const tabId = tabOf(sender);
      if (!ui) return { shown: false };
      await ui.showFitCount(tabId, fitting);
      return { shown: true };
    },
    'cs-bg-show-in-panel': async ({ listingId }, sender) => {
      const tabId = tabOf(sender);
      if (!ui) return { opened: false };
      // Opened before anything is awaited: the browser allows it only while the click's gesture lasts.
      const opened = ui.openPanel(tabId);
      await ui.pointPanelAt(tabId, listingId, now());
      return { opened: await opened };
    },
  };
}
