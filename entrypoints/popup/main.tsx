import { render } from 'preact';
import { popupApiOver } from '@/components/popup/api';
import { Popup } from '@/components/popup/Popup';
import '@/components/shared/theme.css';
import { activeTabPlatform, scanActiveTab } from '@/lib/extension/active-tab';
import { sendToBackground } from '@/lib/extension/messaging';
import { loadProfileRead } from '@/lib/extension/profile-storage';
import { createMessenger } from '@/lib/messages/client';
import { uiMessageSchemas } from '@/lib/messages/ui';

const request = createMessenger(sendToBackground, uiMessageSchemas);
const api = popupApiOver(request, {
  scanThisPage: scanActiveTab,
  loadProfile: loadProfileRead,
  currentPlatform: activeTabPlatform,
});

const root = document.getElementById('app');
if (root) render(<Popup api={api} />, root);
