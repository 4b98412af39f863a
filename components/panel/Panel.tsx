import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import type { Listing } from '@/lib/core/model';
import { rankPage } from '@/lib/gigs/rank';
import { ChecklistTab } from '../popup/ChecklistTab';
import { MatchesTab } from '../popup/MatchesTab';
import { useLoad } from '../shared/useLoad';
import type { PanelApi, PanelFocus } from './api';
import { PageListings } from './PageListings';

export interface PanelProps {
  api: PanelApi;
}

/**
 * The side panel: it stays open while the user browses. On a marketplace page, that page's
 * listings, best fit first, each showing its card on the page; elsewhere, the gigs that fit from
 * every site (the popup's Matches tab). A listing's checklist opens in place, with a way back.
 */
export function Panel({ api }: PanelProps) {
  const [followed, setFollowed] = useState<{ tabId: number | undefined; version: number }>();
  const [focus, setFocus] = useState<PanelFocus>();
  const [chosen, setChosen] = useState<Listing>();
  useEffect(
    () => api.followTab((tabId) => setFollowed((before) => ({ tabId, version: (before?.version ?? 0) + 1 }))),
    [api],
  );
  useEffect(() => api.watchFocus(setFocus), [api]);
  const read = useLoad(useCallback(() => api.loadProfile(), [api]));
  const tabId = followed?.tabId;
  const version = followed?.version;
  const page = useLoad(
    useCallback(
      // `version` reads the page again when it changed (a navigation, more cards drawn).
      () =>
        version === undefined || tabId === undefined ? Promise.resolve(undefined) : api.pageListings(tabId),
      [api, tabId, version],
    ),
  );
  // A card's "Show in panel" on the followed tab brings the panel back to the list.
  useEffect(() => {
    if (focus && focus.tabId === tabId) setChosen(undefined);
  }, [focus, tabId]);

  if (read.state === 'loading' || followed === undefined) return <Frame>{t('loadingProfile')}</Frame>;
  if (read.state === 'failed') {
    return (
      <Frame>
        <span role="alert">{t('errorReadProfile', read.message)}</span>
      </Frame>
    );
  }
  const profile = read.value.profile;
  if (chosen) {
    return (
      <main class="ss-popup ss-panel">
        <button type="button" onClick={() => setChosen(undefined)} data-testid="panel-back">
          {t('panelBack')}
        </button>
        <ChecklistTab listing={chosen} profile={profile} api={api} />
      </main>
    );
  }
  const view = page.state === 'ready' ? page.value : undefined;
  return (
    <main class="ss-popup ss-panel">
      <h1>SkillScout</h1>
      {page.state === 'loading' && <p class="ss-muted">{t('panelReading')}</p>}
      {page.state === 'failed' && (
        <p class="ss-warn" role="alert">
          {page.message}
        </p>
      )}
      {view && tabId !== undefined && (
        <PageListings
          tabId={tabId}
          platform={view.platform}
          items={rankPage(profile, view.listings, api.now())}
          api={api}
          focus={focus}
          onChecklist={setChosen}
        />
      )}
      {page.state === 'ready' && !view && (
        <>
          <p data-testid="no-marketplace">{t('panelNoMarketplace')}</p>
          <MatchesTab profile={profile} api={api} onChecklist={setChosen} />
        </>
      )}
    </main>
  );
}

function Frame({ children }: { children: ComponentChildren }) {
  return (
    <main class="ss-popup ss-panel">
      <h1>SkillScout</h1>
      <p class="ss-muted">{children}</p>
    </main>
  );
}
