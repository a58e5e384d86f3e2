import { formatPoints } from '@shared/scoring/format';
import { usePeriodText } from '../../components/period-text';
import { Vi, withNodes } from '../../components/with-nodes';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { CommuneFigures } from './commune-figures';
import { filterVerification, VERIFY_FILTERS } from './commune-filters';
import { CommuneRemarksButton } from './commune-remarks-button';
import { useCommuneVerification } from './commune-verification';
import { VerifyDesk } from './verify-desk';
import './commune-page.css';
import { Field } from '../../components/field';

/** Thẩm tra of one commune: the progress and figures, the filters, and the dense verification desk. */
export function VerifyCommunePage({ assessmentId }: { assessmentId: string }) {
  const view = useCommuneVerification(assessmentId);
  const filter = useAppStore((s) => s.verifyFilter);
  const setFilter = useAppStore((s) => s.setVerifyFilter);
  const verifier = useAppStore((s) => s.verifierName);
  const setVerifier = useAppStore((s) => s.setVerifierName);
  const close = useAppStore((s) => s.openVerification);
  const t = useT();
  const periodText = usePeriodText();

  if (view === undefined) return <p className="loading">{t('verify.opening')}</p>;
  if (view === null) {
    return (
      <div role="alert">
        <p>{t('verify.notFound')}</p>
        <button type="button" onClick={() => close(null)}>
          {t('verify.back')}
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
          {t('verify.back')}
        </button>
        <div className="verify-title">
          <h2 data-testid="verify-title">
            {withNodes(t('verify.title', { period: periodText(a.period) }), {
              unit: <Vi>{view.unit?.name ?? a.unitCode}</Vi>,
            })}
          </h2>
          <p className="framework-note">
            {withNodes(t('verify.received', { revision: a.imported?.revision ?? a.revision, version: fw.version }), {
              framework: <Vi>{fw.title}</Vi>,
            })}
          </p>
        </div>
        <Field label={t('verify.verifier')} className="verifier">
          <input
            type="text"
            name="verifier"
            lang="vi"
            value={verifier}
            placeholder={t('verify.verifierHint')}
            onChange={(e) => setVerifier(e.target.value)}
          />
        </Field>
        <CommuneRemarksButton assessmentId={assessmentId} count={remarksCount} />
      </header>
      <section className="verify-summary">
        <p data-testid="verify-progress">
          <strong>{t('verify.progress.done', { verified: p.verified, total: p.total })}</strong>{' '}
          {t('verify.progress.rest', {
            agreed: p.agreed,
            adjusted: p.adjusted,
            requested: p.requested,
            stale: p.stale,
            pending: p.pending,
          })}
        </p>
        <p>
          <CommuneFigures d={figures.unit} testId="unit-figures" /> ·{' '}
          <span className="muted" data-testid="unit-index">
            {t('verify.index', {
              self: formatPoints(figures.unit.selfIndex),
              verified: formatPoints(figures.unit.verifiedIndex),
            })}
          </span>
        </p>
        {changed.length > 0 && (
          <p className="stale-note" role="note" data-testid="changed-summary">
            {t('verify.changed', { n: changed.length, codes: changed.map((c) => c.code).join(', ') })}
          </p>
        )}
      </section>
      <div className="filter-bar" role="group" aria-label={t('verify.filters')}>
        {VERIFY_FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            className={filter === f ? 'chip active' : 'chip'}
            data-testid={`verify-filter-${f}`}
            onClick={() => setFilter(f)}
          >
            {t(`verify.filter.${f}`)} ({counts[f]})
          </button>
        ))}
      </div>
      <VerifyDesk view={view} shown={shown} assessmentId={assessmentId} verifier={verifier} />
    </div>
  );
}
