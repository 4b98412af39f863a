/**
 * What the background does for each message: one handler per type, grouped by the family of
 * messages it answers, each a few lines over the store.
 */
import type { Handlers } from '../messages/router';
import { createDataHandlers } from './data';
import { createDemandHandlers } from './demand';
import { createWriteGuard, type HandlerDeps } from './deps';
import { createLearningHandlers } from './learning';
import { createListingHandlers } from './listings';
import { createPanelHandlers } from './panel';
import { createProgressHandlers } from './progress';
import { createQueueHandlers } from './queue';

export type { BrowserUi, HandlerDeps } from './deps';

export function createHandlers(deps: HandlerDeps): Handlers {
  const guard = createWriteGuard();
  return {
    ...createListingHandlers(deps, guard),
    ...createQueueHandlers(deps, guard),
    ...createDemandHandlers(deps),
    ...createDataHandlers(deps, guard),
    ...createProgressHandlers(deps),
    ...createPanelHandlers(deps),
    ...createLearningHandlers(deps),
  };
}
