import { useSyncExternalStore } from 'react';
import type { SaveQueue } from '../../exchange/save-queue';
import { useT } from '../../i18n';

function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** "Đang lưu…" while writes are pending, "Đã lưu HH:mm" once the last transaction committed, or the error. */
export function SaveIndicator({ queue }: { queue: SaveQueue }) {
  const t = useT();
  const state = useSyncExternalStore(
    (cb) => queue.subscribe(cb),
    () => queue.current,
  );
  if (state.kind === 'idle') return <span className="save-state" data-testid="save-state" data-state="idle" />;
  if (state.kind === 'saving') {
    return (
      <span className="save-state saving" data-testid="save-state" data-state="saving" role="status">
        {t('entry.save.saving')}
      </span>
    );
  }
  if (state.kind === 'saved') {
    return (
      <span className="save-state saved" data-testid="save-state" data-state="saved" role="status">
        {t('entry.save.saved', { time: hhmm(state.at) })}
      </span>
    );
  }
  if (state.kind === 'conflict') {
    return (
      <span className="save-state error" data-testid="save-state" data-state="conflict" role="alert">
        {t('entry.save.conflict', { count: state.count })}
      </span>
    );
  }
  return (
    <span className="save-state error" data-testid="save-state" data-state="error" role="alert">
      {state.message}{' '}
      <button type="button" onClick={() => queue.retry()}>
        {t('entry.save.retry')}
      </button>
    </span>
  );
}
