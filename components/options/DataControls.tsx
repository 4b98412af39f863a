import { useState } from 'preact/hooks';
import type { ExportFile } from '@/lib/messages';
import { download, StatusLine, takeChosenFile, useStatus } from '../shared/status';

export interface DataControlsProps {
  exportFile: (kind: 'backup' | 'queue-csv' | 'progress-csv') => Promise<ExportFile>;
  importFile: (kind: 'backup' | 'progress-csv', text: string) => Promise<Record<string, number>>;
  deleteAll: () => Promise<void>;
  /** Called after data changed, so the page can show the new counts. */
  onChanged: () => void;
}

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([store, n]) => `${n} ${store}`)
    .join(', ') || 'nothing';

/** Export, import and delete-all: the user's data is theirs to take, restore or remove. */
export function DataControls({ exportFile, importFile, deleteAll, onChanged }: DataControlsProps) {
  const { status, run } = useStatus(onChanged);
  const [confirming, setConfirming] = useState(false);

  const onExport = (kind: 'backup' | 'queue-csv' | 'progress-csv') =>
    run(async () => {
      const file = await exportFile(kind);
      download(file.filename, file.text, file.mimeType);
      return `Saved ${file.filename}.`;
    });

  const onImport = (event: Event) => {
    const file = takeChosenFile(event);
    if (!file) return;
    void run(async () => {
      const kind = file.name.toLowerCase().endsWith('.csv') ? 'progress-csv' : 'backup';
      const counts = await importFile(kind, await file.text());
      return kind === 'backup'
        ? `Restored the backup: ${describeCounts(counts)}.`
        : `Imported ${describeCounts(counts)} from the CSV.`;
    });
  };

  return (
    <section aria-labelledby="ss-data">
      <h2 id="ss-data">Your data</h2>
      <div class="ss-actions">
        <button type="button" onClick={() => onExport('backup')}>
          Export a full backup (JSON)
        </button>
        <button type="button" onClick={() => onExport('queue-csv')}>
          Export the learning queue (CSV)
        </button>
        <button type="button" onClick={() => onExport('progress-csv')}>
          Export the progress log (CSV)
        </button>
      </div>
      <label class="ss-file">
        Import a backup (.json, replaces everything) or a progress log (.csv, adds to it):{' '}
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
            <span>Delete every listing, tally, queue item and log entry? This cannot be undone.</span>
            <button
              type="button"
              class="ss-danger"
              onClick={() => {
                setConfirming(false);
                void run(async () => {
                  await deleteAll();
                  return 'Everything SkillScout stored has been deleted.';
                });
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep my data
            </button>
          </>
        ) : (
          <button type="button" class="ss-danger" onClick={() => setConfirming(true)}>
            Delete all data…
          </button>
        )}
      </div>
      <StatusLine status={status} testId="data-status" />
    </section>
  );
}
