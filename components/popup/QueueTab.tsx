import { useEffect, useState } from 'preact/hooks';
import { statusName } from '@/lib/core/format';
import { t } from '@/lib/core/i18n';
import type { Listing, QueueItem, QueueStatus } from '@/lib/core/model';
import type { PopupApi } from './api';
import { QueueEntry } from './QueueEntry';

export interface QueueTabProps {
  api: Pick<PopupApi, 'listQueue' | 'updateQueue' | 'removeFromQueue'>;
  onChecklist: (listing: Listing) => void;
}

const ORDER: QueueStatus[] = ['applying', 'saved', 'applied', 'hired', 'done', 'dropped'];

/** The learning queue grouped by status, the ones being worked on first. */
export function QueueTab({ api, onChecklist }: QueueTabProps) {
  const [items, setItems] = useState<QueueItem[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.listQueue().then(setItems, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [api]);

  if (error)
    return (
      <p class="ss-warn" role="alert">
        {t('queueReadFailed', error)}
      </p>
    );
  if (!items) return <p class="ss-muted">{t('queueLoading')}</p>;
  if (items.length === 0) {
    return <p data-testid="queue-empty">{t('queueEmpty', t('cardSave'))}</p>;
  }
  const replace = (next: QueueItem) =>
    setItems(items.map((i) => (i.listingId === next.listingId ? next : i)));
  return (
    <section aria-labelledby="ss-queue">
      <h2 id="ss-queue">{t('queueHeading')}</h2>
      {ORDER.map((status) => {
        const group = items.filter((i) => i.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`ss-queue-${status}`} data-status={status}>
            <h3 id={`ss-queue-${status}`}>{t('queueGroup', statusName(status), group.length)}</h3>
            <ul class="ss-list">
              {group.map((item) => (
                <QueueEntry
                  key={item.listingId}
                  item={item}
                  move={async (to) => replace(await api.updateQueue(item.listingId, { status: to }))}
                  saveNotes={async (notes) => replace(await api.updateQueue(item.listingId, { notes }))}
                  remove={async () => {
                    await api.removeFromQueue(item.listingId);
                    setItems(items.filter((i) => i.listingId !== item.listingId));
                  }}
                  onChecklist={onChecklist}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
