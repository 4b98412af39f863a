/**
 * Builds the page's layout report in the page (the popup injects it on the user's click) and
 * returns it to the popup, which copies it. Nothing is sent anywhere.
 */
import { browser } from 'wxt/browser';
import { buildLayoutReport } from '@/lib/page/layout-report';

export default defineUnlistedScript((): string =>
  buildLayoutReport(document, { version: browser.runtime.getManifest().version, url: location.href }),
);
