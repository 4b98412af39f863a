// @ts-check
// Fails loudly (never a silent skip) when the browser the e2e tests need is missing.
import { CHROMIUM_MISSING, findChromium, missingSpanish } from './lib/chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
const spanish = missingSpanish(chromium);
if (spanish) {
  console.error(spanish);
  process.exit(1);
}
