import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_HORIZON_DAYS, HORIZON_CHOICES, type HorizonDays } from '@/lib/core/limits';

const LABEL: Record<HorizonDays, string> = { 30: '30 days', 90: '90 days', 180: '180 days', 365: 'one year' };
const CHOICES = HORIZON_CHOICES.map(
  (days) => [days, days === DEFAULT_HORIZON_DAYS ? `${LABEL[days]} (default)` : LABEL[days]] as const,
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
        Keep listings for{' '}
        <select
          value={days}
          disabled={days === undefined}
          data-testid="horizon"
          onChange={(event) => {
            const chosen = Number((event.currentTarget as HTMLSelectElement).value) as Days;
            save(chosen).then(setDays, (e: unknown) => setError(String(e)));
          }}
        >
          {CHOICES.map(([value, label]) => (
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
