import { memo, useMemo, useState } from 'react';
import { checkEvidenceDate } from '@shared/entry/dates';
import { parseRaw, type RawField, type RawValue } from '@shared/entry/raw';
import type { Evidence, Period } from '@shared/entry/types';
import type { Indicator, Thresholds } from '@shared/framework/types';
import { formatPoints, formatPointsShort } from '@shared/scoring/format';
import { scoreIndicator } from '@shared/scoring/score-indicator';
import { statusLabel } from '@shared/scoring/status';
import type { EntryRow, ReceivedRemark } from '../../db/types';
import type { EntryField } from '../../db/repositories/entries';
import { RemarkNote } from './remarks-note';
import { ValueInput } from './value-input';

interface Props {
  ind: Indicator;
  entry: EntryRow | undefined;
  thresholds: Thresholds;
  period: Period;
  onSave: (code: string, field: EntryField, value: string) => void;
  onHistory: (code: string) => void;
  /** The district's remark on this indicator (return for correction), if any. */
  remark?: ReceivedRemark | undefined;
}

const EVIDENCE_LABELS: Record<keyof Evidence, string> = {
  docNumber: 'Số hiệu văn bản',
  docDate: 'Ngày văn bản',
  summary: 'Trích yếu',
  link: 'Đường dẫn',
};

/**
 * One indicator of the form. It keeps what is typed in its own state (so typing repaints only this row) and
 * hands every edit to the save queue; figures shown here follow the typed text at once.
 */
export const IndicatorRow = memo(IndicatorRowView, sameRowProps);

/**
 * `entry` only seeds the row's own state on mount, so a save (which re-reads every entry) must not re-render
 * the other 71 rows: compare everything but the entry.
 */
function sameRowProps(a: Props, b: Props): boolean {
  return (
    a.ind === b.ind &&
    a.thresholds === b.thresholds &&
    a.period.year === b.period.year &&
    a.period.kind === b.period.kind &&
    a.onSave === b.onSave &&
    a.onHistory === b.onHistory &&
    // By content: the assessment row (and so the remark object) is re-read on every save.
    a.remark?.remark === b.remark?.remark &&
    a.remark?.verdict === b.remark?.verdict &&
    a.remark?.verifiedValue === b.remark?.verifiedValue
  );
}

function IndicatorRowView({ ind, entry, thresholds, period, onSave, onHistory, remark }: Props) {
  const [raw, setRaw] = useState<RawValue>(() => ({ ...(entry?.raw ?? {}) }));
  const [evidence, setEvidence] = useState<Evidence>(
    () => entry?.evidence ?? { docNumber: '', docDate: '', summary: '', link: '' },
  );
  const [note, setNote] = useState(entry?.note ?? '');

  const parsed = useMemo(() => parseRaw(ind, raw), [ind, raw]);
  const score = useMemo(() => scoreIndicator(ind, parsed.value, thresholds), [ind, parsed.value, thresholds]);
  const dateError = checkEvidenceDate(evidence.docDate, period);

  const setRawField = (field: RawField, value: string) => {
    setRaw((r) => ({ ...r, [field]: value }));
    onSave(ind.code, { kind: 'raw', name: field }, value);
  };
  const setEvidenceField = (field: keyof Evidence, value: string) => {
    setEvidence((e) => ({ ...e, [field]: value }));
    onSave(ind.code, { kind: 'evidence', name: field }, value);
  };

  const state = (parsed.touched && !parsed.value) || score.state === 'invalid' ? 'invalid' : score.status;
  return (
    <article className="indicator" id={`ind-${ind.code}`} data-code={ind.code} data-status={state}>
      <header className="indicator-head">
        <span className="code">{ind.code}</span>
        <h4 className="name">{ind.name}</h4>
        <span className="unit" title="Đơn vị tính">
          {ind.unit}
        </span>
        <span className="max" title="Điểm tối đa">
          tối đa {formatPointsShort(ind.maxPoints)}
        </span>
      </header>
      {remark && <RemarkNote remark={remark} code={ind.code} />}
      <div className="indicator-body">
        <ValueInput ind={ind} raw={raw} errors={parsed.errors} onChange={setRawField} />
        <div className="result">
          <span className="points" data-testid={`points-${ind.code}`}>
            {parsed.value ? formatPoints(score.points) : '—'}
          </span>
          <span
            className={`status status-${score.state === 'invalid' ? 'review' : score.status}`}
            data-testid={`status-${ind.code}`}
          >
            {statusLabel(score)}
          </span>
        </div>
      </div>
      {score.warnings.length > 0 && parsed.value && (
        <ul className="warnings">
          {score.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <details className="how">
        <summary>Cách tính điểm</summary>
        <p className="method">{ind.method}</p>
        <p className="explanation" data-testid={`how-${ind.code}`}>
          {score.explanation}
        </p>
        {ind.evidence && <p className="expected">Tài liệu kiểm chứng cần có: {ind.evidence}</p>}
      </details>
      <fieldset className="evidence">
        <legend>Tài liệu kiểm chứng</legend>
        {(Object.keys(EVIDENCE_LABELS) as (keyof Evidence)[]).map((f) => {
          const err = f === 'docDate' ? dateError : null;
          return (
            <label key={f} className={err ? `field ev-${f} has-error` : `field ev-${f}`}>
              <span className="field-label">{EVIDENCE_LABELS[f]}</span>
              <input
                data-nav=""
                type="text"
                name={`${ind.code}-${f}`}
                placeholder={f === 'docDate' ? 'ngày/tháng/năm' : undefined}
                value={evidence[f]}
                aria-invalid={err ? true : undefined}
                onChange={(e) => setEvidenceField(f, e.target.value)}
              />
              {err && <span className="field-error">{err}</span>}
            </label>
          );
        })}
      </fieldset>
      <label className="field note">
        <span className="field-label">Giải trình</span>
        <textarea
          data-nav=""
          name={`${ind.code}-note`}
          rows={1}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            onSave(ind.code, { kind: 'note' }, e.target.value);
          }}
        />
      </label>
      <footer className="indicator-foot">
        <button type="button" className="link" onClick={() => onHistory(ind.code)}>
          Lịch sử thay đổi
        </button>
      </footer>
    </article>
  );
}
