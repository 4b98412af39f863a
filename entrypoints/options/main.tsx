import { render } from 'preact';
import { optionsApiOver } from '@/components/options/api';
import { Options } from '@/components/options/Options';
import '@/components/shared/theme.css';
import { localizePage } from '@/lib/extension/i18n';
import { sendToBackground } from '@/lib/extension/messaging';
import { loadProfileRead, updateProfile } from '@/lib/extension/profile-storage';
import { createMessenger } from '@/lib/messages/client';
import { uiMessageSchemas } from '@/lib/messages/ui';

localizePage('optionsTitle');
const request = createMessenger(sendToBackground, uiMessageSchemas);
const root = document.getElementById('app');
if (root)
  render(<Options {...optionsApiOver(request, { load: loadProfileRead, update: updateProfile })} />, root);
