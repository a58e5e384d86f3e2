import type { FigureDiff } from '@shared/verify';
import { formatPoints } from '@shared/scoring/format';
import { useT } from '../../i18n';

const signed = (n: number) => (n > 0 ? `+${formatPoints(n)}` : n < 0 ? `−${formatPoints(-n)}` : '0');
const signedInt = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/**
 * Self vs verified figures of a group or the unit (shared/verify verificationFigures). The difference is shown
 * only over the indicators that have a verdict: an indicator not yet verified is "chưa thẩm tra", not a loss.
 */
export function CommuneFigures({ d, testId, compact }: { d: FigureDiff; testId: string; compact?: boolean }) {
  const t = useT();
  const diff =
    d.decided === 0 ? (
      <span data-part="diff" className="diff">
        {compact ? t('verify.fig.noneShort') : t('verify.fig.none')}
        <b hidden data-testid={`${testId}-diff`}>
          0
        </b>
      </span>
    ) : (
      <span
        data-part="diff"
        className={d.decidedPointsDiff !== 0 ? 'diff nonzero' : 'diff'}
        title={t('verify.fig.diffTitle', { decided: d.decided, total: d.total })}
      >
        {compact ? t('verify.fig.diffShort') : t('verify.fig.diff', { decided: d.decided, total: d.total })}:{' '}
        <b data-testid={`${testId}-diff`}>{signed(d.decidedPointsDiff)}</b> {t('verify.fig.points')}
        {compact ? '' : t('verify.fig.completedDiff', { n: signedInt(d.decidedCompletedDiff) })}
      </span>
    );
  return (
    <span className={compact ? 'verify-figures compact' : 'verify-figures'} data-testid={testId}>
      <span data-part="self" title={t('verify.fig.self')}>
        {compact ? t('verify.fig.selfShort') : t('verify.fig.selfFull')}{' '}
        <b data-testid={`${testId}-self`}>{formatPoints(d.selfPoints)}</b>
        {compact ? '' : t('verify.fig.detail', { completed: d.selfCompleted, total: d.total })}
      </span>
      {' · '}
      <span data-part="verified" title={t('verify.fig.verified')}>
        {compact ? t('verify.fig.verifiedShort') : t('verify.fig.verifiedFull')}{' '}
        <b data-testid={`${testId}-verified`}>{formatPoints(d.verifiedPoints)}</b>
        {compact ? '' : t('verify.fig.detail', { completed: d.verifiedCompleted, total: d.total })}
      </span>
      {' · '}
      {diff}
    </span>
  );
}
