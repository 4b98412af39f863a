import { plural, t } from '@/lib/core/i18n';
import type { Listing, Platform } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import type { RankedListing } from '@/lib/gigs/rank';
import { MatchCard } from '../popup/MatchCard';
import { moveInList } from '../shared/listKeys';
import type { PanelApi, PanelFocus } from './api';

export interface PageListingsProps {
  tabId: number;
  platform: Platform;
  /** In the Matches tab's order (`rankPage`). */
  items: RankedListing[];
  api: Pick<PanelApi, 'saveToQueue' | 'reveal'>;
  focus: PanelFocus | undefined;
  onChecklist: (listing: Listing) => void;
}

/** The listings of the page the panel follows, best fit first; a title shows its card on the page. */
export function PageListings({ tabId, platform, items, api, focus, onChecklist }: PageListingsProps) {
  const fitting = items.filter((item) => item.fits).length;
  return (
    <section aria-labelledby="ss-page">
      <h2 id="ss-page">{t('panelOnPage', platformLabel(platform))}</h2>
      <p class="ss-muted" data-testid="page-counts">
        {plural('panelListings', items.length)} · {plural('panelFitting', fitting)}
      </p>
      {items.length === 0 ? (
        <p data-testid="page-empty">{t('panelNothingRead')}</p>
      ) : (
        <>
          <p class="ss-muted">{t('panelKeysHint')}</p>
          <ul
            class="ss-list"
            aria-label={t('panelListLabel')}
            data-testid="page-listings"
            onKeyDown={moveInList}
          >
            {items.map((item) => (
              <MatchCard
                key={item.listing.id}
                item={item}
                api={api}
                onChecklist={onChecklist}
                onReveal={(listing) => api.reveal(tabId, listing.id)}
                {...(item.fits ? {} : { note: t('panelNotAFit') })}
                {...(focus?.tabId === tabId && focus.listingId === item.listing.id
                  ? { focusedAt: focus.at }
                  : {})}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
