import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import '@/components/theme.css';
import { uiMessageSchemas } from '@/lib/messages/ui';
import { createMessenger } from '@/lib/messenger';

const request = createMessenger((message) => browser.runtime.sendMessage(message), uiMessageSchemas);
const root = document.getElementById('app');
if (root) render(<Popup loadSummary={() => request('ui-bg-get-summary', { recentLimit: 8 })} />, root);
