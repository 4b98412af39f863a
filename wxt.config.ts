import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { MARKETPLACE_MATCHES } from './lib/sites/hosts';

// Firefox needs a stable add-on id to keep storage across installs and to publish.
const GECKO_ID = 'skillscout@skillscout.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'SkillScout',
    description:
      'Tags freelance job listings by skill and difficulty, so you can earn while you learn. All data stays on your machine.',
    // The six marketplaces, nothing broad. Other job boards are read only on the user's click
    // in the popup: activeTab + scripting.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: MARKETPLACE_MATCHES,
    action: { default_title: 'SkillScout' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // No data leaves the user's machine: Firefox's built-in consent says so up front.
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  // The sources archive (for Firefox's review) holds what builds the extension, not the saved
  // marketplace pages the tests use: that listing text is for local testing only.
  zip: { excludeSources: ['tests/**', '.github/**'] },
});
