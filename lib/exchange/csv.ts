/**
 * CSV for spreadsheets: the learning queue and the progress log, the sheet people who turn
 * gigs into a career keep anyway. papaparse does the quoting; dates are ISO so any
 * spreadsheet reads them.
 */
import Papa from 'papaparse';
import * as z from 'zod/mini';
import { ImportError } from '../core/errors';
import { list, plural, t } from '../core/i18n';
import { PROGRESS_COLUMNS, ProgressEntry, type QueueItem } from '../core/model';

const iso = (ms: number) => new Date(ms).toISOString();

const QUEUE_COLUMNS = [
  'listingId',
  'title',
  'platform',
  'url',
  'status',
  'notes',
  'savedAt',
  'updatedAt',
  'budgetKind',
  'budgetMin',
  'budgetMax',
  'currency',
  'platformSkills',
] as const;

export function queueToCsv(items: readonly QueueItem[]): string {
  return Papa.unparse(
    {
      fields: [...QUEUE_COLUMNS],
      data: items.map((item) => [
        item.listingId,
        item.listing.title,
        item.listing.platform,
        item.listing.url,
        item.status,
        item.notes,
        iso(item.savedAt),
        iso(item.updatedAt),
        item.listing.budget?.kind ?? '',
        item.listing.budget?.min ?? '',
        item.listing.budget?.max ?? '',
        item.listing.budget?.currency ?? '',
        item.listing.platformSkills.join('; '),
      ]),
    },
    { newline: '\n' },
  );
}

export function progressToCsv(entries: readonly ProgressEntry[]): string {
  return Papa.unparse(
    {
      fields: [...PROGRESS_COLUMNS],
      data: entries.map((e) => [
        e.id,
        e.listingId ?? '',
        e.title,
        e.platform,
        e.client ?? '',
        e.skills.join('; '),
        e.hours,
        e.earnings,
        e.currency,
        e.startedAt ?? '',
        e.finishedAt ?? '',
        e.rating ?? '',
        e.feedback ?? '',
        e.learned ?? '',
        e.onTime ?? '',
        e.repeatClient ?? '',
      ]),
    },
    { newline: '\n' },
  );
}

/** Reads a progress-log CSV back; every row must be valid or nothing is returned. */
export function progressFromCsv(text: string): ProgressEntry[] {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: 'greedy' });
  const missing = PROGRESS_COLUMNS.filter(
    (c) =>
      !parsed.meta.fields?.includes(c) &&
      ['id', 'title', 'platform', 'hours', 'earnings', 'currency'].includes(c),
  );
  if (missing.length > 0) {
    throw new ImportError(plural('importCsvColumns', missing.length, list(missing.map((c) => `"${c}"`))));
  }
  if (parsed.errors.length > 0) {
    const [first] = parsed.errors;
    throw new ImportError(t('importCsvUnreadable', first?.message ?? '', (first?.row ?? 0) + 2));
  }
  const problems: string[] = [];
  const entries: ProgressEntry[] = [];
  parsed.data.forEach((row, index) => {
    const optional = (key: string) => (row[key] ? { [key]: row[key] } : {});
    const optionalNumber = (key: string) => (row[key] ? { [key]: Number(row[key]) } : {});
    // A sheet written before these columns existed has none: the answer is simply not logged.
    // Anything but true/false is passed on as text, so the row is refused with the field named.
    const optionalBoolean = (key: string) => {
      const value = row[key]?.trim().toLowerCase();
      if (!value) return {};
      return { [key]: value === 'true' ? true : value === 'false' ? false : row[key] };
    };
    const candidate = {
      id: row.id,
      title: row.title,
      platform: row.platform,
      skills: (row.skills ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      hours: Number(row.hours),
      earnings: Number(row.earnings),
      currency: row.currency,
      ...optional('listingId'),
      ...optional('client'),
      ...optional('startedAt'),
      ...optional('finishedAt'),
      ...optionalNumber('rating'),
      ...optional('feedback'),
      ...optional('learned'),
      ...optionalBoolean('onTime'),
      ...optionalBoolean('repeatClient'),
    };
    const checked = ProgressEntry.safeParse(candidate);
    if (checked.success) entries.push(checked.data);
    else problems.push(t('importCsvRow', index + 2, z.prettifyError(checked.error).replace(/\n/g, ' ')));
  });
  if (problems.length > 0) {
    throw new ImportError(t('importCsvRows', problems.slice(0, 10).join('\n')));
  }
  return entries;
}
