import { useState } from 'preact/hooks';
import { timeAgo } from '@/lib/core/format';
import type { Listing, QueueItem, QueueStatus } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import { allowedNext } from '@/lib/gigs/queue-rules';

export const STATUS_LABEL: Record<QueueStatus, string> = {
  saved: 'Saved',
  applying: 'Writing a proposal',
  applied: 'Applied',
  hired: 'Hired',
  done: 'Done',
  dropped: 'Dropped',
};

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
      <a href={listing.url} target="_blank" rel="noreferrer" class="ss-title">
        {listing.title}
      </a>
      <div class="ss-muted">
        {platformLabel(listing.platform)} · saved {timeAgo(item.savedAt)}
      </div>
      <div class="ss-actions">
        <label>
          Move to{' '}
          <select
            data-testid="move"
            value=""
            onChange={(event) => {
              const status = (event.currentTarget as HTMLSelectElement).value as QueueStatus;
              if (status) move(status).catch(fail);
            }}
          >
            <option value="">choose…</option>
            {allowedNext(item.status).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onChecklist(listing)}>
          Checklist
        </button>
        <button type="button" class="ss-danger" onClick={() => remove().catch(fail)}>
          Remove
        </button>
      </div>
      <label for={notesId} class="ss-label">
        Notes
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
          Save notes
        </button>
        {noted && (
          <span class="ss-muted" role="status">
            Notes saved.
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
