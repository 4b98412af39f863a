import { Fragment } from 'preact';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { formatPay, formatPercent, nameFrom } from '@/lib/core/format';
import { formatNumber, plural, t } from '@/lib/core/i18n';
import type { Platform } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import type { Profile } from '@/lib/core/profile';
import type { SkillDemand } from '@/lib/demand/report';
import type { DemandView as DemandData, LearningItem } from '@/lib/messages';
import { BarChart, Sparkline } from '../shared/charts';
import { LearnLinks } from '../shared/LearnLinks';
import { useLoad } from '../shared/useLoad';
import type { PopupApi } from './api';
import { LearnNextList } from './LearnNextList';

const WINDOWS = [7, 30, 90] as const;
type Days = (typeof WINDOWS)[number];

export interface DemandTabProps {
  profile: Profile;
  api: Pick<PopupApi, 'getDemand' | 'getLearning'>;
}

/** The skills whose resources the tab may show: the top ten of each period and what to learn next. */
function skillsToLearn(report: DemandData): string[] {
  const ids = new Set(report.learnNext.map((n) => n.skill));
  for (const d of WINDOWS) {
    const key = `d${d}` as const;
    const top = report.skills.filter((s) => s.counts[key] > 0).sort((a, b) => b.counts[key] - a.counts[key]);
    for (const s of top.slice(0, 10)) ids.add(s.skill);
  }
  return [...ids];
}

/** Listings per week in three periods (90–30 days ago, 30–7 days ago, the last 7 days), oldest first. */
function weeklyRates(counts: SkillDemand['counts']): number[] {
  return [((counts.d90 - counts.d30) * 7) / 60, ((counts.d30 - counts.d7) * 7) / 23, counts.d7];
}

function pay(skill: SkillDemand): string {
  const hourly = skill.pay.hourly[0];
  if (hourly) return formatPay(hourly.median, hourly.currency, 'hourly');
  const fixed = skill.pay.fixed[0];
  if (fixed) return formatPay(fixed.median, fixed.currency, 'fixed');
  return '—';
}

/** "3 this week, up 50% on the weeks before": what the sparkline shows, in words. */
function trendLabel(trend: SkillDemand['trend']): string {
  const week = plural('demandThisWeek', trend.thisWeek);
  if (trend.change === null) return week;
  const change = formatPercent(Math.abs(trend.change));
  return t(trend.change >= 0 ? 'demandTrendUp' : 'demandTrendDown', week, change);
}

/** What the market asks for: top skills, their trend and pay, where, and what to learn next. */
export function DemandTab({ profile, api }: DemandTabProps) {
  const report = useLoad(useCallback(() => api.getDemand(profile), [api, profile]));
  const [days, setDays] = useState<Days>(30);
  if (report.state === 'loading') return <p class="ss-muted">{t('demandLoading')}</p>;
  if (report.state === 'failed')
    return (
      <p class="ss-warn" role="alert">
        {t('demandFailed', report.message)}
      </p>
    );
  return <DemandView report={report.value} profile={profile} days={days} setDays={setDays} api={api} />;
}

function DemandView({
  report,
  profile,
  days,
  setDays,
  api,
}: {
  report: DemandData;
  profile: Profile;
  days: Days;
  setDays: (d: Days) => void;
  api: Pick<PopupApi, 'getLearning'>;
}) {
  const [open, setOpen] = useState<string>();
  const wanted = useMemo(() => skillsToLearn(report), [report]);
  const loaded = useLoad(useCallback(() => api.getLearning(wanted), [api, wanted]));
  const learning = new Map<string, LearningItem>(
    loaded.state === 'ready' ? loaded.value.map((i) => [i.skill, i]) : [],
  );
  const key = `d${days}` as const;
  const top = report.skills
    .filter((s) => s.counts[key] > 0)
    .sort((a, b) => b.counts[key] - a.counts[key])
    .slice(0, 10);
  const next = report.learnNext;
  const skillName = nameFrom(report.names);
  const platforms = (Object.entries(report.byPlatform) as Array<[Platform, SkillDemand['counts']]>)
    .filter(([, c]) => c[key] > 0)
    .sort(([, a], [, b]) => b[key] - a[key]);
  return (
    <section aria-labelledby="ss-demand">
      <h2 id="ss-demand">{t('demandHeading')}</h2>
      <fieldset class="ss-segmented">
        <legend>{t('demandPeriod')}</legend>
        {WINDOWS.map((d) => (
          <label key={d}>
            <input type="radio" name="window" checked={days === d} onChange={() => setDays(d)} />{' '}
            {plural('dayCount', d)}
          </label>
        ))}
      </fieldset>
      {top.length === 0 ? (
        <p data-testid="demand-empty">{t('demandEmpty', days)}</p>
      ) : (
        <>
          <p class="ss-muted">{plural('demandTotal', report.totals[key], days)}</p>
          <BarChart
            bars={top.map((s) => ({ label: skillName(s.skill), value: s.counts[key] }))}
            summary={t(
              'demandChart',
              days,
              top.map((s) => `${skillName(s.skill)} ${formatNumber(s.counts[key])}`).join(', '),
            )}
          />
          <table data-testid="demand-table">
            <caption class="ss-muted">{t('demandTrendCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('demandSkill')}</th>
                <th scope="col">{t('popupListings')}</th>
                <th scope="col">{t('demandTrend')}</th>
                <th scope="col">{t('demandMedianPay')}</th>
                <th scope="col">
                  <span class="ss-sr">{t('learnWhere')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {top.map((s) => (
                <Fragment key={s.skill}>
                  <tr data-skill={s.skill}>
                    <td translate={false}>{skillName(s.skill)}</td>
                    <td>{formatNumber(s.counts[key])}</td>
                    <td>
                      <Sparkline points={weeklyRates(s.counts)} label={trendLabel(s.trend)} />
                    </td>
                    <td>{pay(s)}</td>
                    <td>
                      {learning.has(s.skill) && (
                        <button
                          type="button"
                          aria-expanded={open === s.skill}
                          aria-controls={`ss-learn-${s.skill}`}
                          aria-label={t('demandLearnAbout', skillName(s.skill))}
                          onClick={() => setOpen(open === s.skill ? undefined : s.skill)}
                        >
                          {t('demandLearnShort')}
                        </button>
                      )}
                    </td>
                  </tr>
                  {open === s.skill && learning.has(s.skill) && (
                    <tr id={`ss-learn-${s.skill}`} data-learn={s.skill}>
                      <td colSpan={5}>
                        <LearnLinks item={learning.get(s.skill) as LearningItem} compact />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          <h3>{t('popupBySite')}</h3>
          <table data-testid="demand-platforms">
            <tbody>
              {platforms.map(([platform, counts]) => (
                <tr key={platform}>
                  <th scope="row">{platformLabel(platform)}</th>
                  <td>{formatNumber(counts[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('demandLearnNext')}</h3>
      <LearnNextList next={next} profile={profile} learning={learning} loaded={loaded} />
    </section>
  );
}
