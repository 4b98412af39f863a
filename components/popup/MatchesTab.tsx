import { useCallback, useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import { MATCH_WINDOW_DAYS } from '@/lib/core/limits';
import type { Listing } from '@/lib/core/model';
import type { Profile } from '@/lib/core/profile';
import { moveInList } from '../shared/listKeys';
import { useLoad } from '../shared/useLoad';
import type { PopupApi } from './api';
import { MatchCard } from './MatchCard';

export interface MatchesTabProps {
  profile: Profile;
  api: Pick<PopupApi, 'getMatches' | 'saveToQueue'>;
  onChecklist: (listing: Listing) => void;
}

/** Beginner (and, if asked, intermediate) gigs seen in the last 30 days, best fit first. */
export function MatchesTab({ profile, api, onChecklist }: MatchesTabProps) {
  const [intermediate, setIntermediate] = useState(false);
  const load = useCallback(() => api.getMatches(profile, intermediate), [api, profile, intermediate]);
  const matches = useLoad(load);
  return (
    <section aria-labelledby="ss-matches">
      <h2 id="ss-matches">{t('matchesHeading')}</h2>
      <label class="ss-choice">
        <input
          type="checkbox"
          checked={intermediate}
          onChange={() => setIntermediate(!intermediate)}
          data-testid="include-intermediate"
        />{' '}
        {t('matchesIncludeIntermediate')}
      </label>
      {matches.state === 'loading' && <p class="ss-muted">{t('matchesLoading')}</p>}
      {matches.state === 'failed' && (
        <p class="ss-warn" role="alert">
          {t('matchesFailed', matches.message)}
        </p>
      )}
      {matches.state === 'ready' &&
        (matches.value.items.length === 0 ? (
          <p data-testid="no-matches">
            {t(
              intermediate ? 'matchesNoneIntermediate' : 'matchesNone',
              matches.value.considered,
              MATCH_WINDOW_DAYS,
            )}
          </p>
        ) : (
          <ul class="ss-list" data-testid="matches" onKeyDown={moveInList}>
            {matches.value.items.map((item) => (
              <MatchCard key={item.listing.id} item={item} api={api} onChecklist={onChecklist} />
            ))}
          </ul>
        ))}
    </section>
  );
}
