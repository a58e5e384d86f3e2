/** One unit's row of the heat map: per group, completed (hoàn thành + cơ bản) out of total indicators. */
export interface HeatRow {
  unitCode: string;
  unitName: string;
  /** Said after the name in the UI language (e.g. that the row shows self-assessed figures). */
  mark?: string;
  cells: { completed: number; total: number }[];
}

/** Fill for a completion share: from pale red (0) through amber to green (1); grey when nothing is held. */
export function heatColor(share: number | null): string {
  if (share === null) return '#eef1f5';
  const s = Math.max(0, Math.min(1, share));
  const hue = Math.round(s * 120); // 0 red → 120 green
  return `hsl(${hue} 60% ${88 - s * 28}%)`;
}

/**
 * Communes × groups: each cell shows "x/y" completed and is shaded by the share, so it still reads in a black and
 * white print.
 */
export function HeatMap({
  groups,
  rows,
  title,
  unitLabel,
}: {
  groups: readonly { code: number; name: string }[];
  rows: readonly HeatRow[];
  title: string;
  /** The head of the units' column. */
  unitLabel: string;
}) {
  return (
    <figure className="heat-map">
      <figcaption>{title}</figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">{unitLabel}</th>
            {groups.map((g) => (
              <th key={g.code} scope="col" title={g.name} lang="vi">
                {g.code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitCode} data-testid={`heat-${r.unitCode}`}>
              <th scope="row">
                <span lang="vi">{r.unitName}</span>
                {r.mark}
              </th>
              {r.cells.map((c, i) => {
                const share = c.total > 0 ? c.completed / c.total : null;
                return (
                  <td key={groups[i]?.code ?? i} style={{ background: heatColor(share) }}>
                    {c.completed}/{c.total}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="legend muted" lang="vi">
        {groups.map((g) => `${g.code}. ${g.name}`).join(' · ')}
      </p>
    </figure>
  );
}
