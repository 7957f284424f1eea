import { fallbackColor, statusColors } from './chart-colors';

/** One client's units split by status, statuses in lifecycle order. */
export interface ClientStatusRow {
  readonly clientCode: string;
  readonly total: number;
  readonly segments: ReadonlyArray<{ readonly status: string; readonly units: number }>;
}

const rowHeight = 34;
const labelWidth = 110;
const totalWidth = 80;
const chartWidth = 640;

/**
 * Draws one stacked bar per client, its length the client's unit count and its segments the
 * statuses. The legend beneath names each colour with the status's total over all clients.
 */
export function StatusByClientChart({
  rows,
  title,
  statusLabel,
  testId,
}: {
  readonly rows: ReadonlyArray<ClientStatusRow>;
  readonly title: string;
  readonly statusLabel: (status: string) => string;
  readonly testId: string;
}) {
  const max = Math.max(1, ...rows.map((row) => row.total));
  const barSpace = chartWidth - labelWidth - totalWidth;
  const legend = new Map<string, number>();
  for (const row of rows) {
    for (const segment of row.segments) {
      legend.set(segment.status, (legend.get(segment.status) ?? 0) + segment.units);
    }
  }

  return (
    <div className="status-chart" data-testid={testId}>
      <svg className="overview-chart" role="img" aria-label={title} viewBox={`0 0 ${chartWidth} ${Math.max(1, rows.length) * rowHeight}`} width="100%">
        {rows.map((row, index) => {
          const y = index * rowHeight;
          let x = labelWidth;
          return (
            <g key={row.clientCode}>
              <text x={labelWidth - 8} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
                {row.clientCode}
              </text>
              {row.segments.map((segment) => {
                const width = (segment.units / max) * barSpace;
                const rect = (
                  <rect key={segment.status} x={x} y={y + 5} width={width} height={rowHeight - 10} fill={statusColors[segment.status] ?? fallbackColor}>
                    <title>{`${statusLabel(segment.status)}: ${segment.units.toLocaleString()}`}</title>
                  </rect>
                );
                x += width;
                return rect;
              })}
              <text x={x + 6} y={y + rowHeight / 2} dominantBaseline="middle" className="chart-value">
                {row.total.toLocaleString()}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {[...legend].map(([status, units]) => (
          <li key={status}>
            <span className="legend-swatch" style={{ background: statusColors[status] ?? fallbackColor }} />
            {statusLabel(status)} <strong>{units.toLocaleString()}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
