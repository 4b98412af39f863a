/**
 * The main path in real Chromium: the same checks the Firefox run makes
 * (tests/e2e-firefox/flow.test.ts), on the built Chrome extension.
 */

import { startChromiumDriver } from './chromium-driver';
import { describeMarketplaceFlow } from './shared/flow';

describeMarketplaceFlow(startChromiumDriver);
