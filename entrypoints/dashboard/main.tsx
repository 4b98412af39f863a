import { render } from 'preact';
import { browser } from 'wxt/browser';
import { dashboardApiOver } from '@/components/dashboard/api';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { loadProfile } from '@/lib/extension/profile-storage';
import '@/components/shared/theme.css';
import '@/components/dashboard/dashboard.css';
import { createMessenger } from '@/lib/messages/client';
import { progressMessageSchemas } from '@/lib/messages/progress';
import { uiMessageSchemas } from '@/lib/messages/ui';

const request = createMessenger((message) => browser.runtime.sendMessage(message), {
  ...uiMessageSchemas,
  ...progressMessageSchemas,
});
const root = document.getElementById('app');
if (root) render(<Dashboard api={dashboardApiOver(request, loadProfile)} />, root);
