import { formatHours, formatMoney, formatPercent, formatRate } from '@/lib/core/format';
import { formatNumber, t } from '@/lib/core/i18n';
import { platformLabel } from '@/lib/core/platforms';
import type { Dashboard } from '@/lib/messages/progress';
import { RateChart, TimeChart } from './Charts';

const percent = (share: number | null) => (share === null ? '–' : formatPercent(share));
const rate = (perHour: number | null, currency: string) =>
  perHour === null ? '–' : formatRate(perHour, currency);

/** Earnings per hour per skill, the platform comparison and the months, as charts and tables. */
export function Insights({ data, skillName }: { data: Dashboard; skillName: (id: string) => string }) {
  if (data.entries.length === 0 && data.platforms.length === 0) return null;
  return (
    <section aria-labelledby="ss-insights">
      <h2 id="ss-insights">{t('insightsHeading')}</h2>
      <p class="ss-muted">{t('insightsSplit')}</p>
      <RateChart rows={data.bySkill} skillName={skillName} />
      {data.bySkill.length > 0 && (
        <table data-testid="by-skill">
          <caption>{t('insightsBySkill')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('demandSkill')}</th>
              <th scope="col">{t('insightsGigs')}</th>
              <th scope="col">{t('fieldHours')}</th>
              <th scope="col">{t('fieldEarnings')}</th>
              <th scope="col">{t('insightsPerHour')}</th>
            </tr>
          </thead>
          <tbody>
            {data.bySkill.map((r) => (
              <tr key={`${r.currency} ${r.key}`}>
                <td translate={false}>{skillName(r.key)}</td>
                <td>{formatNumber(r.gigs)}</td>
                <td>{formatHours(r.hours)}</td>
                <td>{formatMoney(r.earnings, r.currency, 'always')}</td>
                <td>{rate(r.perHour, r.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TimeChart months={data.months} />
      {data.months.length > 0 && (
        <table data-testid="by-month">
          <caption>{t('insightsOverTime')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insightsMonth')}</th>
              <th scope="col">{t('insightsGigs')}</th>
              <th scope="col">{t('fieldHours')}</th>
              <th scope="col">{t('fieldEarnings')}</th>
              <th scope="col">{t('fieldSkills')}</th>
            </tr>
          </thead>
          <tbody>
            {data.months.map((m) => (
              <tr key={m.month}>
                <td>{m.month}</td>
                <td>{formatNumber(m.gigs)}</td>
                <td>{formatHours(m.hours)}</td>
                <td>
                  {Object.entries(m.earnings)
                    .map(([c, n]) => formatMoney(n, c, 'always'))
                    .join(', ')}
                </td>
                <td translate={false}>
                  {Object.entries(m.skills)
                    .map(([id, n]) => `${skillName(id)} ×${formatNumber(n)}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table data-testid="by-platform">
        <caption>{t('insightsPlatforms')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fieldPlatform')}</th>
            <th scope="col">{t('insightsGigs')}</th>
            <th scope="col">{t('insightsYourPay')}</th>
            <th scope="col" title={t('insightsWinRateWhy')}>
              {t('insightsWinRate')}
            </th>
            <th scope="col">{t('insightsSeen')}</th>
            <th scope="col">{t('insightsBeginnerShare')}</th>
          </tr>
        </thead>
        <tbody>
          {data.platforms.map((p) => (
            <tr key={p.platform}>
              <td>{platformLabel(p.platform)}</td>
              <td>{formatNumber(p.gigs)}</td>
              <td>{p.rates.map((r) => rate(r.perHour, r.currency)).join(', ') || '–'}</td>
              <td>
                {percent(p.winRate)}
                {p.applied > 0 ? ` ${t('insightsWonOf', p.won, p.applied)}` : ''}
              </td>
              <td>{formatNumber(p.listingsSeen)}</td>
              <td>{percent(p.beginnerShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
