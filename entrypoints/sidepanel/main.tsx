import { render } from 'preact';
import { panelApiOver } from '@/components/panel/api';
import { Panel } from '@/components/panel/Panel';
import '@/components/shared/theme.css';
import { localizePage } from '@/lib/extension/i18n';
import { sendToBackground, sendToTab } from '@/lib/extension/messaging';
import { followTabs, watchPanelFocus } from '@/lib/extension/panel';
import { loadProfileRead } from '@/lib/extension/profile-storage';
import { createMessenger } from '@/lib/messages/client';
import { tabMessageSchemas } from '@/lib/messages/tab';
import { uiMessageSchemas } from '@/lib/messages/ui';

localizePage('panelTitle');
const request = createMessenger(sendToBackground, uiMessageSchemas);
// Opened as a page (`sidepanel.html?tabId=…`, as the end-to-end tests do), it follows that tab first.
const pinned = Number(new URLSearchParams(location.search).get('tabId')) || undefined;
const api = panelApiOver(request, (tabId) => createMessenger(sendToTab(tabId), tabMessageSchemas), {
  loadProfile: loadProfileRead,
  followTab: (onChange) => {
    const stop = followTabs(onChange, pinned);
    return () => void stop.then((done) => done());
  },
  watchFocus: watchPanelFocus,
  now: Date.now,
});

const root = document.getElementById('app');
if (root) render(<Panel api={api} />, root);
