/**
 * The full JSON backup: every store, schema-versioned, validated with zod on the way
 * back in. Reading a file never trusts it: anything that is not a whole, valid backup
 * of a version we know is refused with a message that says what is wrong.
 */

import * as z from 'zod/mini';
import { ImportError } from '../core/errors';
import { t } from '../core/i18n';
import { ChecklistTicks, ProgressEntry, QueueItem } from '../core/model';
import { SkillWeek } from '../demand/tallies';
import { markRepeatClients } from '../progress/repeat-clients';
import { PlatformScanStats, Sighting, StoredListing } from '../store/records';

export const BACKUP_FORMAT = 'skillscout-backup';
/**
 * 2: log entries may carry `onTime` and `repeatClient`. A version-1 file is still read (its
 * entries have neither; repeat clients are marked as the database migration marks them); an
 * older extension refuses a version-2 file rather than drop the answers silently.
 */
export const BACKUP_VERSION = 2;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: z.iso.datetime(),
  listings: z.array(StoredListing),
  sightings: z.array(Sighting),
  tallies: z.array(SkillWeek),
  scans: z.array(PlatformScanStats),
  queue: z.array(QueueItem),
  checklists: z.array(ChecklistTicks),
  progress: z.array(ProgressEntry),
});
export type Backup = z.infer<typeof Backup>;

/** Parses and validates a backup file's text, or throws an ImportError a person can act on. */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(t('importNotJson', (error as Error).message));
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new ImportError(t('importNoFormat'));
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new ImportError(t('importNewer', version));
  }
  const parsed = Backup.safeParse(data);
  if (!parsed.success) {
    throw new ImportError(t('importDamaged', z.prettifyError(parsed.error)));
  }
  if (parsed.data.version === 1) return { ...parsed.data, progress: markRepeatClients(parsed.data.progress) };
  return parsed.data;
}
