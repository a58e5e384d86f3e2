import { storageErrorMessage } from '@shared/storage/full';
import { useState, type KeyboardEvent } from 'react';
import { NOTE_LABEL } from '@shared/entry/field-labels';
import { parseRaw, type RawField, type RawValue } from '@shared/entry/raw';
import { displayEvidence, displayValue } from '@shared/exchange/form-layout';
import type { Indicator, Thresholds } from '@shared/framework/types';
import { formatPoints } from '@shared/scoring/format';
import { scoreIndicator } from '@shared/scoring/score-indicator';
import { statusLabel } from '@shared/scoring/status';
import type { VerdictField } from '@shared/verify';
import { currentVerdict, VERDICT_LABELS_VI, VERDICTS, type Verdict } from '@shared/verify/types';
import { db } from '../../db/db';
import { saveVerdict } from '../../db/repositories/verdicts';
import type { EntryRow } from '../../db/types';
import { ValueInput } from '../../components/value-input';
import './commune-page.css';

interface Props {
  ind: Indicator;
  entry: EntryRow | undefined;
  thresholds: Thresholds;
  assessmentId: string;
  verifier: string;
  /** Called after a verdict was saved (to move on to the next indicator). */
  onSaved: (code: string) => void;
}

const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

function Figures({
  ind,
  raw,
  thresholds,
  testId,
}: {
  ind: Indicator;
  raw: RawValue | null;
  thresholds: Thresholds;
  testId: string;
}) {
  const value = raw ? parseRaw(ind, raw).value : null;
  const s = scoreIndicator(ind, value, thresholds);
  return (
    <span className="result" data-testid={testId}>
      <span className="points">{value ? formatPoints(s.points) : '—'}</span>{' '}
      <span className={`status status-${s.status}`}>{statusLabel(s)}</span>
    </span>
  );
}

/**
 * One indicator at verification: the commune's statement (value, points, status, evidence, giải trình) beside
 * the verifier's decision. The decision is a draft in the row until "Lưu kết luận" (or Ctrl+Enter) saves it
 * through `saveVerdict`; errors come back per field and nothing is saved. The page keys rows by their stored
 * layer, so a saved or carried verdict re-seeds the draft.
 */
