import { storageErrorMessage } from '@shared/storage/full';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { periodLabel } from '@shared/entry/types';
import { slugVi } from '@shared/exchange/file-name';
import { db } from '../../db/db';
import { FormPrintView } from '../../components/print/form-print-view';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import { SendCard } from '../handoff';
import { PeriodPicker } from '../../components/period-picker';
import { GroupBarChart } from './group-bar-chart';
import { HeatMap } from './heat-map';
import { loadSummary } from './load-summary';
import { groupBars, heatGroups, heatRows, reportOfLines, SELF_MARK } from './summary-data';
import './summary.css';

/**
 * Tổng hợp: the hand-off to the province, then the dashboard — one unit's groups (self beside verified) and the
 * communes × groups heat map. Charts are plain SVG/HTML (no chart library), so they print as they look. On a
 * commune's machine there is no hand-off nor heat map: the chart shows the commune's own form, and "In / Lưu PDF"
 * prints that form (Biểu mẫu 01, the same print view as on the form).
 */
export function SummaryPage() {
  const period = useAppStore((s) => s.receivingPeriod);
  const data = useLiveQuery(() => loadSummary(db, period), [period.year, period.kind]);
  const [picked, setPicked] = useState<string>('');
  const [note, setNote] = useState('');
  const [printForm, setPrintForm] = useState<string | null>(null);

  if (!data) return <p className="loading">Đang tải…</p>;
  if (!data.district)
    return <p className="placeholder">Máy này chưa thiết lập đơn vị. Vào trang Đánh giá để thiết lập lần đầu.</p>;
  const unit = data.units.find((u) => u.code === picked) ?? data.units[0];
  const report = reportOfLines(data.lines);
  const rows = heatRows(report);
  const selfRows = rows.filter((r) => r.basis === 'self').length;

  const print = async () => {
    if (data.commune) {
      if (unit) return setPrintForm(unit.assessmentId);
      return setNote(
        `Chưa có bản đánh giá của ${data.commune.name} trong kỳ này. Mở trang Đánh giá, nhập biểu mẫu rồi bấm “In / Lưu PDF” trên biểu mẫu.`,
      );
    }
    try {
      const r = await platform.printToPdf(`DTI_${period.year}_${slugVi(data.district?.name ?? 'huyen')}_tong-hop.pdf`);
      setNote(r.kind === 'pdf' && r.saved ? `Đã lưu bản PDF tại ${r.path}.` : '');
    } catch (e) {
      setNote(`Không in được: ${storageErrorMessage(e)}`);
    }
  };

  return (
    <div className="summary-page" data-testid="summary-page">
      <div className="no-print">
        <PeriodPicker />
      </div>
      {!data.commune && <SendCard period={period} report={report} />}
      <section className="card" aria-labelledby="chart-title">
        <div className="summary-head">
          <h2 id="chart-title">
            Kết quả theo nhóm{unit ? ` — ${unit.name}` : ''} — {periodLabel(period)}
          </h2>
          <div className="no-print">
            <label className="field">
              <span className="field-label">Đơn vị</span>
              <select name="summary-unit" value={unit?.code ?? ''} onChange={(e) => setPicked(e.target.value)}>
                {data.units.map((u) => (
                  <option key={u.code} value={u.code}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button type="button" onClick={() => void print()}>
              In / Lưu PDF
            </button>
            {note && <span role="status"> {note}</span>}
          </div>
        </div>
        {unit ? (
          <GroupBarChart
            groups={groupBars(unit.framework, unit.figures, unit.layers)}
            title={`${unit.name}: điểm tự đánh giá và điểm thẩm tra theo nhóm`}
          />
        ) : (
          <p className="muted">
            {data.commune
              ? `Chưa có bản đánh giá của ${data.commune.name} trong kỳ này.`
              : 'Chưa có đơn vị nào có kết quả trong kỳ này.'}
          </p>
        )}
      </section>
      {printForm && <FormPrintView assessmentId={printForm} onClose={() => setPrintForm(null)} />}
      {!data.commune && (
        <section className="card" aria-labelledby="heat-title">
          <h2 id="heat-title">Mức hoàn thành theo nhóm của các xã</h2>
          {rows.length === 0 ? (
            <p className="muted">Chưa nhận tệp của xã nào trong kỳ này.</p>
          ) : (
            <>
              <HeatMap
                groups={heatGroups(report)}
                rows={rows}
                title="Số chỉ số hoàn thành và cơ bản hoàn thành / số chỉ số của nhóm (kết quả thẩm tra)"
              />
              <p className="basis-note muted" data-testid="heat-basis">
                {selfRows === 0
                  ? 'Mọi xã đã nộp đều theo kết quả thẩm tra.'
                  : `${selfRows} xã chưa thẩm tra xong: hiển thị theo kết quả tự đánh giá, đánh dấu “${SELF_MARK.trim()}”.`}
                {report.counts.missing > 0 && ` ${report.counts.missing} xã chưa nộp.`}
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
