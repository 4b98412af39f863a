import { useCallback, useState } from 'preact/hooks';
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

const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'matches', label: 'Matches' },
  { id: 'queue', label: 'Queue' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'demand', label: 'Demand' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * The toolbar popup: what was read (Overview), the gigs that fit (Matches), the learning
 * queue, the proposal checklist of the chosen gig, and the demand picture.
 */
export function Popup({ api }: PopupProps) {
  const [tab, setTab] = useState<TabId>('overview');
  const [chosen, setChosen] = useState<Listing>();
  const read = useLoad(useCallback(() => api.loadProfile(), [api]));
  const profile = read.state === 'ready' ? { ...read, value: read.value.profile } : read;
  const showChecklist = (listing: Listing) => {
    setChosen(listing);
    setTab('checklist');
  };
  const empty = profile.state === 'ready' && profile.value.skills.length + profile.value.goals.length === 0;
  return (
    <main class="ss-popup">
      <header class="ss-header">
        <h1>SkillScout</h1>
        <nav aria-label="SkillScout pages" class="ss-links">
          <a href="/dashboard.html" target="_blank" rel="noreferrer">
            Progress
          </a>
          <a href="/options.html" target="_blank" rel="noreferrer">
            Options
          </a>
        </nav>
      </header>
      {read.state === 'ready' && read.value.problem && (
        <p class="ss-warn" role="alert" data-testid="profile-problem">
          {read.value.problem}
        </p>
      )}
      {empty && (
        <p class="ss-card" data-testid="onboard">
          Tell SkillScout the skills you have and the ones you want to learn, and it will pick out the gigs
          that fit.{' '}
          <a href="/options.html#ss-profile" target="_blank" rel="noreferrer">
            Set up your profile
          </a>
        </p>
      )}
      <Tabs label="SkillScout" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'overview' && (
          <Overview api={api} profile={profile.state === 'ready' ? profile.value : undefined} />
        )}
        {tab !== 'overview' && profile.state === 'loading' && <p class="ss-muted">Loading your profile…</p>}
        {tab !== 'overview' && profile.state === 'failed' && (
          <p class="ss-warn" role="alert">
            Could not read your profile: {profile.message}
          </p>
        )}
        {profile.state === 'ready' && (
          <>
            {tab === 'matches' &&
              (empty ? (
                <p data-testid="matches-need-profile">
                  Choose your skills and learning goals in{' '}
                  <a href="/options.html#ss-profile" target="_blank" rel="noreferrer">
                    Options
                  </a>{' '}
                  to see the gigs that fit them.
                </p>
              ) : (
                <MatchesTab profile={profile.value} api={api} onChecklist={showChecklist} />
              ))}
            {tab === 'queue' && <QueueTab api={api} onChecklist={showChecklist} />}
            {tab === 'checklist' && <ChecklistTab listing={chosen} profile={profile.value} api={api} />}
            {tab === 'demand' && <DemandTab profile={profile.value} api={api} />}
          </>
        )}
      </Tabs>
      <p class="ss-muted">Everything stays on this computer.</p>
    </main>
  );
}
