import { plural, t } from '@/lib/core/i18n';
import { download, StatusLine, takeChosenFile, useStatus } from '../shared/status';
import type { DashboardApi } from './api';

/** Export the log as CSV for a spreadsheet, and import it back (rows with the same id are replaced). */
export function ProgressData({ api, onChanged }: { api: DashboardApi; onChanged: () => void }) {
  const { status, run } = useStatus();
  const onImport = (event: Event) => {
    const file = takeChosenFile(event);
    if (!file) return;
    void run(async () => {
      const count = await api.importCsv(await file.text());
      onChanged();
      return plural('csvImported', count, file.name);
    });
  };
  return (
    <section aria-labelledby="ss-progress-data">
      <h2 id="ss-progress-data">{t('csvHeading')}</h2>
      <div class="ss-actions">
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const file = await api.exportCsv();
              download(file.filename, file.text, file.mimeType);
              return t('dataSaved', file.filename);
            })
          }
        >
          {t('csvExport')}
        </button>
        <label>
          {t('csvImport')}{' '}
          <input type="file" accept=".csv,text/csv" onChange={onImport} data-testid="import-csv" />
        </label>
      </div>
      <StatusLine status={status} testId="csv-status" />
    </section>
  );
}
