import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/core/i18n';
import type { HideMode, Profile } from '@/lib/core/profile';

export interface PageSettingsProps {
  load: () => Promise<Profile['page']>;
  save: (page: Profile['page']) => Promise<void>;
}

const HIDE_CHOICES: Array<[HideMode, MessageKey]> = [
  ['none', 'pageHideNone'],
  ['dim', 'pageHideDim'],
  ['collapse', 'pageHideCollapse'],
];

/** How listing cards look on the marketplaces: highlight what fits, dim or collapse what does not. */
export function PageSettings({ load, save }: PageSettingsProps) {
  const [page, setPage] = useState<Profile['page']>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    load().then(setPage, (e: unknown) => setError(String(e)));
  }, [load]);
  const change = (next: Profile['page']) => {
    setPage(next);
    save(next).catch((e: unknown) => setError(t('errorSave', String(e))));
  };
  if (!page) return <p class="ss-muted">{error ?? t('loadingData')}</p>;
  return (
    <section aria-labelledby="ss-page-settings">
      <h2 id="ss-page-settings">{t('pageHeading')}</h2>
      <label>
        <input
          type="checkbox"
          checked={page.highlight}
          onChange={() => change({ ...page, highlight: !page.highlight })}
        />{' '}
        {t('pageHighlight')}
      </label>
      <fieldset>
        <legend>{t('pageHideLegend')}</legend>
        {HIDE_CHOICES.map(([value, label]) => (
          <label key={value} class="ss-choice">
            <input
              type="radio"
              name="hide-mode"
              value={value}
              checked={page.hideMode === value}
              onChange={() => change({ ...page, hideMode: value })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <p class="ss-muted">{t('pageNothingRemoved')}</p>
      {error && (
        <p class="ss-warn" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
