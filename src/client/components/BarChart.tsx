/** A plain horizontal bar chart: one bar per row, its value written beside it. */
export function BarChart(props: {
  rows: readonly { label: string; value: number; text: string }[];
  title: string;
}) {
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  return (
    <figure className="bars">
      <figcaption>
        <strong>{props.title}</strong>
      </figcaption>
      <dl>
        {props.rows.map((row) => (
          <div key={row.label} className="bar-row">
            <dt>{row.label}</dt>
            <dd>
              <span
                className="bar"
                style={{ width: `${(row.value / max) * 100}%` }}
                aria-hidden="true"
              />
              <span className="bar-value">{row.text}</span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
