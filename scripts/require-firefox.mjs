// @ts-check
// Fails loudly (never a silent skip) when the Firefox the Firefox e2e tests need is missing.
import { FIREFOX_MISSING, findFirefox, missingSpanish, tooOldFirefox } from './lib/firefox.mjs';

const firefox = findFirefox();
if (!firefox) {
  console.error(FIREFOX_MISSING);
  process.exit(1);
}
const old = tooOldFirefox(firefox);
if (old) {
  console.error(old);
  process.exit(1);
}
const spanish = missingSpanish(firefox);
if (spanish) {
  console.error(spanish);
  process.exit(1);
}
