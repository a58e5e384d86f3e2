import { useLiveQuery } from 'dexie-react-hooks';
import { formatPoints } from '@shared/scoring/format';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { getDistrict, listUnits } from '../../db/repositories/units';
import { useAppStore } from '../../store';
import { SetupPage } from '../setup';
import { UnitsPanel } from '../units';
import { useExportState } from '../../components/export-state';
import { usePeriodText } from '../../components/period-text';
import { useT } from '../../i18n';
import { loadAssessmentLines } from './assessment-summary';
import { NewAssessmentForm } from './new-assessment-form';
import { viDateTime } from '../../components/date-time';

/** Đánh giá: first-run setup, then the units and the list of assessments with their figures. */
export function AssessmentsPage() {
  const openAssessment = useAppStore((s) => s.openAssessment);
  const t = useT();
  const periodText = usePeriodText();
  const exportState = useExportState();
  const ctx = useLiveQuery(async () => ({
    district: await getDistrict(db),
    role: await getMeta(db, 'role'),
    units: await listUnits(db),
  }));
  const lines = useLiveQuery(() => loadAssessmentLines(db));
  if (!ctx) return <p className="loading">{t('assess.loading')}</p>;
  if (!ctx.district || !ctx.role) return <SetupPage />;
  // A commune machine assesses its commune; a district also itself; a province only receives (no self-assessment).
  const ownUnits =
    ctx.role.kind === 'commune'
      ? ctx.units.filter((u) => u.code === (ctx.role as { communeCode: string }).communeCode)
      : ctx.units.filter((u) => u.type !== 'province');

  return (
    <div className="assessments-page">
      <section className="card" aria-labelledby="list-title">
        <h2 id="list-title">{t('assess.list.title')}</h2>
        {lines && lines.length === 0 && <p className="muted">{t('assess.list.empty')}</p>}
        {lines && lines.length > 0 && (
          <table className="assessment-table" data-testid="assessment-table">
            <thead>
              <tr>
                <th>{t('assess.col.unit')}</th>
                <th>{t('assess.col.period')}</th>
                <th>{t('assess.col.entered')}</th>
                <th>{t('assess.col.completed')}</th>
                <th>{t('assess.col.points')}</th>
                <th>{t('assess.col.changed')}</th>
                <th>{t('assess.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map(({ assessment: a, unit, aggregate: g }) => (
                <tr key={a.id} data-testid={`assessment-${a.unitCode}-${a.periodKey}`}>
                  <td>
                    <button type="button" className="link" lang="vi" onClick={() => openAssessment(a.id)}>
                      {unit?.name ?? a.unitCode}
                    </button>
                  </td>
                  <td>{periodText(a.period)}</td>
                  <td>{g ? `${g.entered}/${g.total}` : '—'}</td>
                  <td className="ratio-cell">{g ? `${g.completed}/${g.total}` : '—'}</td>
                  <td>{g ? formatPoints(g.points) : '—'}</td>
                  <td>{viDateTime(a.updatedAt)}</td>
                  <td data-testid="export-state" className={exportState(a).stale ? 'stale' : undefined}>
                    {exportState(a).label}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="side-by-side">
        <NewAssessmentForm key={ownUnits.map((u) => u.code).join()} units={ownUnits} />
        {ctx.role.kind !== 'commune' && <UnitsPanel district={ctx.district} units={ctx.units} />}
      </div>
    </div>
  );
}
