import type { FigureDiff } from '@shared/verify';
import { formatPoints } from '@shared/scoring/format';

const signed = (n: number) => (n > 0 ? `+${formatPoints(n)}` : n < 0 ? `−${formatPoints(-n)}` : '0');
const signedInt = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/**
 * Self vs verified figures of a group or the unit (shared/verify verificationFigures). The difference is shown
 * only over the indicators that have a verdict: an indicator not yet verified is "chưa thẩm tra", not a loss.
 */
export function CommuneFigures({ d, testId, compact }: { d: FigureDiff; testId: string; compact?: boolean }) {
  const diff =
    d.decided === 0 ? (
      <span data-part="diff" className="diff">
        {compact ? 'chưa thẩm tra' : 'Chênh lệch: chưa có (chưa kết luận chỉ số nào)'}
        <b hidden data-testid={`${testId}-diff`}>
          0
        </b>
      </span>
    ) : (
      <span
        data-part="diff"
        className={d.decidedPointsDiff !== 0 ? 'diff nonzero' : 'diff'}
        title={`Chênh lệch trên ${d.decided}/${d.total} chỉ số đã có kết luận`}
      >
        {compact ? 'CL' : `Chênh lệch (${d.decided}/${d.total} chỉ số đã kết luận)`}:{' '}
        <b data-testid={`${testId}-diff`}>{signed(d.decidedPointsDiff)}</b> điểm
        {compact ? '' : `, ${signedInt(d.decidedCompletedDiff)} chỉ số hoàn thành`}
      </span>
    );
  return (
    <span className={compact ? 'verify-figures compact' : 'verify-figures'} data-testid={testId}>
      <span data-part="self" title="Tự đánh giá">
        {compact ? 'TĐG' : 'Tự đánh giá:'} <b data-testid={`${testId}-self`}>{formatPoints(d.selfPoints)}</b>
        {compact ? '' : ` điểm, ${d.selfCompleted}/${d.total} hoàn thành`}
      </span>
      {' · '}
      <span data-part="verified" title="Thẩm tra">
        {compact ? 'TT' : 'Thẩm tra:'} <b data-testid={`${testId}-verified`}>{formatPoints(d.verifiedPoints)}</b>
        {compact ? '' : ` điểm, ${d.verifiedCompleted}/${d.total} hoàn thành`}
      </span>
      {' · '}
      {diff}
    </span>
  );
}
