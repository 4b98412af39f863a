import { useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/core/i18n';
import type { ProgressEntry } from '@/lib/core/model';
import { MARKETPLACES } from '@/lib/core/platforms';
import {
  emptyForm,
  entryFromForm,
  type EntryForm as Fields,
  type FormErrors,
  type FormField,
  formOf,
} from '@/lib/progress/form';

export interface EntryFormProps {
  /** The entry being edited; a new one when absent. */
  editing?: ProgressEntry;
  skillName: (id: string) => string;
  onSave: (entry: ProgressEntry) => Promise<void>;
  onCancel: () => void;
}

const INPUTS: Array<{ field: FormField; label: MessageKey; type?: 'number' | 'date'; hint?: MessageKey }> = [
  { field: 'title', label: 'fieldTitle' },
  { field: 'client', label: 'fieldClient' },
  { field: 'skills', label: 'entrySkills', hint: 'entrySkillsHint' },
  { field: 'hours', label: 'entryHours', type: 'number' },
  { field: 'earnings', label: 'fieldEarnings', type: 'number' },
  { field: 'currency', label: 'fieldCurrency' },
  { field: 'startedAt', label: 'fieldStarted', type: 'date' },
  { field: 'finishedAt', label: 'fieldFinished', type: 'date' },
  { field: 'rating', label: 'entryRating', type: 'number' },
];

/** Yes/no questions a user may leave unanswered (entries logged before they existed have none). */
const ANSWERS: Array<{ field: 'onTime' | 'repeatClient'; label: MessageKey }> = [
  { field: 'onTime', label: 'fieldOnTime' },
  { field: 'repeatClient', label: 'fieldRepeatClient' },
];

interface Common {
  id: string;
  name: string;
  value: string;
  onInput: (event: Event) => void;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
  placeholder: string | undefined;
}

/** Preact types each input type apart, so each kind is written out. */
function inputFor(type: 'number' | 'date' | undefined, common: Common) {
  if (type === 'number') return <input type="number" step="any" min="0" {...common} />;
  if (type === 'date') return <input type="date" {...common} />;
  return <input type="text" {...common} />;
}

/** Add or edit one gig of the log; each field says what is wrong with it. */
export function EntryForm({ editing, skillName, onSave, onCancel }: EntryFormProps) {
  const [form, setForm] = useState<Fields>(() => (editing ? formOf(editing, skillName) : emptyForm()));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string>();
  const set = (field: FormField) => (event: Event) =>
    setForm({ ...form, [field]: (event.currentTarget as HTMLInputElement).value });
  const describedBy = (field: FormField) => (errors[field] ? `ss-err-${field}` : undefined);
  const error = (field: FormField) =>
    errors[field] && (
      <span id={`ss-err-${field}`} class="ss-field-error">
        {errors[field]}
      </span>
    );

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = entryFromForm(form, {
      id: editing?.id ?? `entry-${crypto.randomUUID()}`,
      ...(editing?.listingId ? { listingId: editing.listingId } : {}),
    });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    try {
      await onSave(checked.entry);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form class="ss-card ss-entry-form" onSubmit={submit} noValidate aria-labelledby="ss-entry-form">
      <h3 id="ss-entry-form">{editing ? t('entryEdit', editing.title) : t('dashLogGig')}</h3>
      <div class="ss-grid">
        <label class="ss-field">
          {t('fieldPlatform')}
          <select value={form.platform} onChange={set('platform')} name="platform">
            {MARKETPLACES.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
            <option value="other">{t('platformOther')}</option>
          </select>
          {error('platform')}
        </label>
        {INPUTS.map(({ field, label, type, hint }) => (
          <label key={field} class="ss-field" htmlFor={`ss-f-${field}`}>
            {t(label)}
            {inputFor(type, {
              id: `ss-f-${field}`,
              name: field,
              value: form[field],
              onInput: set(field),
              'aria-invalid': errors[field] ? 'true' : undefined,
              'aria-describedby': describedBy(field),
              placeholder: hint && t(hint),
            })}
            {error(field)}
          </label>
        ))}
      </div>
      <div class="ss-grid">
        {ANSWERS.map(({ field, label }) => (
          <label key={field} class="ss-field">
            {t(label)}
            <select
              name={field}
              value={form[field]}
              onChange={set(field)}
              aria-invalid={errors[field] ? 'true' : undefined}
              aria-describedby={describedBy(field)}
            >
              <option value="">{t('answerUnset')}</option>
              <option value="yes">{t('answerYes')}</option>
              <option value="no">{t('answerNo')}</option>
            </select>
            {error(field)}
          </label>
        ))}
      </div>
      <label class="ss-field">
        {t('entryFeedback')}
        <textarea name="feedback" rows={2} value={form.feedback} onInput={set('feedback')} />
      </label>
      <label class="ss-field">
        {t('entryLearned')}
        <textarea name="learned" rows={2} value={form.learned} onInput={set('learned')} />
      </label>
      {Object.keys(errors).length > 0 && (
        <p class="ss-warn" role="alert">
          {t('entryFix')}
        </p>
      )}
      {failure && (
        <p class="ss-warn" role="alert">
          {failure}
        </p>
      )}
      <div class="ss-actions">
        <button type="submit" class="ss-primary">
          {t('entrySave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('entryCancel')}
        </button>
      </div>
    </form>
  );
}
