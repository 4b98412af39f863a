import { useEffect, useRef, useState } from 'preact/hooks';
import { formatBudget, levelDescription, levelLabel, timeAgo } from '@/lib/core/format';
import { t } from '@/lib/core/i18n';
import type { Listing } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import type { MatchItem } from '@/lib/messages';
import { LIST_FOCUS } from '../shared/listKeys';
import type { PopupApi } from './api';
import { SkillChips } from './SkillChips';

export interface MatchCardProps {
  item: MatchItem;
  api: Pick<PopupApi, 'saveToQueue'>;
  onChecklist: (listing: Listing) => void;
  /**
   * Shows the listing where it is on the page (the side panel): the title becomes a button
   * doing that instead of a link to it. Resolves false when the page no longer shows it.
   */
  onReveal?: (listing: Listing) => Promise<boolean>;
  /** A line under the title (the panel says when a listing does not fit). */
  note?: string;
  /** Set (to when it was asked) when the user asked to see this listing: it scrolls into view and takes the focus. */
  focusedAt?: number;
}

/**
 * One gig with its skills, difficulty and reasons, pay and age, Save and its checklist: the
 * popup's Matches tab and the side panel show the same card.
 */
export function MatchCard({ item, api, onChecklist, onReveal, note, focusedAt }: MatchCardProps) {
  const [saved, setSaved] = useState(item.queued);
  const [error, setError] = useState<string>();
  const title = useRef<HTMLElement>(null);
  const { listing, tags } = item;
  useEffect(() => {
    if (focusedAt === undefined) return;
    title.current?.scrollIntoView?.({ block: 'nearest' });
    title.current?.focus();
  }, [focusedAt]);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const save = () => api.saveToQueue(listing.id).then(() => setSaved(true), fail);
  const reveal = (show: NonNullable<MatchCardProps['onReveal']>) =>
    show(listing).then((found) => setError(found ? undefined : t('panelNotFound')), fail);
  return (
    <li data-listing={listing.id} class={focusedAt === undefined ? undefined : 'ss-focused'}>
      {/* Page text: Preact renders it as text nodes, never as markup. */}
      {onReveal ? (
        <button
          type="button"
          class="ss-title ss-reveal"
          translate={false}
          title={t('panelReveal')}
          ref={(node) => {
            title.current = node;
          }}
          onClick={() => reveal(onReveal)}
          {...{ [LIST_FOCUS]: '' }}
        >
          {listing.title}
        </button>
      ) : (
        <a
          href={listing.url}
          target="_blank"
          rel="noreferrer"
          class="ss-title"
          translate={false}
          ref={(node) => {
            title.current = node;
          }}
          {...{ [LIST_FOCUS]: '' }}
        >
          {listing.title}
        </a>
      )}
      {note && <div class="ss-muted ss-note">{note}</div>}
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
