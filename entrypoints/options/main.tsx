import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '@/components/Options';
import '@/components/theme.css';
import { createMessenger } from '@/lib/messenger';

const request = createMessenger((message) => browser.runtime.sendMessage(message));
const root = document.getElementById('app');
if (root) render(<Options loadSummary={() => request('ui-bg-get-summary', { recentLimit: 1 })} />, root);
