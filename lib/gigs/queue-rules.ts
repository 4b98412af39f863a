/**
 * The learning queue's rules: which status may follow which. A gig moves forward
 * (saved → applying → applied → hired → done) or is dropped; a dropped gig can be revived,
 * and a step taken by mistake can be taken back one step.
 */
import { QueueRuleError } from '../core/errors';
import { statusName } from '../core/format';
import { list, t } from '../core/i18n';
import type { Listing, QueueItem, QueueStatus } from '../core/model';

const NEXT: Record<QueueStatus, readonly QueueStatus[]> = {
  saved: ['applying', 'applied', 'dropped'],
  applying: ['applied', 'saved', 'dropped'],
  applied: ['hired', 'applying', 'dropped'],
  hired: ['done', 'applied', 'dropped'],
  done: ['hired'],
  dropped: ['saved'],
};

export function allowedNext(status: QueueStatus): readonly QueueStatus[] {
  return NEXT[status];
}

export function newQueueItem(listing: Listing, now: number): QueueItem {
  return {
    listingId: listing.id,
    listing,
    status: 'saved',
    notes: '',
    savedAt: now,
    updatedAt: now,
    history: [{ status: 'saved', at: now }],
  };
}

export interface QueueChange {
  status?: QueueStatus;
  notes?: string;
}

/** Applies a change, or throws a QueueRuleError saying which moves are allowed. */
export function applyQueueChange(item: QueueItem, change: QueueChange, now: number): QueueItem {
  const next: QueueItem = { ...item, history: [...item.history], updatedAt: now };
  if (change.status !== undefined && change.status !== item.status) {
    if (!NEXT[item.status].includes(change.status)) {
      throw new QueueRuleError(
        t(
          'errorQueueMove',
          statusName(item.status),
          statusName(change.status),
          list(
            NEXT[item.status].map((status) => t('quoted', statusName(status))),
            'or',
          ),
        ),
      );
    }
    next.status = change.status;
    next.history.push({ status: change.status, at: now });
  }
  if (change.notes !== undefined) next.notes = change.notes;
  return next;
}
