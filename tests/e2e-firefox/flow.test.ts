/**
 * The main path in real Firefox: the same checks as the Chromium run (tests/e2e/flow.test.ts),
 * on the built Firefox extension installed as a temporary add-on.
 */
import { describeMarketplaceFlow } from '../e2e/shared/flow';
import { startFirefoxHarness } from './harness';

describeMarketplaceFlow(startFirefoxHarness);
