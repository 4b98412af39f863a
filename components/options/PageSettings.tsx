import { useEffect, useState } from 'preact/hooks';
import type { HideMode, Profile } from '@/lib/core/profile';

export interface PageSettingsProps {
  load: () => Promise<Profile['page']>;
  save: (page: Profile['page']) => Promise<void>;
}

const HIDE_CHOICES: Array<[HideMode, string]> = [
  ['none', 'Leave them as they are'],
  ['dim', 'Dim them'],
  ['collapse', 'Collapse them to one line (a click shows them)'],
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
    save(next).catch((e: unknown) => setError(`Could not save: ${String(e)}`));
  };
  if (!page) return <p class="ss-muted">{error ?? 'Loading…'}</p>;
  return (
    <section aria-labelledby="ss-page-settings">
      <h2 id="ss-page-settings">On the marketplaces</h2>
      <label>
        <input
          type="checkbox"
          checked={page.highlight}
          onChange={() => change({ ...page, highlight: !page.highlight })}
        />{' '}
        Outline the listings that fit your skills and goals
      </label>
      <fieldset>
        <legend>Listings that are too hard for now or use none of your skills</legend>
        {HIDE_CHOICES.map(([value, label]) => (
          <label key={value} class="ss-choice">
            <input
              type="radio"
              name="hide-mode"
              value={value}
              checked={page.hideMode === value}
              onChange={() => change({ ...page, hideMode: value })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <p class="ss-muted">
        Nothing is ever removed from the page. Reload the marketplace page to see a change.
      </p>
      {error && (
        <p class="ss-warn" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
