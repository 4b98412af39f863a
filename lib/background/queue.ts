/** The learning queue and the proposal checklist's ticks. */
import { getTicks, setTick } from '../store/checklists';
import { listQueue, removeFromQueue, saveStoredToQueue, saveToQueue, updateQueueItem } from '../store/queue';
import type { HandlerDeps, HandlersOf, WriteGuard } from './deps';

type QueueMessages =
  | 'cs-bg-queue-save'
  | 'ui-bg-queue-save'
  | 'ui-bg-queue-list'
  | 'ui-bg-queue-update'
  | 'ui-bg-queue-remove'
  | 'ui-bg-checklist-get'
  | 'ui-bg-checklist-tick';

export function createQueueHandlers(
  { db, now }: HandlerDeps,
  { write }: WriteGuard,
): HandlersOf<QueueMessages> {
  return {
    'cs-bg-queue-save': ({ listing }) => write(async () => saveToQueue(await db(), listing, now())),
    'ui-bg-queue-save': ({ listingId }) => write(async () => saveStoredToQueue(await db(), listingId, now())),
    'ui-bg-queue-list': async ({ status }) => ({ items: await listQueue(await db(), status) }),
    'ui-bg-queue-update': ({ listingId, ...change }) =>
      write(async () => updateQueueItem(await db(), listingId, change, now())),
    'ui-bg-queue-remove': async ({ listingId }) => ({
      removed: await removeFromQueue(await db(), listingId),
    }),
    'ui-bg-checklist-get': async ({ listingId }) => ({ ticked: await getTicks(await db(), listingId) }),
    'ui-bg-checklist-tick': ({ listingId, item, ticked }) =>
      write(async () => ({ ticked: await setTick(await db(), listingId, item, ticked, now()) })),
  };
}
