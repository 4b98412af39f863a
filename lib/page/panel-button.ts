/**
 * The card's "Show in panel" button. The browser opens the side panel only in answer to a
 * click (a user gesture), which this is: the background opens it on the message the click
 * sends. Where the browser still refuses (Firefox opens its sidebar only from its own
 * controls), the button says how to open the panel instead, and the panel shows the listing
 * when it opens.
 */
import { t } from '../core/i18n';

export function panelButton(doc: Document, show: () => Promise<boolean>): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'panel';
  button.textContent = t('cardShowInPanel');
  button.addEventListener('click', () => {
    button.disabled = true;
    show()
      .then(
        (opened) => {
          button.textContent = t(opened ? 'cardShowInPanel' : 'cardOpenPanelYourself');
        },
        () => {
          button.textContent = t('cardOpenPanelYourself');
        },
      )
      .finally(() => {
        button.disabled = false;
      });
  });
  return button;
}
