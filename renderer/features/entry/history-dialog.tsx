import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { db } from '../../db/db';
import { historyOf } from '../../db/repositories/history';
import { fieldLabel } from '@shared/entry/field-labels';

const timeFormat = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'medium' });

/** The history of one indicator: every change (time, field, old → new), newest first. */
export function HistoryDialog({
  assessmentId,
  code,
  title,
  onClose,
}: {
  assessmentId: string;
  code: string;
  title: string;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const rows = useLiveQuery(() => historyOf(db, assessmentId, code), [assessmentId, code]);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="history-dialog" onClose={onClose} aria-labelledby="history-title">
      <h3 id="history-title">Lịch sử thay đổi — {title}</h3>
      {rows && rows.length === 0 && <p>Chưa có thay đổi nào.</p>}
      {rows && rows.length > 0 && (
        <table data-testid="history-table">
          <thead>
            <tr>
              <th>Thời gian</th>
              <th>Trường</th>
              <th>Giá trị cũ</th>
              <th>Giá trị mới</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.seq}>
                <td>{timeFormat.format(r.at)}</td>
                <td>{fieldLabel(r.field)}</td>
                <td>{r.old || '(trống)'}</td>
                <td>{r.new || '(trống)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => ref.current?.close()}>
        Đóng
      </button>
    </dialog>
  );
}
