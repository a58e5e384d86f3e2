import { storageErrorMessage } from '@shared/storage/full';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { slugVi } from '@shared/exchange/file-name';
import { db } from '../../db/db';
import { FormPrintView } from '../../components/print/form-print-view';
import { platform } from '../../platform';
import { usePeriodText } from '../../components/period-text';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { SendCard } from '../handoff';
import { PeriodPicker } from '../../components/period-picker';
import { GroupBarChart } from './group-bar-chart';
import { HeatMap } from './heat-map';
import { loadSummary } from './load-summary';
import { groupBars, heatGroups, heatRows, reportOfLines } from './summary-data';
import './summary.css';
import { Field } from '../../components/field';

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
  const [note, setNote] = useState<ReactNode>('');
  const t = useT();
  const periodText = usePeriodText();
  const [printForm, setPrintForm] = useState<string | null>(null);

  if (!data) return <p className="loading">{t('summary.loading')}</p>;
  if (!data.district) return <p className="placeholder">{t('summary.noUnit')}</p>;
  const unit = data.units.find((u) => u.code === picked) ?? data.units[0];
  const report = reportOfLines(data.lines);
  const rows = heatRows(report).map((r) =>
    r.basis === 'self' ? { ...r, unitName: r.name, mark: t('summary.selfMark') } : r,
  );
  const unitName = (u: { name: string; districtOwn: boolean }) => (
    <>
      <Vi>{u.name}</Vi>
      {u.districtOwn ? t('summary.districtOwn') : ''}
    </>
  );
  const selfRows = rows.filter((r) => r.basis === 'self').length;

  const print = async () => {
    if (data.commune) {
      if (unit) return setPrintForm(unit.assessmentId);
      return setNote(withNodes(t('summary.noFormPrint'), { unit: <Vi>{data.commune.name}</Vi> }));
    }
    try {
      const r = await platform.printToPdf(`DTI_${period.year}_${slugVi(data.district?.name ?? 'huyen')}_tong-hop.pdf`);
      setNote(r.kind === 'pdf' && r.saved ? t('summary.pdfSaved', { path: r.path }) : '');
    } catch (e) {
      setNote(t('summary.printFailed', { reason: storageErrorMessage(e) }));
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
            {t('summary.chartTitle')}
            {unit && <> — {unitName(unit)}</>} — {periodText(period)}
          </h2>
          <div className="no-print">
            {/* No unit has results yet (a verifier before any file): no empty list, nothing to print. */}
            {data.units.length > 0 && (
              <Field label={t('summary.unit')}>
                <select name="summary-unit" value={unit?.code ?? ''} onChange={(e) => setPicked(e.target.value)}>
                  {data.units.map((u) => (
                    <option key={u.code} value={u.code} lang="vi">
                      {u.name}
                      {u.districtOwn ? t('summary.districtOwn') : ''}
                    </option>
                  ))}
                </select>
              </Field>
            )}{' '}
            <button type="button" disabled={!unit && !data.commune} onClick={() => void print()}>
              {t('summary.print')}
            </button>
            {note && <span role="status"> {note}</span>}
          </div>
        </div>
        {unit ? (
          <GroupBarChart
            groups={groupBars(unit.framework, unit.figures, unit.layers)}
            title={t('summary.chartAria', { unit: unit.name })}
            legend={{ self: t('summary.legend.self'), verified: t('summary.legend.verified') }}
          />
        ) : (
          <p className="muted">
            {data.commune
              ? withNodes(t('summary.noForm'), { unit: <Vi>{data.commune.name}</Vi> })
              : t('summary.noResult')}
          </p>
        )}
      </section>
      {printForm && <FormPrintView assessmentId={printForm} onClose={() => setPrintForm(null)} />}
      {!data.commune && (
        <section className="card" aria-labelledby="heat-title">
          <h2 id="heat-title">{t('summary.heatTitle')}</h2>
          {rows.length === 0 ? (
            <p className="muted">{t('summary.noFiles')}</p>
          ) : (
            <>
              <HeatMap
                groups={heatGroups(report)}
                rows={rows}
                title={t('summary.heatCaption')}
                unitLabel={t('summary.unit')}
              />
              <p className="basis-note muted" data-testid="heat-basis">
                {selfRows === 0
                  ? t('summary.basis.allVerified')
                  : t('summary.basis.someSelf', { n: selfRows, mark: t('summary.selfMark').trim() })}
                {report.counts.missing > 0 && t('summary.basis.missing', { n: report.counts.missing })}
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
