import type { BarItem } from './HorizontalBars';

const chartWidth = 640;
const chartHeight = 220;
const labelHeight = 36;
const valueHeight = 20;

/** Vertical columns in the given order, for an ordered scale such as age buckets. */
export function ColumnChart({ items, title, color = '#5d6d7e', testId }: { readonly items: ReadonlyArray<BarItem>; readonly title: string; readonly color?: string; readonly testId: string }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  const slot = chartWidth / Math.max(1, items.length);
  const plotHeight = chartHeight - labelHeight - valueHeight;

  return (
    <svg className="overview-chart" data-testid={testId} role="img" aria-label={title} viewBox={`0 0 ${chartWidth} ${chartHeight}`} width="100%">
      {items.map((item, index) => {
        const height = item.value === 0 ? 0 : Math.max(2, (item.value / max) * plotHeight);
        const x = index * slot + slot * 0.15;
        const top = valueHeight + plotHeight - height;
        return (
          <g key={item.key}>
            <rect x={x} y={top} width={slot * 0.7} height={height} rx={3} fill={color} />
            <text x={x + slot * 0.35} y={top - 5} textAnchor="middle" className="chart-value">
              {item.value.toLocaleString()}
            </text>
            <text x={x + slot * 0.35} y={chartHeight - labelHeight / 2} textAnchor="middle" dominantBaseline="middle" className="chart-label">
              {item.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
