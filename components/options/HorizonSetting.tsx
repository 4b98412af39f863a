import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '@/lib/core/i18n';
import { DEFAULT_HORIZON_DAYS, HORIZON_CHOICES, type HorizonDays } from '@/lib/core/limits';

const label = (days: HorizonDays) => (days === 365 ? t('horizonYear') : plural('dayCount', days));
const choices = () =>
  HORIZON_CHOICES.map(
    (days) => [days, days === DEFAULT_HORIZON_DAYS ? t('horizonDefault', label(days)) : label(days)] as const,
  );
type Days = HorizonDays;

export interface HorizonSettingProps {
  load: () => Promise<number>;
  save: (days: Days) => Promise<number>;
}

/** How long listings are kept; older ones are removed, while the demand counts they made stay. */
export function HorizonSetting({ load, save }: HorizonSettingProps) {
  const [days, setDays] = useState<number>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    load().then(setDays, (e: unknown) => setError(String(e)));
  }, [load]);
  return (
    <p>
      <label>
        {t('horizonKeep')}{' '}
        <select
          value={days}
          disabled={days === undefined}
          data-testid="horizon"
          onChange={(event) => {
            const chosen = Number((event.currentTarget as HTMLSelectElement).value) as Days;
            save(chosen).then(setDays, (e: unknown) => setError(String(e)));
          }}
        >
          {choices().map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <span class="ss-warn" role="alert">
          {error}
        </span>
      )}
    </p>
  );
}
