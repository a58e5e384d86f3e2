import { useLiveQuery } from 'dexie-react-hooks';
import { periodLabel } from '@shared/entry/types';
import { formatPoints } from '@shared/scoring/format';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { getDistrict, listUnits } from '../../db/repositories/units';
import { useAppStore } from '../../store';
import { SetupPage } from '../setup';
import { UnitsPanel } from '../units';
import { exportStateLabel } from '../../exchange/export-assessment';
import { loadAssessmentLines } from './assessment-summary';
import { NewAssessmentForm } from './new-assessment-form';

const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

/** Đánh giá: first-run setup, then the units and the list of assessments with their figures. */
export function AssessmentsPage() {
  const openAssessment = useAppStore((s) => s.openAssessment);
  const ctx = useLiveQuery(async () => ({
    district: await getDistrict(db),
    role: await getMeta(db, 'role'),
    units: await listUnits(db),
  }));
  const lines = useLiveQuery(() => loadAssessmentLines(db));
  if (!ctx) return <p className="loading">Đang tải…</p>;
  if (!ctx.district || !ctx.role) return <SetupPage />;
  // A commune machine assesses its commune; a district also itself; a province only receives (no self-assessment).
  const ownUnits =
    ctx.role.kind === 'commune'
      ? ctx.units.filter((u) => u.code === (ctx.role as { communeCode: string }).communeCode)
      : ctx.units.filter((u) => u.type !== 'province');

  return (
    <div className="assessments-page">
      <section className="card" aria-labelledby="list-title">
        <h2 id="list-title">Các bản đánh giá</h2>
        {lines && lines.length === 0 && <p className="muted">Chưa có bản đánh giá nào. Chọn đơn vị và năm để mở.</p>}
        {lines && lines.length > 0 && (
          <table className="assessment-table" data-testid="assessment-table">
            <thead>
              <tr>
                <th>Đơn vị</th>
                <th>Kỳ</th>
                <th>Đã nhập</th>
                <th>Hoàn thành và cơ bản hoàn thành</th>
                <th>Điểm</th>
                <th>Thay đổi lần cuối</th>
                <th>Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {lines.map(({ assessment: a, unit, aggregate: g }) => (
                <tr key={a.id} data-testid={`assessment-${a.unitCode}-${a.periodKey}`}>
                  <td>
                    <button type="button" className="link" onClick={() => openAssessment(a.id)}>
                      {unit?.name ?? a.unitCode}
                    </button>
                  </td>
                  <td>{periodLabel(a.period)}</td>
                  <td>{g ? `${g.entered}/${g.total}` : '—'}</td>
                  <td className="ratio-cell">{g ? `${g.completed}/${g.total}` : '—'}</td>
                  <td>{g ? formatPoints(g.points) : '—'}</td>
                  <td>{dateTime.format(a.updatedAt)}</td>
                  <td data-testid="export-state" className={exportStateLabel(a).stale ? 'stale' : undefined}>
                    {exportStateLabel(a).label}
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
