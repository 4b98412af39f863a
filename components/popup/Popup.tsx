import { useCallback, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/core/i18n';
import type { Listing } from '@/lib/core/model';
import { useLoad } from '../shared/useLoad';
import type { PopupApi } from './api';
import { ChecklistTab } from './ChecklistTab';
import { DemandTab } from './DemandTab';
import { MatchesTab } from './MatchesTab';
import { Overview } from './Overview';
import { QueueTab } from './QueueTab';
import { Tabs } from './Tabs';

export interface PopupProps {
  api: PopupApi;
  /** The full tags of one listing, for its checklist (`tagsFor` in the background). */
}

const TAB_LABELS = {
  overview: 'tabOverview',
  matches: 'tabMatches',
  queue: 'tabQueue',
  checklist: 'tabChecklist',
  demand: 'tabDemand',
} as const satisfies Record<string, MessageKey>;
type TabId = keyof typeof TAB_LABELS;

/**
 * The toolbar popup: what was read (Overview), the gigs that fit (Matches), the learning
 * queue, the proposal checklist of the chosen gig, and the demand picture.
 */
export function Popup({ api }: PopupProps) {
  const [tab, setTab] = useState<TabId>('overview');
  const [chosen, setChosen] = useState<Listing>();
  const [panelRefused, setPanelRefused] = useState(false);
  // Called straight from the click: the browser opens the panel only in answer to one.
  const openPanel = () => api.openPanel().then((opened) => setPanelRefused(!opened));
  const read = useLoad(useCallback(() => api.loadProfile(), [api]));
  const profile = read.state === 'ready' ? { ...read, value: read.value.profile } : read;
  const showChecklist = (listing: Listing) => {
    setChosen(listing);
    setTab('checklist');
  };
  const empty = profile.state === 'ready' && profile.value.skills.length + profile.value.goals.length === 0;
  const tabs = (Object.keys(TAB_LABELS) as TabId[]).map((id) => ({ id, label: t(TAB_LABELS[id]) }));
  return (
    <main class="ss-popup">
      <header class="ss-header">
        <h1>SkillScout</h1>
        <nav aria-label={t('popupPages')} class="ss-links">
          <a href="/dashboard.html" target="_blank" rel="noreferrer">
            {t('popupProgress')}
          </a>
          <a href="/options.html" target="_blank" rel="noreferrer">
            {t('popupOptions')}
          </a>
          <button type="button" class="ss-link-button" onClick={openPanel} data-testid="open-panel">
            {t('popupOpenPanel')}
          </button>
        </nav>
      </header>
      {panelRefused && (
        <p class="ss-warn" role="alert">
          {t('popupPanelRefused')}
        </p>
      )}
      {read.state === 'ready' && read.value.problem && (
        <p class="ss-warn" role="alert" data-testid="profile-problem">
          {read.value.problem}
        </p>
      )}
      {empty && (
        <p class="ss-card" data-testid="onboard">
          {t('popupOnboard')}{' '}
          <a href="/options.html#ss-profile" target="_blank" rel="noreferrer">
            {t('popupSetUpProfile')}
          </a>
        </p>
      )}
      <Tabs label="SkillScout" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'overview' && (
          <Overview api={api} profile={profile.state === 'ready' ? profile.value : undefined} />
        )}
        {tab !== 'overview' && profile.state === 'loading' && <p class="ss-muted">{t('loadingProfile')}</p>}
        {tab !== 'overview' && profile.state === 'failed' && (
          <p class="ss-warn" role="alert">
            {t('errorReadProfile', profile.message)}
          </p>
        )}
        {profile.state === 'ready' && (
          <>
            {tab === 'matches' &&
              (empty ? (
                <NeedProfile />
              ) : (
                <MatchesTab profile={profile.value} api={api} onChecklist={showChecklist} />
              ))}
            {tab === 'queue' && <QueueTab api={api} onChecklist={showChecklist} />}
            {tab === 'checklist' && <ChecklistTab listing={chosen} profile={profile.value} api={api} />}
            {tab === 'demand' && <DemandTab profile={profile.value} api={api} />}
          </>
        )}
      </Tabs>
      <p class="ss-muted">{t('popupStaysHere')}</p>
    </main>
  );
}

/** The sentence with its link where the language puts it ("…in Options to see…", "…en Opciones para…"). */
function NeedProfile() {
  const MARK = '\u0001';
  const [before, after] = t('matchesNeedProfile', MARK).split(MARK);
  return (
    <p data-testid="matches-need-profile">
      {before}
      <a href="/options.html#ss-profile" target="_blank" rel="noreferrer">
        {t('popupOptions')}
      </a>
      {after}
    </p>
  );
}
