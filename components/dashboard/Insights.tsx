import { formatHours, formatMoney } from '@/lib/core/format';
import { platformLabel } from '@/lib/core/platforms';
import type { Dashboard } from '@/lib/messages/progress';
import { RateChart, TimeChart } from './Charts';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const rate = (perHour: number | null, currency: string) =>
  perHour === null ? '–' : `${formatMoney(perHour, currency, 'always')}/h`;

/** Earnings per hour per skill, the platform comparison and the months, as charts and tables. */
export function Insights({ data, skillName }: { data: Dashboard; skillName: (id: string) => string }) {
  if (data.entries.length === 0 && data.platforms.length === 0) return null;
  return (
    <section aria-labelledby="ss-insights">
      <h2 id="ss-insights">Insights</h2>
      <p class="ss-muted">
        A gig with several skills counts each of them with an equal share of its hours and pay.
      </p>
      <RateChart rows={data.bySkill} skillName={skillName} />
      {data.bySkill.length > 0 && (
        <table data-testid="by-skill">
          <caption>Earnings per hour by skill</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Gigs</th>
              <th scope="col">Hours</th>
              <th scope="col">Earnings</th>
              <th scope="col">Per hour</th>
            </tr>
          </thead>
          <tbody>
            {data.bySkill.map((r) => (
              <tr key={`${r.currency} ${r.key}`}>
                <td>{skillName(r.key)}</td>
                <td>{r.gigs}</td>
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
          <caption>Skills used over time</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Gigs</th>
              <th scope="col">Hours</th>
              <th scope="col">Earnings</th>
              <th scope="col">Skills</th>
            </tr>
          </thead>
          <tbody>
            {data.months.map((m) => (
              <tr key={m.month}>
                <td>{m.month}</td>
                <td>{m.gigs}</td>
                <td>{formatHours(m.hours)}</td>
                <td>
                  {Object.entries(m.earnings)
                    .map(([c, n]) => formatMoney(n, c, 'always'))
                    .join(', ')}
                </td>
                <td>
                  {Object.entries(m.skills)
                    .map(([id, n]) => `${skillName(id)} ×${n}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table data-testid="by-platform">
        <caption>Your platforms</caption>
        <thead>
          <tr>
            <th scope="col">Platform</th>
            <th scope="col">Gigs</th>
            <th scope="col">Your pay</th>
            <th scope="col" title="Hired or done, of the gigs you applied to">
              Win rate
            </th>
            <th scope="col">Listings seen</th>
            <th scope="col">Beginner share</th>
          </tr>
        </thead>
        <tbody>
          {data.platforms.map((p) => (
            <tr key={p.platform}>
              <td>{platformLabel(p.platform)}</td>
              <td>{p.gigs}</td>
              <td>{p.rates.map((r) => rate(r.perHour, r.currency)).join(', ') || '–'}</td>
              <td>
                {percent(p.winRate)}
                {p.applied > 0 ? ` (${p.won} of ${p.applied})` : ''}
              </td>
              <td>{p.listingsSeen}</td>
              <td>{percent(p.beginnerShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
