import type { Summary } from '@/lib/messages';
import { PlatformTable } from './PlatformTable';
import { RecentListings } from './RecentListings';
import { ScanThisPage } from './ScanThisPage';
import { useLoad } from './useLoad';

export interface PopupProps {
  loadSummary: () => Promise<Summary>;
  scanThisPage: () => Promise<number>;
}

/**
 * The toolbar popup. For now: what SkillScout has read so far. The Matches, Queue,
 * Checklist and Demand tabs (issue 7) build on this summary.
 */
export function Popup({ loadSummary, scanThisPage }: PopupProps) {
  const summary = useLoad(loadSummary);
  return (
    <main class="ss-popup">
      <header class="ss-header">
        <h1>SkillScout</h1>
        <a href="/options.html" target="_blank" rel="noreferrer">
          Options
        </a>
      </header>
      {summary.state === 'loading' && <p class="ss-muted">Loading…</p>}
      {summary.state === 'failed' && (
        <p class="ss-warn" role="alert">
          Could not load your data: {summary.message}
        </p>
      )}
      {summary.state === 'ready' && <SummaryView summary={summary.value} />}
      <ScanThisPage scan={scanThisPage} />
      <p class="ss-muted">Everything stays on this computer.</p>
    </main>
  );
}

function SummaryView({ summary }: { summary: Summary }) {
  if (summary.listings === 0 && summary.platforms.length === 0) {
    return (
      <p data-testid="empty">
        Open a job search on Upwork, Freelancer.com, Fiverr, Toptal, PeoplePerHour or Guru: the listings you
        browse are read and appear here.
      </p>
    );
  }
  return (
    <>
      {summary.storageProblem && (
        <p class="ss-warn" role="alert">
          {summary.storageProblem}
        </p>
      )}
      <p data-testid="listing-count">
        <strong>{summary.listings}</strong> {summary.listings === 1 ? 'listing' : 'listings'} read so far
      </p>
      <PlatformTable platforms={summary.platforms} />
      <RecentListings recent={summary.recent} />
    </>
  );
}
