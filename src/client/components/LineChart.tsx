/** One line of a chart. */
export interface Series {
  readonly name: string;
  readonly values: readonly number[];
  readonly colour: string;
}

const W = 640;
const H = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };

function ticks(max: number): number[] {
  const step = max <= 5 ? 1 : 10 ** Math.floor(Math.log10(max / 2));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => max / s <= 5) ?? step * 10;
  return Array.from({ length: Math.floor(max / nice) + 1 }, (_, i) => i * nice);
}

/**
 * A plain SVG line chart of monthly series, each on its own scale when `separateScales` (so that
 * messages do not flatten members); the figure has a text alternative and a data table.
 */
export function LineChart(props: {
  labels: readonly string[];
  series: readonly Series[];
  title: string;
  description: string;
}) {
  const n = props.labels.length;
  const x = (i: number) => PAD.left + (n <= 1 ? 0 : (i / (n - 1)) * (W - PAD.left - PAD.right));
  const first = props.series[0];
  const max = Math.max(1, ...(first?.values ?? [0]));
  const grid = ticks(max);
  const top = grid[grid.length - 1] ?? max;
  const y = (v: number, scaleMax: number) =>
    H - PAD.bottom - (v / Math.max(scaleMax, 1)) * (H - PAD.top - PAD.bottom);
  const every = Math.max(1, Math.ceil(n / 8));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.description}>
        <title>{props.title}</title>
        {grid.map((g) => (
          <g key={g}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(g, top)} y2={y(g, top)} stroke="#d5d9e0" />
            <text x={PAD.left - 6} y={y(g, top) + 4} textAnchor="end" fontSize="11" fill="#3d4451">
              {g}
            </text>
          </g>
        ))}
        {props.labels.map((label, i) =>
          i % every === 0 ? (
            <text key={label} x={x(i)} y={H - 14} textAnchor="middle" fontSize="11" fill="#3d4451">
              {label}
            </text>
          ) : null,
        )}
        {props.series.map((s, index) => {
          const scaleMax = index === 0 ? top : Math.max(1, ...s.values);
          const points = s.values.map((v, i) => `${x(i)},${y(v, scaleMax)}`).join(' ');
          return (
            <polyline
              key={s.name}
              points={points}
              fill="none"
              stroke={s.colour}
              strokeWidth="2.5"
              strokeDasharray={index === 0 ? undefined : '6 4'}
            />
          );
        })}
      </svg>
      <figcaption>
        <strong>{props.title}</strong>
        <ul className="legend">
          {props.series.map((s, index) => (
            <li key={s.name}>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  x2="28"
                  y1="5"
                  y2="5"
                  stroke={s.colour}
                  strokeWidth="3"
                  strokeDasharray={index === 0 ? undefined : '6 4'}
                />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
