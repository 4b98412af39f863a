import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { MARKETPLACE_MATCHES } from './lib/core/platforms';

// Firefox needs a stable add-on id to keep storage across installs and to publish.
const GECKO_ID = 'skillscout@skillscout.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for Firefox too (WXT's default there is V2): Firefox 140 ESR+ runs it fully, grants
  // its host permissions at install, and both browsers then share one manifest shape and one
  // background lifecycle (a background that may be stopped and woken again).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // Name and description in the browser's language, from public/_locales (English by default).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The six marketplaces, nothing broad. Other job boards are read only on the user's click
    // in the popup: activeTab + scripting.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: MARKETPLACE_MATCHES,
    // Rebindable in the browser's shortcut settings. Firefox opens its sidebar with its own
    // command; Chrome's side panel is opened by the background on `open-panel` (a command is a
    // user gesture, which `sidePanel.open` needs). `sidePanel` itself comes with the side panel
    // entrypoint, in the Chrome build only.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-panel']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenPanel__',
      },
      'next-fit': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextFit__' },
      'previous-fit': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousFit__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // No data leaves the user's machine: Firefox's built-in consent says so up front.
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection key only from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The toolbar button's tooltip says what the badge counts (WXT would take the popup's <title>);
    // on a marketplace tab the background sets that tab's count in it.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  // The sources archive (for Firefox's review) holds what builds the extension and the notes for
  // reviewers (store/), not the saved marketplace pages the tests and benchmarks read (that
  // listing text is for local testing only), the screenshots, or what a local run leaves behind.
  // WXT archives the working folder, so `npm run zip` then checks that every file in it is
  // committed and that it rebuilds the Firefox archive.
  zip: {
    excludeSources: ['tests/**', 'bench/**', '.github/**', 'out/**', 'coverage/**', '**/*.log', '**/*.zip'],
  },
});
