import { useCallback, useState } from 'preact/hooks';
import { formatPay, nameFrom } from '@/lib/core/format';
import type { Platform } from '@/lib/core/model';
import { platformLabel } from '@/lib/core/platforms';
import type { Profile } from '@/lib/core/profile';
import type { SkillDemand } from '@/lib/demand/report';
import type { DemandView as DemandData } from '@/lib/messages';
import { BarChart, Sparkline } from '../shared/charts';
import { useLoad } from '../shared/useLoad';
import type { PopupApi } from './api';

const WINDOWS = [7, 30, 90] as const;
type Days = (typeof WINDOWS)[number];

export interface DemandTabProps {
  profile: Profile;
  api: Pick<PopupApi, 'getDemand'>;
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

/** What the market asks for: top skills, their trend and pay, where, and what to learn next. */
export function DemandTab({ profile, api }: DemandTabProps) {
  const report = useLoad(useCallback(() => api.getDemand(profile), [api, profile]));
  const [days, setDays] = useState<Days>(30);
  if (report.state === 'loading') return <p class="ss-muted">Counting what the market asks for…</p>;
  if (report.state === 'failed')
    return (
      <p class="ss-warn" role="alert">
        Could not read the demand: {report.message}
      </p>
    );
  return <DemandView report={report.value} profile={profile} days={days} setDays={setDays} />;
}

function DemandView({
  report,
  profile,
  days,
  setDays,
}: {
  report: DemandData;
  profile: Profile;
  days: Days;
  setDays: (d: Days) => void;
}) {
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
      <h2 id="ss-demand">What the market asks for</h2>
      <fieldset class="ss-segmented">
        <legend>Period</legend>
        {WINDOWS.map((d) => (
          <label key={d}>
            <input type="radio" name="window" checked={days === d} onChange={() => setDays(d)} /> {d} days
          </label>
        ))}
      </fieldset>
      {top.length === 0 ? (
        <p data-testid="demand-empty">
          No new listings in the last {days} days. Browse job searches on the marketplaces: SkillScout counts
          each listing once, on the day it first sees it.
        </p>
      ) : (
        <>
          <p class="ss-muted">
            {report.totals[key]} new listings in the last {days} days.
          </p>
          <BarChart
            bars={top.map((s) => ({ label: skillName(s.skill), value: s.counts[key] }))}
            summary={`New listings per skill, last ${days} days: ${top.map((s) => `${skillName(s.skill)} ${s.counts[key]}`).join(', ')}`}
          />
          <table data-testid="demand-table">
            <caption class="ss-muted">Trend: listings per week, 90 days ago to this week</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Listings</th>
                <th scope="col">Trend</th>
                <th scope="col">Median pay</th>
              </tr>
            </thead>
            <tbody>
              {top.map((s) => (
                <tr key={s.skill} data-skill={s.skill}>
                  <td>{skillName(s.skill)}</td>
                  <td>{s.counts[key]}</td>
                  <td>
                    <Sparkline
                      points={weeklyRates(s.counts)}
                      label={`${s.trend.thisWeek} this week${s.trend.change === null ? '' : `, ${s.trend.change >= 0 ? 'up' : 'down'} ${Math.abs(Math.round(s.trend.change * 100))}% on the weeks before`}`}
                    />
                  </td>
                  <td>{pay(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>By site</h3>
          <table data-testid="demand-platforms">
            <tbody>
              {platforms.map(([platform, counts]) => (
                <tr key={platform}>
                  <th scope="row">{platformLabel(platform)}</th>
                  <td>{counts[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>What to learn next</h3>
      {next.length === 0 ? (
        <p class="ss-muted" data-testid="learn-next-empty">
          {profile.skills.length === 0
            ? 'Add the skills you have in Options: SkillScout will suggest the in-demand skills they lead to.'
            : 'No in-demand skill builds on yours yet. Browse more listings to fill the picture.'}
        </p>
      ) : (
        <ul class="ss-list" data-testid="learn-next">
          {next.map((n) => (
            <li key={n.skill}>
              <strong>{n.name}</strong>: {n.beginnerGigs} beginner {n.beginnerGigs === 1 ? 'gig' : 'gigs'} in
              90 days
              <div class="ss-muted">Builds on {n.via.join(', ')}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
