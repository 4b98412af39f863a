import { useState } from 'preact/hooks';
import { statusName, timeAgo } from '@/lib/core/format';
import { t } from '@/lib/core/i18n';
import type { Listing, QueueItem, QueueStatus } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import { allowedNext } from '@/lib/gigs/queue-rules';

export interface QueueEntryProps {
  item: QueueItem;
  move: (status: QueueStatus) => Promise<void>;
  saveNotes: (notes: string) => Promise<void>;
  remove: () => Promise<void>;
  onChecklist: (listing: Listing) => void;
}

/** One saved gig: its link, the statuses it may move to, its notes and its checklist. */
export function QueueEntry({ item, move, saveNotes, remove, onChecklist }: QueueEntryProps) {
  const [notes, setNotes] = useState(item.notes);
  const [error, setError] = useState<string>();
  const [noted, setNoted] = useState(false);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const { listing } = item;
  const notesId = `notes-${listing.id}`;
  return (
    <li data-listing={listing.id}>
      <a href={listing.url} target="_blank" rel="noreferrer" class="ss-title" translate={false}>
        {listing.title}
      </a>
      <div class="ss-muted">
        {platformLabel(listing.platform)} · {t('queueSavedAgo', timeAgo(item.savedAt))}
      </div>
      <div class="ss-actions">
        <label>
          {t('queueMoveTo')}{' '}
          <select
            data-testid="move"
            value=""
            onChange={(event) => {
              const status = (event.currentTarget as HTMLSelectElement).value as QueueStatus;
              if (status) move(status).catch(fail);
            }}
          >
            <option value="">{t('queueChoose')}</option>
            {allowedNext(item.status).map((status) => (
              <option key={status} value={status}>
                {statusName(status)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onChecklist(listing)}>
          {t('queueChecklist')}
        </button>
        <button type="button" class="ss-danger" onClick={() => remove().catch(fail)}>
          {t('queueRemove')}
        </button>
      </div>
      <label for={notesId} class="ss-label">
        {t('queueNotes')}
      </label>
      <textarea
        id={notesId}
        rows={2}
        value={notes}
        data-testid="notes"
        onInput={(event) => {
          setNotes((event.currentTarget as HTMLTextAreaElement).value);
          setNoted(false);
        }}
      />
      <div class="ss-actions">
        <button
          type="button"
          disabled={notes === item.notes}
          onClick={() => saveNotes(notes).then(() => setNoted(true), fail)}
        >
          {t('queueSaveNotes')}
        </button>
        {noted && (
          <span class="ss-muted" role="status">
            {t('queueNotesSaved')}
          </span>
        )}
      </div>
      {error && (
        <p class="ss-warn" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
