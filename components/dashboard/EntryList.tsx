import { formatHours, formatMoney } from '@/lib/core/format';
import type { ProgressEntry } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';

export interface EntryListProps {
  entries: ProgressEntry[];
  skillName: (id: string) => string;
  onEdit: (entry: ProgressEntry) => void;
  onDelete: (entry: ProgressEntry) => void;
  onCaseStudy: (entry: ProgressEntry) => void;
}

/** The log as a table, one gig a row, with its actions. */
export function EntryList({ entries, skillName, onEdit, onDelete, onCaseStudy }: EntryListProps) {
  if (entries.length === 0) {
    return <p class="ss-muted">No gigs logged yet. Log one above, or from a gig you were hired for.</p>;
  }
  return (
    <table data-testid="log">
      <caption class="ss-sr">Your progress log</caption>
      <thead>
        <tr>
          <th scope="col">Gig</th>
          <th scope="col">Skills</th>
          <th scope="col">Hours</th>
          <th scope="col">Earnings</th>
          <th scope="col">Finished</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-entry={e.id}>
            <td>
              <span class="ss-title">{e.title}</span>
              <br />
              <span class="ss-muted">
                {platformLabel(e.platform)}
                {e.client ? ` · ${e.client}` : ''}
                {e.rating !== undefined ? ` · ★ ${e.rating}` : ''}
              </span>
            </td>
            <td>{e.skills.map(skillName).join(', ')}</td>
            <td>{formatHours(e.hours)}</td>
            <td>{formatMoney(e.earnings, e.currency, 'always')}</td>
            <td>{e.finishedAt ?? 'running'}</td>
            <td class="ss-row-actions">
              <button type="button" onClick={() => onEdit(e)} aria-label={`Edit ${e.title}`}>
                Edit
              </button>
              <button type="button" onClick={() => onCaseStudy(e)} aria-label={`Case study of ${e.title}`}>
                Case study
              </button>
              <button
                type="button"
                class="ss-danger"
                onClick={() => onDelete(e)}
                aria-label={`Delete ${e.title}`}
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
