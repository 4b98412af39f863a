/** The user's control over what is stored: export, import, how long listings are kept, delete all. */
import { parseBackup } from '../exchange/backup';
import { progressFromCsv, progressToCsv, queueToCsv } from '../exchange/csv';
import type { ExportFile } from '../messages';
import { getHorizon, setHorizon } from '../store/prune';
import { listQueue } from '../store/queue';
import { countsOf, deleteAll, exportBackup, importBackup, importProgress } from '../store/whole-store';
import type { HandlerDeps, HandlersOf, WriteGuard } from './deps';

type DataMessages =
  | 'ui-bg-export'
  | 'ui-bg-import'
  | 'ui-bg-get-settings'
  | 'ui-bg-set-horizon'
  | 'ui-bg-delete-all';

export function createDataHandlers(
  { db, now }: HandlerDeps,
  { write }: WriteGuard,
): HandlersOf<DataMessages> {
  const stamp = () => new Date(now()).toISOString().slice(0, 10);
  return {
    'ui-bg-export': async ({ kind }): Promise<ExportFile> => {
      const database = await db();
      if (kind === 'backup') {
        const text = JSON.stringify(await exportBackup(database, now()));
        return { filename: `skillscout-backup-${stamp()}.json`, mimeType: 'application/json', text };
      }
      if (kind === 'queue-csv') {
        const text = queueToCsv(await listQueue(database));
        return { filename: `skillscout-queue-${stamp()}.csv`, mimeType: 'text/csv', text };
      }
      const text = progressToCsv(await database.getAll('progress'));
      return { filename: `skillscout-progress-${stamp()}.csv`, mimeType: 'text/csv', text };
    },
    'ui-bg-import': ({ kind, text }) =>
      write(async () => {
        if (kind === 'backup') {
          const backup = parseBackup(text);
          await importBackup(await db(), backup);
          return { imported: countsOf(backup) };
        }
        return { imported: { progress: await importProgress(await db(), progressFromCsv(text)) } };
      }),
    'ui-bg-get-settings': async () => ({ horizonDays: await getHorizon(await db()) }),
    'ui-bg-set-horizon': async ({ horizonDays }) => {
      await setHorizon(await db(), horizonDays);
      return { horizonDays };
    },
    'ui-bg-delete-all': async () => {
      await deleteAll(await db());
      return { deleted: true as const };
    },
  };
}
