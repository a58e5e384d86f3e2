import { formatIndexPercent, formatPoints, formatPointsShort } from '@shared/scoring/format';
import type { UnitAggregate } from '@shared/scoring/aggregate';
import { unitSentence } from '@shared/scoring/sentence';

function Bar({ value, max, label }: { value: number; max: number; label: string }) {
  const pct = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <span className="bar" role="img" aria-label={label}>
      <span className="bar-fill" style={{ width: `${pct}%` }} />
    </span>
  );
}

/** Per group, bars for the completion ratio and the points, and the unit's summary sentence. */
export function SummaryPanel({ agg }: { agg: UnitAggregate }) {
  return (
    <section className="summary-panel" aria-labelledby="summary-title">
      <h3 id="summary-title">Tổng hợp kết quả</h3>
      <p className="sentence" data-testid="unit-sentence">
        {unitSentence(agg)}.
      </p>
      <p className="total">
        Tổng điểm <strong data-testid="unit-points">{formatPoints(agg.points)}</strong>/
        {formatPointsShort(agg.maxPoints)} · chỉ số {formatIndexPercent(agg.points, agg.maxPoints)} · đã nhập{' '}
        {agg.entered}/{agg.total}
      </p>
      <table className="summary-table">
        <thead>
          <tr>
            <th>Nhóm</th>
            <th>Hoàn thành và cơ bản hoàn thành</th>
            <th>Điểm</th>
          </tr>
        </thead>
        <tbody>
          {agg.groups.map((g) => (
            <tr key={g.group.code} data-testid={`summary-group-${g.group.code}`}>
              <th scope="row">
                {g.group.code}. {g.group.name}
              </th>
              <td>
                <Bar value={g.completed} max={g.total} label={`${g.completed}/${g.total} chỉ số`} />
                <span className="ratio-text">
                  {g.completed}/{g.total}
                </span>
              </td>
              <td>
                <Bar value={g.points} max={g.maxPoints} label={`${formatPoints(g.points)} điểm`} />
                <span className="points-text" data-testid={`group-points-${g.group.code}`}>
                  {formatPoints(g.points)}/{formatPointsShort(g.maxPoints)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
