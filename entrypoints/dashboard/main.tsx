import { render } from 'preact';
import { browser } from 'wxt/browser';
import { dashboardApiOver } from '@/components/dashboard/api';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { loadProfile } from '@/components/storage';
import '@/components/theme.css';
import '@/components/dashboard/dashboard.css';
import { progressMessageSchemas } from '@/lib/messages/progress';
import { uiMessageSchemas } from '@/lib/messages/ui';
import { createMessenger } from '@/lib/messenger';

const request = createMessenger((message) => browser.runtime.sendMessage(message), {
  ...uiMessageSchemas,
  ...progressMessageSchemas,
});
const root = document.getElementById('app');
if (root) render(<Dashboard api={dashboardApiOver(request, loadProfile)} />, root);
