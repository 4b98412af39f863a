/**
 * Entries logged before "repeat client" existed (schema version 3, backup version 2) say who the
 * client was but not whether they came back. A client named on an earlier gig of the log had
 * hired the user before, so that later gig is marked a repeat; nothing else is guessed: a first
 * gig, an entry without a client, or one the user already answered is left as it is.
 */
import type { ProgressEntry } from '../core/model';

const clientKey = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');
/** When a gig happened, for ordering: its start, else its finish; undated gigs sort last. */
const when = (e: ProgressEntry): string => e.startedAt ?? e.finishedAt ?? '9999-12-31';

/** The entries, each marked `repeatClient: true` when its client appears on an earlier gig. */
export function markRepeatClients(entries: readonly ProgressEntry[]): ProgressEntry[] {
  const earliestId = new Map<string, string>();
  for (const e of [...entries].sort((a, b) => when(a).localeCompare(when(b)) || a.id.localeCompare(b.id))) {
    if (e.client?.trim() && !earliestId.has(clientKey(e.client))) earliestId.set(clientKey(e.client), e.id);
  }
  return entries.map((e) => {
    if (e.repeatClient !== undefined || !e.client?.trim()) return e;
    return earliestId.get(clientKey(e.client)) === e.id ? e : { ...e, repeatClient: true };
  });
}
