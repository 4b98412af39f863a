/**
 * What the dashboard needs from the background, as plain async functions: the entrypoint
 * wires them to messages, tests to fakes.
 */

import type { ProgressEntry } from '@/lib/core/model';
import type { Profile } from '@/lib/core/profile';
import type { ExportFile } from '@/lib/messages';
import type { Request } from '@/lib/messages/client';
import type { Dashboard, progressMessageSchemas } from '@/lib/messages/progress';
import type { uiMessageSchemas } from '@/lib/messages/ui';

export interface DashboardApi {
  load(): Promise<Dashboard>;
  save(entry: ProgressEntry): Promise<ProgressEntry>;
  remove(id: string): Promise<void>;
  fromQueue(listingId: string): Promise<ProgressEntry>;
  exportCsv(): Promise<ExportFile>;
  /** Adds the CSV's rows to the log (replacing same ids); answers how many. */
  importCsv(text: string): Promise<number>;
}

export function dashboardApiOver(
  request: Request<typeof uiMessageSchemas & typeof progressMessageSchemas>,
  loadProfile: () => Promise<Profile>,
): DashboardApi {
  return {
    load: async () => request('ui-bg-get-dashboard', { profile: await loadProfile() }),
    save: (entry) => request('ui-bg-progress-save', entry),
    remove: async (id) => {
      await request('ui-bg-progress-delete', { id });
    },
    fromQueue: async (listingId) => (await request('ui-bg-progress-from-queue', { listingId })).entry,
    exportCsv: () => request('ui-bg-export', { kind: 'progress-csv' }),
    importCsv: async (text) =>
      (await request('ui-bg-import', { kind: 'progress-csv', text })).imported.progress ?? 0,
  };
}
