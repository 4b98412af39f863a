import { render } from 'preact';
import { popupApiOver } from '@/components/popup/api';
import { Popup } from '@/components/popup/Popup';
import '@/components/shared/theme.css';
import { localizePage } from '@/lib/extension/i18n';
import { sendToBackground } from '@/lib/extension/messaging';
import { panelOpenerForActiveTab } from '@/lib/extension/panel';
import { loadProfileRead } from '@/lib/extension/profile-storage';
import { activeTabId, activeTabPlatform, scanTab, tabLayoutReport } from '@/lib/extension/tabs';
import { createMessenger } from '@/lib/messages/client';
import { uiMessageSchemas } from '@/lib/messages/ui';

localizePage('extName');
const request = createMessenger(sendToBackground, uiMessageSchemas);
const api = popupApiOver(request, {
  // The popup's click grants activeTab for the tab it was opened over.
  scanThisPage: async () => scanTab(await activeTabId()),
  layoutReport: async () => tabLayoutReport(await activeTabId()),
  copyText: (text) => navigator.clipboard.writeText(text),
  loadProfile: loadProfileRead,
  currentPlatform: activeTabPlatform,
  openPanel: panelOpenerForActiveTab(),
});

const root = document.getElementById('app');
if (root) render(<Popup api={api} />, root);
