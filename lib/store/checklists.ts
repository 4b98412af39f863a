/** Which proposal-checklist items the user ticked, per listing. */
import { t } from '../core/i18n';
import type { ChecklistTicks } from '../core/model';
import type { Database } from './db';
import { guardQuota } from './quota';
import { commit } from './tx';

export async function getTicks(db: Database, listingId: string): Promise<string[]> {
  return (await db.get('checklists', listingId))?.ticked ?? [];
}

export function setTick(
  db: Database,
  listingId: string,
  item: string,
  ticked: boolean,
  now: number,
): Promise<string[]> {
  return guardQuota(
    () => t('savingTick'),
    async () => {
      const tx = db.transaction('checklists', 'readwrite');
      return commit(tx, async () => {
        const current = new Set((await tx.store.get(listingId))?.ticked ?? []);
        if (ticked) current.add(item);
        else current.delete(item);
        const row: ChecklistTicks = { listingId, ticked: [...current].sort(), updatedAt: now };
        await tx.store.put(row);
        return row.ticked;
      });
    },
  );
}