export function CommuneVerdictRow({ ind, entry, thresholds, assessmentId, verifier, onSaved }: Props) {
  const layer = entry?.verified;
  const selfRaw = entry?.raw ?? {};
  const [verdict, setVerdict] = useState<Verdict | ''>(layer && !layer.stale ? layer.verdict : '');
  const [raw, setRaw] = useState<RawValue>(() => ({ ...(layer?.verdict === 'adjust' ? layer.raw : selfRaw) }));
  const [remark, setRemark] = useState(layer?.remark ?? '');
  const [errors, setErrors] = useState<Partial<Record<VerdictField, string>>>({});
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (verdict === '') return setErrors({ verdict: 'Chọn Đồng ý, Điều chỉnh hoặc Yêu cầu bổ sung.' });
    setBusy(true);
    try {
      const r = await saveVerdict(db, assessmentId, ind.code, { verdict, raw, remark, at: Date.now(), verifier });
      if (!r.ok) return setErrors(r.errors);
      setErrors({});
      onSaved(ind.code);
    } catch (e) {
      setErrors({ verdict: `Chưa lưu được: ${storageErrorMessage(e)}` });
    } finally {
      setBusy(false);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      void save();
    }
  };
  const rawErrors = Object.fromEntries(
    Object.entries(errors).filter(([k]) => k !== 'verdict' && k !== 'remark' && k !== 'self'),
  ) as Partial<Record<RawField, string>>;
  const verifiedRaw = verdict === 'agree' ? selfRaw : verdict === 'adjust' ? raw : null;
  const state = layer?.stale ? 'stale' : (currentVerdict(layer) ?? 'none');
  const evidence = entry ? displayEvidence(entry.evidence) : '';

  return (
    <article
      className="indicator verdict-row"
      id={`ind-${ind.code}`}
      data-code={ind.code}
      data-verdict={state}
      onKeyDown={onKey}
    >
      <header className="indicator-head">
        <span className="code">{ind.code}</span>
        <h4 className="name">{ind.name}</h4>
        <span className="unit">{ind.unit}</span>
        <span className="verdict-state" data-testid={`verdict-state-${ind.code}`}>
          {layer?.stale
            ? 'Cần kết luận lại'
            : layer
              ? `${VERDICT_LABELS_VI[layer.verdict]}${layer.verifier ? ` · ${layer.verifier}` : ''} · ${dateTime.format(layer.at)}`
              : 'Chưa thẩm tra'}
        </span>
      </header>
      {layer?.stale && (
        <div className="stale-note" role="note" data-testid={`stale-${ind.code}`}>
          <strong>
            Xã đã sửa sau lần thẩm tra (lần xuất {layer.basis.revision} → {layer.stale.revision}):
          </strong>{' '}
          {layer.stale.changes.map((c) => `${c.label}: "${c.old}" → "${c.new}"`).join('; ')}. Kết luận trước:{' '}
          {VERDICT_LABELS_VI[layer.verdict]}
          {layer.remark ? ` — ${layer.remark.replace(/[.。]+$/, '')}` : ''}.
        </div>
      )}
      <div className="verdict-grid">
        <section className="self-side" aria-label="Số liệu xã tự đánh giá">
          <p className="side-title">Xã tự đánh giá</p>
          <p className="self-value" data-testid={`self-value-${ind.code}`}>
            {displayValue(ind, selfRaw) || '(chưa nhập)'}
          </p>
          <Figures ind={ind} raw={selfRaw} thresholds={thresholds} testId={`self-result-${ind.code}`} />
          {errors.self && <p className="field-error">{errors.self}</p>}
          {evidence && <p className="self-evidence">{evidence}</p>}
          {entry?.note && (
            <p className="self-note">
              {NOTE_LABEL}: {entry.note}
            </p>
          )}
        </section>
        <section className="verify-side" aria-label="Kết luận thẩm tra">
          <label className={errors.verdict ? 'field has-error' : 'field'}>
            <span className="field-label">Kết luận</span>
            <select
              data-nav=""
              name={`${ind.code}-verdict`}
              value={verdict}
              onChange={(e) => {
                setVerdict(e.target.value as Verdict | '');
                setErrors({});
              }}
            >
              <option value="">— chưa kết luận —</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {VERDICT_LABELS_VI[v]}
                </option>
              ))}
            </select>
            {errors.verdict && <span className="field-error">{errors.verdict}</span>}
          </label>
          {verdict === 'adjust' && (
            <div className="verified-input" data-testid={`verified-input-${ind.code}`}>
              <ValueInput
                ind={{ ...ind, code: `verified-${ind.code}` }}
                raw={raw}
                errors={rawErrors}
                onChange={(f, v) => setRaw((r) => ({ ...r, [f]: v }))}
              />
            </div>
          )}
          {verdict === 'agree' && (
            <p className="self-value">Giá trị thẩm tra: {displayValue(ind, selfRaw) || '(không có)'}</p>
          )}
          <p className="verified-figures">
            Thẩm tra:{' '}
            <Figures ind={ind} raw={verifiedRaw} thresholds={thresholds} testId={`verified-result-${ind.code}`} />
          </p>
          <label className={errors.remark ? 'field has-error' : 'field'}>
            <span className="field-label">
              Nhận xét{verdict === 'adjust' || verdict === 'request' ? ' (bắt buộc)' : ''}
            </span>
            <input
              data-nav=""
              type="text"
              name={`${ind.code}-remark`}
              value={remark}
              aria-invalid={errors.remark ? true : undefined}
              onChange={(e) => setRemark(e.target.value)}
            />
            {errors.remark && <span className="field-error">{errors.remark}</span>}
          </label>
          <button type="button" className="primary" disabled={busy} onClick={() => void save()} title="Ctrl+Enter">
            Lưu kết luận
          </button>
        </section>
      </div>
    </article>
  );
}
