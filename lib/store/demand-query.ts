/** Reading the demand tallies: only the weekly rows the 90-day window touches, through their index. */

import { dayOf, weekOf } from '../core/time';
import { type DemandReport, demandReport } from '../demand/report';
import type { Database } from './db';

export async function getDemand(db: Database, now: number, limit?: number): Promise<DemandReport> {
  const today = dayOf(now);
  const rows = await db.getAllFromIndex('tallies', 'by-week', IDBKeyRange.lowerBound(weekOf(today - 89)));
  return demandReport(rows, today, limit);
}
