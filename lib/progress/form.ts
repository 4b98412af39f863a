/**
 * The log entry form's text fields ↔ a ProgressEntry, with messages a person can act on
 * ("Hours: enter a number of hours, 0 or more") instead of the schema's. The schema still
 * has the last word: whatever passes here is parsed with ProgressEntry before it is sent.
 */
import { type MessageKey, t } from '../core/i18n';
import { Platform, PROGRESS_COLUMNS, ProgressEntry } from '../core/model';

/** The log's columns a person fills in: all but the ids, which SkillScout assigns. */
const FORM_FIELDS = PROGRESS_COLUMNS.filter(
  (column): column is Exclude<(typeof PROGRESS_COLUMNS)[number], 'id' | 'listingId'> =>
    column !== 'id' && column !== 'listingId',
);
export type FormField = (typeof FORM_FIELDS)[number];
export type EntryForm = Record<FormField, string>;
export type FormErrors = Partial<Record<FormField, string>>;

export const emptyForm = (): EntryForm => ({
  title: '',
  platform: 'upwork',
  client: '',
  skills: '',
  hours: '',
  earnings: '',
  currency: 'USD',
  startedAt: '',
  finishedAt: '',
  rating: '',
  feedback: '',
  learned: '',
  onTime: '',
  repeatClient: '',
});

/** A yes/no the user may leave unanswered: '' (not logged), 'yes' or 'no'. */
const yesNo = (value: boolean | undefined): string => (value === undefined ? '' : value ? 'yes' : 'no');

/** The form filled from an entry, to edit it; skills shown by name when a name is known. */
export function formOf(entry: ProgressEntry, skillName: (id: string) => string = (id) => id): EntryForm {
  return {
    title: entry.title,
    platform: entry.platform,
    client: entry.client ?? '',
    skills: entry.skills.map(skillName).join(', '),
    hours: String(entry.hours),
    earnings: String(entry.earnings),
    currency: entry.currency,
    startedAt: entry.startedAt ?? '',
    finishedAt: entry.finishedAt ?? '',
    rating: entry.rating === undefined ? '' : String(entry.rating),
    feedback: entry.feedback ?? '',
    learned: entry.learned ?? '',
    onTime: yesNo(entry.onTime),
    repeatClient: yesNo(entry.repeatClient),
  };
}

const LABELS: Record<FormField, MessageKey> = {
  title: 'fieldTitle',
  platform: 'fieldPlatform',
  client: 'fieldClient',
  skills: 'fieldSkills',
  hours: 'fieldHours',
  earnings: 'fieldEarnings',
  currency: 'fieldCurrency',
  startedAt: 'fieldStarted',
  finishedAt: 'fieldFinished',
  rating: 'fieldRating',
  feedback: 'fieldFeedback',
  learned: 'fieldLearned',
  onTime: 'fieldOnTime',
  repeatClient: 'fieldRepeatClient',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

/** Checks the form; `id` and `listingId` are kept from the entry being edited, or new. */
export function entryFromForm(
  form: EntryForm,
  keep: { id: string; listingId?: string },
): { entry: ProgressEntry } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const hours = number(form.hours);
  const earnings = number(form.earnings);
  const rating = form.rating.trim() === '' ? undefined : number(form.rating);
  const currency = form.currency.trim().toUpperCase();
  const startedAt = form.startedAt.trim();
  const finishedAt = form.finishedAt.trim();
  if (!form.title.trim()) errors.title = t('formTitleMissing');
  else if (form.title.trim().length > 500) errors.title = t('formTitleLong', 500);
  if (!Platform.safeParse(form.platform).success) errors.platform = t('formPlatform');
  if (!Number.isFinite(hours) || hours < 0) errors.hours = t('formHours');
  if (!Number.isFinite(earnings) || earnings < 0) errors.earnings = t('formEarnings');
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = t('formCurrency');
  if (startedAt && !DATE.test(startedAt)) errors.startedAt = t('formStarted');
  if (finishedAt && !DATE.test(finishedAt)) errors.finishedAt = t('formFinished');
  if (!errors.startedAt && !errors.finishedAt && startedAt && finishedAt && finishedAt < startedAt) {
    errors.finishedAt = t('formFinishedBeforeStart');
  }
  if (rating !== undefined && (!Number.isFinite(rating) || rating < 0 || rating > 5)) {
    errors.rating = t('formRating');
  }
  const answer = (key: 'onTime' | 'repeatClient') => {
    const value = form[key].trim();
    if (value === '') return {};
    if (value === 'yes' || value === 'no') return { [key]: value === 'yes' };
    errors[key] = t('formYesNo');
    return {};
  };
  const onTime = answer('onTime');
  const repeatClient = answer('repeatClient');
  if (Object.keys(errors).length > 0) return { errors };
  const text = (key: 'client' | 'feedback' | 'learned') =>
    form[key].trim() ? { [key]: form[key].trim() } : {};
  const parsed = ProgressEntry.safeParse({
    id: keep.id,
    ...(keep.listingId ? { listingId: keep.listingId } : {}),
    title: form.title.trim(),
    platform: form.platform,
    skills: [
      ...new Set(
        form.skills
          .split(/[,;\n]/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ],
    hours,
    earnings,
    currency,
    ...(startedAt ? { startedAt } : {}),
    ...(finishedAt ? { finishedAt } : {}),
    ...(rating !== undefined ? { rating } : {}),
    ...text('client'),
    ...text('feedback'),
    ...text('learned'),
    ...onTime,
    ...repeatClient,
  });
  if (parsed.success) return { entry: parsed.data };
  // What the checks above do not cover (a date that does not exist, a text too long).
  const found: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = FORM_FIELDS.find((f) => f === issue.path[0]) ?? 'title';
    found[field] ??= t(
      'formFieldProblem',
      t(LABELS[field]),
      field === 'startedAt' || field === 'finishedAt' ? t('formNoSuchDate') : issue.message,
    );
  }
  return { errors: found };
}
