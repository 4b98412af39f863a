import { formatHours, formatMoney } from '@/lib/core/format';
import { formatNumber, plural, t } from '@/lib/core/i18n';
/**
 * The dashboard's charts: SVG, an image with a text summary for screen readers (the same
 * numbers are in the tables beside them), coloured through the theme's CSS variables so
 * they follow light and dark.
 */
import type { MonthRow, RateRow } from '@/lib/progress/schemas';
import { BarChart } from '../shared/charts';

/** The currency most of the earnings are in: one chart never mixes currencies. */
function mainCurrency(rows: Array<{ currency: string; earnings: number }>): string | undefined {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.currency, (totals.get(r.currency) ?? 0) + r.earnings);
  return [...totals].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function RateChart({ rows, skillName }: { rows: RateRow[]; skillName: (id: string) => string }) {
  const currency = mainCurrency(rows);
  const bars = rows
    .filter((r) => r.currency === currency && r.perHour !== null)
    .slice(0, 12)
    .map((r) => ({ label: skillName(r.key), value: Math.round((r.perHour ?? 0) * 100) / 100 }));
  if (!currency || bars.length === 0) return null;
  const summary = t(
    'chartRates',
    currency,
    bars.map((b) => `${b.label} ${formatNumber(b.value)}`).join(', '),
  );
  return (
    <figure class="ss-figure">
      <BarChart bars={bars} summary={summary} />
      <figcaption class="ss-muted">{t('chartRatesCaption', currency)}</figcaption>
    </figure>
  );
}

const W = 480;
const H = 160;
const PAD = { left: 34, right: 40, top: 10, bottom: 22 };

/** Hours per month as bars (left scale) and earnings as a line (right scale), oldest month first. */
export function TimeChart({ months }: { months: MonthRow[] }) {
  const currency = mainCurrency(
    months.flatMap((m) => Object.entries(m.earnings).map(([c, earnings]) => ({ currency: c, earnings }))),
  );
  if (months.length === 0 || !currency) return null;
  const earned = months.map((m) => m.earnings[currency] ?? 0);
  const maxHours = Math.max(1, ...months.map((m) => m.hours));
  const maxEarned = Math.max(1, ...earned);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / months.length;
  const y = (value: number, max: number) => PAD.top + plotH - (value / max) * plotH;
  const line = earned
    .map(
      (v, i) =>
        `${i === 0 ? 'M' : 'L'}${(PAD.left + slot * (i + 0.5)).toFixed(1)} ${y(v, maxEarned).toFixed(1)}`,
    )
    .join(' ');
  const summary = t(
    'chartMonths',
    months
      .map((m, i) =>
        t(
          'chartMonth',
          m.month,
          plural('hourCount', Math.round(m.hours * 10) / 10),
          formatMoney(earned[i] ?? 0, currency),
        ),
      )
      .join('; '),
  );
  return (
    <figure class="ss-figure">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        class="ss-chart"
        data-testid="time-chart"
      >
        <text x={2} y={PAD.top + 4} class="ss-chart-label">
          {formatHours(Math.round(maxHours))}
        </text>
        <text x={W - 2} y={PAD.top + 4} text-anchor="end" class="ss-chart-label">
          {formatNumber(Math.round(maxEarned))}
        </text>
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} class="ss-axis" />
        {months.map((m, i) => (
          <g key={m.month}>
            <rect
              x={PAD.left + slot * i + slot * 0.2}
              y={y(m.hours, maxHours)}
              width={slot * 0.6}
              height={Math.max(1, PAD.top + plotH - y(m.hours, maxHours))}
              rx={2}
              class="ss-bar ss-bar-soft"
            />
            <text x={PAD.left + slot * (i + 0.5)} y={H - 6} text-anchor="middle" class="ss-chart-label">
              {m.month}
            </text>
          </g>
        ))}
        <path d={line} fill="none" stroke-width={2} class="ss-line" />
        {earned.map((v, i) => (
          <circle
            key={months[i]?.month}
            cx={PAD.left + slot * (i + 0.5)}
            cy={y(v, maxEarned)}
            r={3}
            class="ss-dot"
          />
        ))}
      </svg>
      <figcaption class="ss-muted">{t('chartMonthsCaption', currency)}</figcaption>
    </figure>
  );
}
