import { periodLabel } from '@shared/entry/types';
import { formatPoints } from '@shared/scoring/format';
import { useAppStore } from '../../store';
import { CommuneFigures } from './commune-figures';
import { filterVerification, VERIFY_FILTER_LABELS } from './commune-filters';
import { CommuneRemarksButton } from './commune-remarks-button';
import { useCommuneVerification } from './commune-verification';
import { VerifyDesk } from './verify-desk';
import './commune-page.css';

/** Thẩm tra of one commune: the progress and figures, the filters, and the dense verification desk. */
export function VerifyCommunePage({ assessmentId }: { assessmentId: string }) {
  const view = useCommuneVerification(assessmentId);
  const filter = useAppStore((s) => s.verifyFilter);
  const setFilter = useAppStore((s) => s.setVerifyFilter);
  const verifier = useAppStore((s) => s.verifierName);
  const setVerifier = useAppStore((s) => s.setVerifierName);
  const close = useAppStore((s) => s.openVerification);

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
  const p = figures.progress;
  const remarksCount = p.requested + p.adjusted;

  return (
    <div className="verify-commune" data-testid="verify-commune">
      <header className="verify-head">
        <button type="button" className="back" onClick={() => close(null)}>
          ← Các xã
        </button>
        <div className="verify-title">
          <h2 data-testid="verify-title">
            Thẩm tra: {view.unit?.name ?? a.unitCode} — {periodLabel(a.period)}
          </h2>
          <p className="framework-note">
            Bản đã nhận: lần xuất {a.imported?.revision ?? a.revision} · {fw.title} (phiên bản {fw.version})
          </p>
        </div>
        <label className="field verifier">
          <span className="field-label">Người thẩm tra</span>
          <input
            type="text"
            name="verifier"
            value={verifier}
            placeholder="VD: Nguyễn Văn An"
            onChange={(e) => setVerifier(e.target.value)}
          />
        </label>
        <CommuneRemarksButton assessmentId={assessmentId} count={remarksCount} />
      </header>
      <section className="verify-summary">
        <p data-testid="verify-progress">
          <strong>
            Đã thẩm tra {p.verified}/{p.total}
          </strong>{' '}
          (đồng ý {p.agreed}, điều chỉnh {p.adjusted}) · yêu cầu bổ sung {p.requested} · cần kết luận lại {p.stale} ·
          chưa thẩm tra {p.pending}
        </p>
        <p>
          <CommuneFigures d={figures.unit} testId="unit-figures" /> ·{' '}
          <span className="muted" data-testid="unit-index">
            chỉ số CĐS: tự đánh giá {formatPoints(figures.unit.selfIndex)}, thẩm tra{' '}
            {formatPoints(figures.unit.verifiedIndex)}
          </span>
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
      <VerifyDesk view={view} shown={shown} assessmentId={assessmentId} verifier={verifier} />
    </div>
  );
}
