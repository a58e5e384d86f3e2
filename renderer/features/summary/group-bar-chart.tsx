import { formatPoints, formatPointsShort } from '@shared/scoring/format';

/** One group's points, self-assessed and verified. */
export interface GroupBars {
  code: number;
  name: string;
  max: number;
  self: number;
  /** null while the group is not verified. */
  verified: number | null;
}

const ROW = 34;
const LABEL = 210;
const WIDTH = 720;
const BAR = 11;

/**
 * A horizontal bar chart per group: self-assessed points beside verified points, each as a share of the group's
 * maximum. Plain SVG (no chart library): it prints crisply and adds nothing to the bundle.
 */
export function GroupBarChart({
  groups,
  title,
  legend,
}: {
  groups: readonly GroupBars[];
  /** The chart's name for screen readers (its <title>). */
  title: string;
  /** The two bars' names in the UI language. */
  legend: { self: string; verified: string };
}) {
  const plot = WIDTH - LABEL - 90;
  const height = groups.length * ROW + 40;
  const x = (points: number, max: number) => (max > 0 ? Math.min(1, points / max) * plot : 0);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" width="100%">
        <title>{title}</title>
        {groups.map((g, i) => {
          const y = 10 + i * ROW;
          return (
            <g key={g.code} data-testid={`bar-group-${g.code}`}>
              <text x={0} y={y + BAR + 4} fontSize={12}>
                {g.code}. <tspan lang="vi">{g.name}</tspan>
              </text>
              <rect x={LABEL} y={y} width={plot} height={BAR * 2 + 2} fill="#f1f3f6" />
              <rect x={LABEL} y={y} width={x(g.self, g.max)} height={BAR} fill="#7aa7d9" />
              {g.verified !== null && (
                <rect x={LABEL} y={y + BAR + 2} width={x(g.verified, g.max)} height={BAR} fill="#1d7a3a" />
              )}
              <text x={LABEL + plot + 6} y={y + BAR - 1} fontSize={11}>
                {formatPoints(g.self)}/{formatPointsShort(g.max)}
              </text>
              <text x={LABEL + plot + 6} y={y + 2 * BAR + 1} fontSize={11} fill="#1d7a3a">
                {g.verified === null ? '—' : formatPoints(g.verified)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${height - 16})`} fontSize={11}>
          <rect width={12} height={10} fill="#7aa7d9" />
          <text x={16} y={9}>
            {legend.self}
          </text>
          <rect x={110} width={12} height={10} fill="#1d7a3a" />
          <text x={126} y={9}>
            {legend.verified}
          </text>
        </g>
      </svg>
    </figure>
  );
}
