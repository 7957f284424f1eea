/** One labelled value of a bar chart. */
export interface BarItem {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

const rowHeight = 26;
const labelWidth = 210;
const valueWidth = 70;
const chartWidth = 640;

/**
 * Horizontal bars, longest first as given, each with its label on the left and its value at the
 * bar's end, so the largest item reads at a glance and exact numbers need no axis.
 */
export function HorizontalBars({ items, title, color = '#2e86c1', testId }: { readonly items: ReadonlyArray<BarItem>; readonly title: string; readonly color?: string; readonly testId: string }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  const barSpace = chartWidth - labelWidth - valueWidth;
  const height = Math.max(1, items.length) * rowHeight;

  return (
    <svg className="overview-chart" data-testid={testId} role="img" aria-label={title} viewBox={`0 0 ${chartWidth} ${height}`} width="100%">
      {items.map((item, index) => {
        const y = index * rowHeight;
        const width = Math.max(2, (item.value / max) * barSpace);
        return (
          <g key={item.key}>
            <text x={labelWidth - 8} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
              {item.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={width} height={rowHeight - 8} rx={3} fill={color} />
            <text x={labelWidth + width + 6} y={y + rowHeight / 2} dominantBaseline="middle" className="chart-value">
              {item.value.toLocaleString()}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
