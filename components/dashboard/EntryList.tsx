import { formatHours, formatMoney } from '@/lib/core/format';
import { formatNumber, t } from '@/lib/core/i18n';
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
    return <p class="ss-muted">{t('entryNone')}</p>;
  }
  return (
    <table data-testid="log">
      <caption class="ss-sr">{t('entryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('entryGig')}</th>
          <th scope="col">{t('fieldSkills')}</th>
          <th scope="col">{t('fieldHours')}</th>
          <th scope="col">{t('fieldEarnings')}</th>
          <th scope="col">{t('fieldFinished')}</th>
          <th scope="col">{t('entryActions')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-entry={e.id}>
            <td>
              <span class="ss-title" translate={false}>
                {e.title}
              </span>
              <br />
              <span class="ss-muted">
                {platformLabel(e.platform)}
                {e.client ? ` · ${e.client}` : ''}
                {e.rating !== undefined ? ` · ★ ${formatNumber(e.rating)}` : ''}
              </span>
            </td>
            <td translate={false}>{e.skills.map(skillName).join(', ')}</td>
            <td>{formatHours(e.hours)}</td>
            <td>{formatMoney(e.earnings, e.currency, 'always')}</td>
            <td>{e.finishedAt ?? t('entryRunning')}</td>
            <td class="ss-row-actions">
              <button type="button" onClick={() => onEdit(e)} aria-label={t('entryEditLabel', e.title)}>
                {t('entryEditButton')}
              </button>
              <button type="button" onClick={() => onCaseStudy(e)} aria-label={t('entryCaseLabel', e.title)}>
                {t('entryCaseButton')}
              </button>
              <button
                type="button"
                class="ss-danger"
                onClick={() => onDelete(e)}
                aria-label={t('entryDeleteLabel', e.title)}
              >
                {t('entryDeleteButton')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
