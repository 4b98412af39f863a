import { useCallback, useState } from 'preact/hooks';
import type { Summary } from '@/lib/messages';
import { useLoad } from '../shared/useLoad';
import { DataControls, type DataControlsProps } from './DataControls';
import { HorizonSetting, type HorizonSettingProps } from './HorizonSetting';
import { PageSettings, type PageSettingsProps } from './PageSettings';
import { ProfileForm, type ProfileFormProps } from './ProfileForm';

export interface OptionsProps extends Omit<DataControlsProps, 'onChanged'> {
  loadSummary: () => Promise<Summary>;
  horizon: HorizonSettingProps;
  page: PageSettingsProps;
  profile: ProfileFormProps;
}

/**
 * The options page: the profile first (it is the onboarding on first run), then how the
 * marketplace pages look, what is stored, and the user's control over it.
 */
export function Options({ loadSummary, horizon, page, profile, ...data }: OptionsProps) {
  const [version, setVersion] = useState(0);
  // A new loader after each change makes useLoad read the counts again.
  const load = useCallback(() => loadSummary(), [loadSummary, version]);
  const summary = useLoad(load);
  return (
    <main class="ss-page">
      <h1>SkillScout options</h1>
      <ProfileForm {...profile} />
      <PageSettings {...page} />
      <section aria-labelledby="ss-stored">
        <h2 id="ss-stored">What is stored</h2>
        <div class="ss-card" data-testid="stored">
          {summary.state === 'loading' && 'Loading…'}
          {summary.state === 'failed' && `Could not read the store: ${summary.message}`}
          {summary.state === 'ready' &&
            `${summary.value.listings} ${summary.value.listings === 1 ? 'listing' : 'listings'} in this browser's local database.`}
        </div>
        <p class="ss-muted">
          SkillScout keeps everything on this computer: it makes no network request of its own and has no
          account or server. Listings not seen for a while are removed; the demand counts they made are kept.
        </p>
        <HorizonSetting {...horizon} />
      </section>
      <DataControls {...data} onChanged={() => setVersion((v) => v + 1)} />
    </main>
  );
}
