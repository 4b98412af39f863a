import { useCallback, useState } from 'preact/hooks';
import { formatBudget, levelDescription, levelLabel, timeAgo } from '@/lib/core/format';
import { t } from '@/lib/core/i18n';
import { MATCH_WINDOW_DAYS } from '@/lib/core/limits';
import type { Listing } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import type { Profile } from '@/lib/core/profile';
import type { MatchItem } from '@/lib/messages';
import { useLoad } from '../shared/useLoad';
import type { PopupApi } from './api';
import { SkillChips } from './SkillChips';

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
          <ul class="ss-list" data-testid="matches">
            {matches.value.items.map((item) => (
              <MatchCard key={item.listing.id} item={item} api={api} onChecklist={onChecklist} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function MatchCard({
  item,
  api,
  onChecklist,
}: {
  item: MatchItem;
  api: MatchesTabProps['api'];
  onChecklist: MatchesTabProps['onChecklist'];
}) {
  const [saved, setSaved] = useState(item.queued);
  const [error, setError] = useState<string>();
  const { listing, tags } = item;
  const save = () =>
    api.saveToQueue(listing.id).then(
      () => setSaved(true),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <li data-listing={listing.id}>
      {/* Page text: Preact renders it as text nodes, never as markup. */}
      <a href={listing.url} target="_blank" rel="noreferrer" class="ss-title" translate={false}>
        {listing.title}
      </a>
      <div class="ss-muted">
        {platformLabel(listing.platform)}
        {listing.budget && ` · ${formatBudget(listing.budget)}`}
        {/* The marketplace's own words for the length and workload, as it printed them. */}
        {listing.duration && <span translate={false}>{` · ${listing.duration}`}</span>} ·{' '}
        {t('matchesSeenAgo', timeAgo(item.lastSeenAt))}
      </div>
      <SkillChips skills={tags.skills} have={item.have} learn={item.learn} />
      <details class="ss-why">
        <summary>
          <span
            class={tags.difficulty.uncertain ? 'ss-pill ss-uncertain' : 'ss-pill'}
            title={levelDescription(tags.difficulty)}
          >
            {levelLabel(tags.difficulty)}
          </span>{' '}
          {t('matchesWhy')}
        </summary>
        <ul>
          {tags.difficulty.reasons.length === 0 && <li>{t('matchesNoReasons')}</li>}
          {tags.difficulty.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </details>
      <div class="ss-actions">
        <button type="button" onClick={save} disabled={saved} aria-pressed={saved} data-testid="save-match">
          {t(saved ? 'cardSaved' : 'matchesSave')}
        </button>
        <button type="button" onClick={() => onChecklist(listing)}>
          {t('matchesChecklist')}
        </button>
      </div>
      {error && (
        <p class="ss-warn" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
