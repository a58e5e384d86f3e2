import { useState } from 'react';
import { periodLabel } from '@shared/entry/types';
import { formatPoints } from '@shared/scoring/format';
import { db } from '../../db/db';
import { agreeGroupVerdicts } from '../../db/repositories/verdicts';
import { useAppStore } from '../../store';
import { focusIndicator, handleFormKeys } from '../../components/keyboard';
import { CommuneFigures } from './commune-figures';
import { filterVerification, VERIFY_FILTER_LABELS } from './commune-filters';
import { CommuneRemarksButton } from './commune-remarks-button';
import { useCommuneVerification } from './commune-verification';
import { CommuneVerdictRow } from './commune-verdict-row';

const SKIP_LABELS = {
  decided: 'đã có kết luận',
  stale: 'xã đã sửa, cần xem lại',
  'invalid-self': 'số liệu của xã không hợp lệ',
} as const;

/** Thẩm tra of one commune: its statement per indicator beside the verifier's verdicts, figures self vs verified. */
export function VerifyCommunePage({ assessmentId }: { assessmentId: string }) {
  const view = useCommuneVerification(assessmentId);
  const filter = useAppStore((s) => s.verifyFilter);
  const setFilter = useAppStore((s) => s.setVerifyFilter);
  const verifier = useAppStore((s) => s.verifierName);
  const setVerifier = useAppStore((s) => s.setVerifierName);
  const close = useAppStore((s) => s.openVerification);
  const [groupMessage, setGroupMessage] = useState<string | null>(null);

  if (view === undefined) return <p className="loading">Đang mở bản của xã…</p>;
  if (view === null) {
    return (
      <div role="alert">
        <p>Không tìm thấy bản của xã này hoặc bộ chỉ số của nó trên máy.</p>
        <button type="button" onClick={() => close(null)}>
          ← Các xã
        </button>
      </div>
    );
  }
  const { framework: fw, assessment: a, figures, layers, changed } = view;
  const changedCodes = new Set(changed.map((c) => c.code));
  const { shown, counts } = filterVerification(fw, layers, changedCodes, filter);
  const visible = new Set(shown.map((i) => i.code));
  const p = figures.progress;
  const remarksCount = p.requested + p.adjusted;

  const agreeAll = async (groupCode: number) => {
    const r = await agreeGroupVerdicts(db, assessmentId, groupCode, { verifier });
    const skipped = r.skipped.map((s) => `${s.code} (${SKIP_LABELS[s.reason]})`).join(', ');
    setGroupMessage(
      `Nhóm ${groupCode}: đồng ý ${r.agreed.length} chỉ số.${skipped ? ` Bỏ qua ${r.skipped.length}: ${skipped}.` : ''}`,
    );
  };
  const nextAfter = (code: string) => {
    const i = shown.findIndex((ind) => ind.code === code);
    const next = shown[i + 1];
    if (next) focusIndicator(next.code);
  };
  const nextUndecided = () => {
    const next =
      fw.indicators.find((ind) => visible.has(ind.code) && !layers.get(ind.code)?.verdict) ??
      fw.indicators.find((ind) => layers.get(ind.code)?.stale);
    if (next) focusIndicator(next.code);
  };

  return (
    <div
      className="entry-page verify-commune"
      data-testid="verify-commune"
      onKeyDown={(e) => handleFormKeys(e, nextUndecided)}
    >
      <header className="entry-head">
        <button type="button" className="back" onClick={() => close(null)}>
          ← Các xã
        </button>
        <div>
          <h2 data-testid="verify-title">
            Thẩm tra: {view.unit?.name ?? a.unitCode} — {periodLabel(a.period)}
          </h2>
          <p className="framework-note">
            Bản đã nhận: lần xuất {a.imported?.revision ?? a.revision} · {fw.title} (phiên bản {fw.version})
          </p>
        </div>
        <div className="entry-actions">
          <label className="field">
            <span className="field-label">Người thẩm tra</span>
            <input
              type="text"
              name="verifier"
              value={verifier}
              placeholder="Họ và tên"
              onChange={(e) => setVerifier(e.target.value)}
            />
          </label>
          <CommuneRemarksButton assessmentId={assessmentId} count={remarksCount} />
        </div>
      </header>
      <section className="card verify-summary">
        <p data-testid="verify-progress">
          Đã thẩm tra {p.verified}/{p.total} (đồng ý {p.agreed}, điều chỉnh {p.adjusted}) · yêu cầu bổ sung{' '}
          {p.requested} · cần kết luận lại {p.stale} · chưa thẩm tra {p.pending}
        </p>
        <p>
          <CommuneFigures d={figures.unit} testId="unit-figures" />
        </p>
        <p className="muted" data-testid="unit-index">
          Chỉ số chuyển đổi số: tự đánh giá {formatPoints(figures.unit.selfIndex)} · thẩm tra{' '}
          {formatPoints(figures.unit.verifiedIndex)}
        </p>
        {changed.length > 0 && (
          <p className="stale-note" role="note" data-testid="changed-summary">
            Xã đã sửa {changed.length} chỉ số sau lần thẩm tra: {changed.map((c) => c.code).join(', ')} — cần kết luận
            lại.
          </p>
        )}
      </section>
      <div className="filter-bar" role="group" aria-label="Lọc chỉ số">
        {VERIFY_FILTER_LABELS.map(([f, label]) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            className={filter === f ? 'chip active' : 'chip'}
            data-testid={`verify-filter-${f}`}
            onClick={() => setFilter(f)}
          >
            {label} ({counts[f]})
          </button>
        ))}
      </div>
      {groupMessage && (
        <p className="form-ok" role="status" data-testid="group-message">
          {groupMessage}
        </p>
      )}
      {figures.groups.map((g) => (
        <section
          key={g.groupCode}
          className="group"
          hidden={!fw.indicators.some((i) => i.groupCode === g.groupCode && visible.has(i.code))}
        >
          <h3 className="group-title">
            {g.groupCode}. {g.name}{' '}
            <button type="button" data-testid={`agree-group-${g.groupCode}`} onClick={() => void agreeAll(g.groupCode)}>
              Đồng ý cả nhóm
            </button>
          </h3>
          <p className="group-figures">
            <CommuneFigures d={g} testId={`group-figures-${g.groupCode}`} />
          </p>
          {fw.indicators
            .filter((i) => i.groupCode === g.groupCode)
            .map((ind) => {
              const layer = layers.get(ind.code);
              return (
                <div key={`${ind.code}:${layer?.at ?? 0}:${layer?.stale?.at ?? 0}`} hidden={!visible.has(ind.code)}>
                  <CommuneVerdictRow
                    ind={ind}
                    entry={view.entries.get(ind.code)}
                    thresholds={fw.thresholds}
                    assessmentId={assessmentId}
                    verifier={verifier}
                    onSaved={nextAfter}
                  />
                </div>
              );
            })}
        </section>
      ))}
    </div>
  );
}
