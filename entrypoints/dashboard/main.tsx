import { render } from 'preact';
import { dashboardApiOver } from '@/components/dashboard/api';
import { Dashboard } from '@/components/dashboard/Dashboard';
import '@/components/shared/theme.css';
import '@/components/dashboard/dashboard.css';
import { localizePage } from '@/lib/extension/i18n';
import { sendToBackground } from '@/lib/extension/messaging';
import { loadProfile } from '@/lib/extension/profile-storage';
import { setValidationLanguage } from '@/lib/extension/validation-language';
import { createMessenger } from '@/lib/messages/client';
import { progressMessageSchemas } from '@/lib/messages/progress';
import { uiMessageSchemas } from '@/lib/messages/ui';

localizePage('dashTitle');
setValidationLanguage();
const request = createMessenger(sendToBackground, { ...uiMessageSchemas, ...progressMessageSchemas });
const root = document.getElementById('app');
if (root) render(<Dashboard api={dashboardApiOver(request, loadProfile)} />, root);
