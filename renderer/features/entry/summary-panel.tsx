import { formatIndexPercent, formatPoints, formatPointsShort } from '@shared/scoring/format';
import type { UnitAggregate } from '@shared/scoring/aggregate';
import { unitSentence } from '@shared/scoring/sentence';
import { withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { SharedMessage } from '../../components/shared-message';

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
  const t = useT();
  return (
    <section className="summary-panel" aria-labelledby="summary-title">
      <h3 id="summary-title">{t('entry.summary.title')}</h3>
      <p className="sentence" data-testid="unit-sentence">
        <SharedMessage message={unitSentence(agg)} />.
      </p>
      <p className="total">
        {withNodes(
          t('entry.summary.total', {
            max: formatPointsShort(agg.maxPoints),
            index: formatIndexPercent(agg.points, agg.maxPoints),
            entered: agg.entered,
            total: agg.total,
          }),
          { points: <strong data-testid="unit-points">{formatPoints(agg.points)}</strong> },
        )}
      </p>
      <table className="summary-table">
        <thead>
          <tr>
            <th>{t('entry.summary.group')}</th>
            <th>{t('entry.summary.completed')}</th>
            <th>{t('entry.summary.points')}</th>
          </tr>
        </thead>
        <tbody>
          {agg.groups.map((g) => (
            <tr key={g.group.code} data-testid={`summary-group-${g.group.code}`}>
              <th scope="row" lang="vi">
                {g.group.code}. {g.group.name}
              </th>
              <td>
                <Bar
                  value={g.completed}
                  max={g.total}
                  label={t('entry.summary.ratioBar', { completed: g.completed, total: g.total })}
                />
                <span className="ratio-text">
                  {g.completed}/{g.total}
                </span>
              </td>
              <td>
                <Bar
                  value={g.points}
                  max={g.maxPoints}
                  label={t('entry.summary.pointsBar', { points: formatPoints(g.points) })}
                />
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
