import type { FigureDiff } from '@shared/verify';
import { formatPoints } from '@shared/scoring/format';

const signed = (n: number) => (n > 0 ? `+${formatPoints(n)}` : n < 0 ? `−${formatPoints(-n)}` : '0');
const signedInt = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** Self vs verified figures of a group or the unit (shared/verify verificationFigures), with the difference. */
export function CommuneFigures({ d, testId }: { d: FigureDiff; testId: string }) {
  return (
    <span className="verify-figures" data-testid={testId}>
      <span data-part="self">
        Tự đánh giá: <b data-testid={`${testId}-self`}>{formatPoints(d.selfPoints)}</b> điểm, {d.selfCompleted}/
        {d.total} hoàn thành
      </span>
      {' · '}
      <span data-part="verified">
        Thẩm tra: <b data-testid={`${testId}-verified`}>{formatPoints(d.verifiedPoints)}</b> điểm, {d.verifiedCompleted}
        /{d.total} hoàn thành
      </span>
      {' · '}
      <span data-part="diff" className={d.pointsDiff !== 0 ? 'diff nonzero' : 'diff'}>
        Chênh lệch: <b data-testid={`${testId}-diff`}>{signed(d.pointsDiff)}</b> điểm, {signedInt(d.completedDiff)} chỉ
        số
      </span>
    </span>
  );
}
