/** Small SVG charts; each is an image with a text alternative, and the numbers are in a table beside it. */

export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars, labels on the left; `summary` is what a screen reader hears. */
export function BarChart({ bars, summary }: { bars: Bar[]; summary: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 20;
  const labelWidth = 120;
  const width = 360;
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${bars.length * row}`}
      width="100%"
      class="ss-chart"
      data-testid="bar-chart"
    >
      {bars.map((bar, i) => {
        const length = ((width - labelWidth - 34) * bar.value) / max;
        return (
          <g key={bar.label} transform={`translate(0 ${i * row})`}>
            <text x={4} y={row / 2 + 4} class="ss-chart-label">
              {bar.label.length > 16 ? `${bar.label.slice(0, 15)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={3} width={Math.max(length, 1)} height={row - 6} rx={3} class="ss-bar" />
            <text x={labelWidth + length + 4} y={row / 2 + 4} class="ss-chart-label">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A tiny line over a few points (oldest first). */
export function Sparkline({ points, label }: { points: number[]; label: string }) {
  const width = 60;
  const height = 18;
  const max = Math.max(...points, 0.001);
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const path = points
    .map(
      (p, i) =>
        `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)} ${(height - 2 - (p / max) * (height - 4)).toFixed(1)}`,
    )
    .join(' ');
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <path d={path} fill="none" class="ss-spark" stroke-width={2} />
    </svg>
  );
}
