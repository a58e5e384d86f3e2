import { useLiveQuery } from 'dexie-react-hooks';
import { EVIDENCE_LABELS, NOTE_LABEL } from '@shared/entry/field-labels';
import { parseRaw } from '@shared/entry/raw';
import { EVIDENCE_FIELDS } from '@shared/entry/types';
import { displayValue } from '@shared/exchange/form-layout';
import { methodText } from '@shared/framework/method-text';
import type { Indicator, Thresholds } from '@shared/framework/types';
import { scoreIndicator } from '@shared/scoring/score-indicator';
import { db } from '../../db/db';
import { historyOf } from '../../db/repositories/history';
import type { EntryRow } from '../../db/types';
import type { EditMode } from './verdict-editor';

const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

interface Props {
  ind: Indicator;
  entry: EntryRow | undefined;
  assessmentId: string;
  thresholds: Thresholds;
  onAgree: () => void;
  onEdit: (mode: EditMode) => void;
  onAgreeGroup: () => void;
}

/** The side panel of the selected line: method, the commune's full evidence and giải trình, the verdict history. */
export function VerifyDetail({ ind, entry, assessmentId, thresholds, onAgree, onEdit, onAgreeGroup }: Props) {
  const history = useLiveQuery(
    async () => (await historyOf(db, assessmentId, ind.code)).filter((h) => h.field === 'verdict'),
    [assessmentId, ind.code],
  );
  const raw = entry?.raw ?? {};
  const score = scoreIndicator(ind, parseRaw(ind, raw).value, thresholds);
  const ev = entry?.evidence;
  const layer = entry?.verified;
  return (
    <aside className="verify-detail" aria-label={`Chi tiết chỉ số ${ind.code}`} data-testid="verify-detail">
      <h3>
        {ind.code}. {ind.name}
      </h3>
      <div className="detail-actions">
        <button type="button" className="primary" tabIndex={-1} onClick={onAgree}>
          Đồng ý <kbd>A</kbd>
        </button>
        <button type="button" tabIndex={-1} onClick={() => onEdit('adjust')}>
          Điều chỉnh <kbd>D</kbd>
        </button>
        <button type="button" tabIndex={-1} onClick={() => onEdit('request')}>
          Yêu cầu bổ sung <kbd>B</kbd>
        </button>
        <button type="button" tabIndex={-1} onClick={onAgreeGroup}>
          Đồng ý cả nhóm <kbd>Shift+A</kbd>
        </button>
      </div>
      <dl>
        <dt>Xã tự đánh giá</dt>
        <dd>
          {displayValue(ind, raw) || '(chưa nhập)'} — {score.explanation}
        </dd>
        <dt>Tài liệu kiểm chứng của xã</dt>
        <dd data-testid="detail-evidence">
          {ev && EVIDENCE_FIELDS.some((f) => ev[f]) ? (
            EVIDENCE_FIELDS.map(
              (f) =>
                ev[f] && (
                  <span key={f} className="ev-line">
                    {EVIDENCE_LABELS[f]}: {ev[f]}
                  </span>
                ),
            )
          ) : (
            <span className="muted">Xã không ghi tài liệu kiểm chứng.</span>
          )}
        </dd>
        {entry?.note && (
          <>
            <dt>{NOTE_LABEL} của xã</dt>
            <dd className="pre">{entry.note}</dd>
          </>
        )}
        {ind.evidence && (
          <>
            <dt>Tài liệu kiểm chứng cần có</dt>
            <dd>{ind.evidence}</dd>
          </>
        )}
        <dt>Cách tính điểm</dt>
        <dd data-testid="detail-method">{methodText(ind)}</dd>
        {layer && (
          <>
            <dt>Kết luận hiện tại</dt>
            <dd>
              {layer.verifier ? `${layer.verifier} · ` : ''}
              {dateTime.format(layer.at)}
              {layer.stale ? ' (cũ: xã đã sửa sau lần thẩm tra)' : ''}
            </dd>
          </>
        )}
      </dl>
      {history && history.length > 0 && (
        <>
          <h4>Lịch sử kết luận</h4>
          <ol className="detail-history" data-testid="detail-history">
            {history.map((h) => (
              <li key={h.seq}>
                {dateTime.format(h.at)}: {h.new || '(bỏ kết luận)'}
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="keys-legend muted">
        <kbd>↑</kbd>/<kbd>↓</kbd> hoặc <kbd>K</kbd>/<kbd>J</kbd> chọn dòng · <kbd>Enter</kbd> lưu và sang chỉ số tiếp ·{' '}
        <kbd>Ctrl+Z</kbd> hoàn tác
      </p>
    </aside>
  );
}
