import { useCallback, useState } from 'preact/hooks';
import { plural, t } from '@/lib/core/i18n';
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
      <h1>{t('optionsTitle')}</h1>
      <ProfileForm {...profile} />
      <PageSettings {...page} />
      <section aria-labelledby="ss-stored">
        <h2 id="ss-stored">{t('optionsStored')}</h2>
        <div class="ss-card" data-testid="stored">
          {summary.state === 'loading' && t('loadingData')}
          {summary.state === 'failed' && t('optionsStoreFailed', summary.message)}
          {summary.state === 'ready' && plural('optionsStoredCount', summary.value.listings)}
        </div>
        <p class="ss-muted">{t('optionsPrivacy')}</p>
        <HorizonSetting {...horizon} />
      </section>
      <DataControls {...data} onChanged={() => setVersion((v) => v + 1)} />
    </main>
  );
}
