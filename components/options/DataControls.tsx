import { useState } from 'preact/hooks';
import { list, type PluralBase, plural, t } from '@/lib/core/i18n';
import type { ExportFile } from '@/lib/messages';
import { download, StatusLine, takeChosenFile, useStatus } from '../shared/status';

export interface DataControlsProps {
  exportFile: (kind: 'backup' | 'queue-csv' | 'progress-csv') => Promise<ExportFile>;
  importFile: (kind: 'backup' | 'progress-csv', text: string) => Promise<Record<string, number>>;
  deleteAll: () => Promise<void>;
  /** Called after data changed, so the page can show the new counts. */
  onChanged: () => void;
}

/** The stores a backup holds, counted in words ("3 listings, 1 queue item"). */
const STORE_COUNT: Record<string, PluralBase> = {
  listings: 'countListings',
  sightings: 'countSightings',
  tallies: 'countTallies',
  scans: 'countScans',
  queue: 'countQueue',
  checklists: 'countChecklists',
  progress: 'countProgress',
};

const describeCounts = (counts: Record<string, number>) => {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([store, n]) => {
      const base = STORE_COUNT[store];
      return base ? plural(base, n) : `${n} ${store}`;
    });
  return parts.length > 0 ? list(parts) : t('countNothing');
};

/** Export, import and delete-all: the user's data is theirs to take, restore or remove. */
export function DataControls({ exportFile, importFile, deleteAll, onChanged }: DataControlsProps) {
  const { status, run } = useStatus(onChanged);
  const [confirming, setConfirming] = useState(false);

  const onExport = (kind: 'backup' | 'queue-csv' | 'progress-csv') =>
    run(async () => {
      const file = await exportFile(kind);
      download(file.filename, file.text, file.mimeType);
      return t('dataSaved', file.filename);
    });

  const onImport = (event: Event) => {
    const file = takeChosenFile(event);
    if (!file) return;
    void run(async () => {
      const kind = file.name.toLowerCase().endsWith('.csv') ? 'progress-csv' : 'backup';
      const counts = await importFile(kind, await file.text());
      return t(kind === 'backup' ? 'dataRestored' : 'dataImportedCsv', describeCounts(counts));
    });
  };

  return (
    <section aria-labelledby="ss-data">
      <h2 id="ss-data">{t('dataHeading')}</h2>
      <div class="ss-actions">
        <button type="button" onClick={() => onExport('backup')}>
          {t('dataExportBackup')}
        </button>
        <button type="button" onClick={() => onExport('queue-csv')}>
          {t('dataExportQueue')}
        </button>
        <button type="button" onClick={() => onExport('progress-csv')}>
          {t('dataExportProgress')}
        </button>
      </div>
      <label class="ss-file">
        {t('dataImport')}{' '}
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={onImport}
          data-testid="import"
        />
      </label>
      <div class="ss-actions">
        {confirming ? (
          <>
            <span>{t('dataDeleteConfirm')}</span>
            <button
              type="button"
              class="ss-danger"
              onClick={() => {
                setConfirming(false);
                void run(async () => {
                  await deleteAll();
                  return t('dataDeleted');
                });
              }}
            >
              {t('dataDeleteYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('dataKeep')}
            </button>
          </>
        ) : (
          <button type="button" class="ss-danger" onClick={() => setConfirming(true)}>
            {t('dataDelete')}
          </button>
        )}
      </div>
      <StatusLine status={status} testId="data-status" />
    </section>
  );
}
