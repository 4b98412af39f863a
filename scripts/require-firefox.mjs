// @ts-check
// Fails loudly (never a silent skip) when the Firefox the Firefox e2e tests need is missing.
import { FIREFOX_MISSING, findFirefox } from './lib/firefox.mjs';

if (!findFirefox()) {
  console.error(FIREFOX_MISSING);
  process.exit(1);
}
