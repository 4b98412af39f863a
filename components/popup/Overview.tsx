import { useCallback, useState } from 'preact/hooks';
import { formatNumber, list, plural, t } from '@/lib/core/i18n';
import type { Platform } from '@/lib/core/model';
import { MARKETPLACES, platformLabel } from '@/lib/core/platforms';
import type { Profile } from '@/lib/core/profile';
import type { Summary } from '@/lib/messages';
import { useLoad } from '../shared/useLoad';
import type { PopupApi } from './api';
import { LayoutReport } from './LayoutReport';
import { PlatformTable } from './PlatformTable';
import { problemText } from './problems';
import { RecentListings } from './RecentListings';
import { ScanThisPage } from './ScanThisPage';

export interface OverviewProps {
  api: Pick<
    PopupApi,
    'loadSummary' | 'scanThisPage' | 'currentPlatform' | 'getMatches' | 'layoutReport' | 'copyText'
  >;
  /** Set once the profile is read; with skills or goals in it, the current site's matches are counted. */
  profile: Profile | undefined;
}

/** The most matches counted for the current site; more shows as "100+". */
const COUNT_LIMIT = 100;

/** What SkillScout has read, per site (and why a site gave nothing), and the one-click scan. */
export function Overview({ api, profile }: OverviewProps) {
  const summary = useLoad(useCallback(() => api.loadSummary(), [api]));
  const [scannedNothing, setScannedNothing] = useState(false);
  const here = useLoad(
    useCallback(async (): Promise<Here | undefined> => {
      const platform = await api.currentPlatform();
      if (!platform) return undefined;
      if (!profile || profile.skills.length + profile.goals.length === 0) return { platform };
      const { items } = await api.getMatches(profile, false, COUNT_LIMIT);
      return { platform, fits: items.filter((i) => i.listing.platform === platform).length };
    }, [api, profile]),
  );
  return (
    <>
      {summary.state === 'loading' && <p class="ss-muted">{t('loadingData')}</p>}
      {summary.state === 'failed' && (
        <p class="ss-warn" role="alert">
          {t('errorLoadData', summary.message)}
        </p>
      )}
      {summary.state === 'ready' && here.state === 'ready' && here.value && (
        <ThisSite here={here.value} summary={summary.value} />
      )}
      {summary.state === 'ready' && <SummaryView summary={summary.value} />}
      <ScanThisPage scan={() => api.scanThisPage()} onScanned={(found) => setScannedNothing(found === 0)} />
      <LayoutReport
        build={() => api.layoutReport()}
        copy={(text) => api.copyText(text)}
        unread={
          scannedNothing ||
          (here.state === 'ready' && summary.state === 'ready' && unread(here.value, summary.value))
        }
      />
    </>
  );
}

/** This marketplace page gave nothing SkillScout could read. */
function unread(here: Here | undefined, summary: Summary): boolean {
  const problem = here && summary.platforms.find((p) => p.platform === here.platform)?.lastProblem;
  return problem === 'layout-not-recognised' || problem === 'adapter-error' || problem === 'no-adapter';
}

interface Here {
  platform: Platform;
  /** Beginner gigs of this site seen in the last 30 days that fit the profile. */
  fits?: number;
}

/** On a marketplace page: what SkillScout read on that site, or why it read nothing. */
function ThisSite({ here: { platform, fits }, summary }: { here: Here; summary: Summary }) {
  const stats = summary.platforms.find((p) => p.platform === platform);
  return (
    <section class="ss-card" aria-labelledby="ss-here" data-testid="this-site">
      <h2 id="ss-here">{t('hereHeading', platformLabel(platform))}</h2>
      {!stats ? (
        t('hereNothing')
      ) : stats.lastProblem ? (
        <span class="ss-warn">{problemText(stats.lastProblem)}</span>
      ) : fits === undefined ? (
        plural('hereRead', stats.listings, platformLabel(platform))
      ) : fits === COUNT_LIMIT ? (
        plural('hereReadFitsMany', stats.listings, platformLabel(platform), COUNT_LIMIT)
      ) : (
        plural('hereReadFits', stats.listings, platformLabel(platform), plural('hereFits', fits))
      )}
    </section>
  );
}

function SummaryView({ summary }: { summary: Summary }) {
  if (summary.listings === 0 && summary.platforms.length === 0) {
    return (
      <p data-testid="empty">
        {t(
          'overviewEmpty',
          list(
            MARKETPLACES.map((m) => m.label),
            'or',
          ),
        )}
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
        <strong>{formatNumber(summary.listings)}</strong> {plural('listingsReadSoFar', summary.listings)}
      </p>
      <PlatformTable platforms={summary.platforms} />
      <RecentListings recent={summary.recent} />
    </>
  );
}
