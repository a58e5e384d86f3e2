import { useSyncExternalStore } from 'react';
import type { SaveQueue } from '../../exchange/save-queue';

function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** "Đang lưu…" while writes are pending, "Đã lưu HH:mm" once the last transaction committed, or the error. */
export function SaveIndicator({ queue }: { queue: SaveQueue }) {
  const state = useSyncExternalStore(
    (cb) => queue.subscribe(cb),
    () => queue.current,
  );
  if (state.kind === 'idle') return <span className="save-state" data-testid="save-state" data-state="idle" />;
  if (state.kind === 'saving') {
    return (
      <span className="save-state saving" data-testid="save-state" data-state="saving" role="status">
        Đang lưu…
      </span>
    );
  }
  if (state.kind === 'saved') {
    return (
      <span className="save-state saved" data-testid="save-state" data-state="saved" role="status">
        Đã lưu {hhmm(state.at)}
      </span>
    );
  }
  if (state.kind === 'conflict') {
    return (
      <span className="save-state error" data-testid="save-state" data-state="conflict" role="alert">
        {state.count} ô vừa được sửa ở cửa sổ khác: hãy chọn giá trị giữ lại ở ô được đánh dấu.
      </span>
    );
  }
  return (
    <span className="save-state error" data-testid="save-state" data-state="error" role="alert">
      {state.message}{' '}
      <button type="button" onClick={() => queue.retry()}>
        Thử lại
      </button>
    </span>
  );
}
