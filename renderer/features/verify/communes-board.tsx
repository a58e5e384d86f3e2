import { useLiveQuery } from 'dexie-react-hooks';
import { periodLabel, type Period } from '@shared/entry/types';
import { formatPoints } from '@shared/scoring/format';
import { db } from '../../db/db';
import { loadCommuneLines } from './commune-lines';

const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

/** The district's communes with the file received from each for the period: revision, time, ratio, points. */
export function CommunesBoard({ districtCode, period }: { districtCode: string; period: Period }) {
  const lines = useLiveQuery(() => loadCommuneLines(db, districtCode, period), [districtCode, period.year, period.kind]);
  const received = lines?.filter((l) => l.assessment).length ?? 0;
  return (
    <section className="card" aria-labelledby="communes-title">
      <h2 id="communes-title">Các xã — {periodLabel(period)}</h2>
      {!lines && <p className="loading">Đang tải…</p>}
      {lines && lines.length === 0 && <p className="muted">Chưa có xã nào. Thêm các xã ở trang Đánh giá (Danh sách đơn vị).</p>}
      {lines && lines.length > 0 && (
        <>
          <p className="muted" data-testid="communes-received">
            Đã nhận tệp của {received}/{lines.length} xã.
          </p>
          <table className="assessment-table" data-testid="communes-table">
            <thead>
              <tr>
                <th>Xã</th>
                <th>Mã</th>
                <th>Bản đã nhận</th>
                <th>Nhập lúc</th>
                <th>Đã nhập</th>
                <th>Hoàn thành và cơ bản hoàn thành</th>
                <th>Điểm</th>
              </tr>
            </thead>
            <tbody>
              {lines.map(({ unit, assessment: a, aggregate: g }) => (
                <tr key={unit.code} data-testid={`commune-${unit.code}`}>
                  <td>{unit.name}</td>
                  <td>{unit.code}</td>
                  <td data-testid="revision">{a?.imported ? `r${a.imported.revision}` : 'Chưa nhận'}</td>
                  <td data-testid="imported-at">{a?.imported ? dateTime.format(a.imported.importedAt) : '—'}</td>
                  <td data-testid="entered">{g ? `${g.entered}/${g.total}` : '—'}</td>
                  <td data-testid="completed">{g ? `${g.completed}/${g.total}` : '—'}</td>
                  <td data-testid="points">{g ? formatPoints(g.points) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
