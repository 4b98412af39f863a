// @ts-check
// Fails loudly (never a silent skip) when the browser the e2e tests need is missing.
import { CHROMIUM_MISSING, findChromium } from './lib/chromium.mjs';

if (!findChromium()) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
