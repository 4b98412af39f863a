import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '@/components/options/Options';
import { loadProfile, profileItem } from '@/lib/extension/profile-storage';
import '@/components/shared/theme.css';
import { createMessenger } from '@/lib/messages/client';
import { uiMessageSchemas } from '@/lib/messages/ui';

const request = createMessenger((message) => browser.runtime.sendMessage(message), uiMessageSchemas);
const root = document.getElementById('app');
if (root) {
  render(
    <Options
      loadSummary={() => request('ui-bg-get-summary', { recentLimit: 1 })}
      exportFile={(kind) => request('ui-bg-export', { kind })}
      importFile={async (kind, text) => (await request('ui-bg-import', { kind, text })).imported}
      profile={{
        load: loadProfile,
        // Merged into the stored profile so the page settings saved apart are kept.
        save: async (basics) => profileItem.setValue({ ...(await loadProfile()), ...basics }),
      }}
      page={{
        load: async () => (await loadProfile()).page,
        save: async (page) => profileItem.setValue({ ...(await loadProfile()), page }),
      }}
      horizon={{
        load: async () => (await request('ui-bg-get-settings', {})).horizonDays,
        save: async (horizonDays) => (await request('ui-bg-set-horizon', { horizonDays })).horizonDays,
      }}
      deleteAll={async () => {
        await request('ui-bg-delete-all', { confirm: true });
      }}
    />,
    root,
  );
}
