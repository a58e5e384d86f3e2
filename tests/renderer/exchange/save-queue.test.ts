import { STORAGE_FULL_MESSAGE } from '@shared/storage/full';
import { describe, expect, it } from 'vitest';
import { SaveQueue, describeSaveError, type SaveState } from '../../../renderer/exchange/save-queue';

function deferred() {
  let resolve!: (v: number) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<number>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('SaveQueue', () => {
  it('says saved only after the last pending write committed, and collapses queued edits of one key', async () => {
    const q = new SaveQueue(String);
    const states: SaveState['kind'][] = [];
    q.subscribe((s) => states.push(s.kind));
    const first = deferred();
    const written: string[] = [];
    q.enqueue('a', () => (written.push('1'), first.promise));
    q.enqueue('a', async () => (written.push('12'), 2));
    q.enqueue('a', async () => (written.push('125'), 3));
    expect(q.current.kind).toBe('saving');
    first.resolve(1);
    await q.flush();
    expect(written).toEqual(['1', '125']);
    expect(q.current).toEqual({ kind: 'saved', at: 3 });
    expect(states.filter((s) => s === 'saved')).toHaveLength(1);
  });

  it('keeps a failed write for retry and never reports it saved', async () => {
    const q = new SaveQueue(describeSaveError);
    let fail = true;
    let writes = 0;
    q.enqueue('a', async () => {
      writes += 1;
      if (fail) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      return 7;
    });
    await q.flush();
    expect(q.current.kind).toBe('error');
    expect(q.current.kind === 'error' && q.current.message).toContain(STORAGE_FULL_MESSAGE);
    expect(q.hasPending).toBe(true);
    fail = false;
    q.retry();
    await q.flush();
    expect(writes).toBe(2);
    expect(q.current).toEqual({ kind: 'saved', at: 7 });
  });

  it('describes Dexie-wrapped quota errors and other failures in Vietnamese', () => {
    expect(describeSaveError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toContain(
      STORAGE_FULL_MESSAGE,
    );
    expect(describeSaveError(new Error('boom'))).toBe(
      'Chưa lưu được: boom. Dữ liệu vẫn còn trên màn hình; bấm "Thử lại".',
    );
  });
});

describe('save queue conflicts', () => {
  it('reports fields waiting for a choice instead of "saved", and counts them as unsaved', async () => {
    const q = new SaveQueue(describeSaveError);
    q.enqueue('a', async () => 5);
    await q.flush();
    expect(q.current).toEqual({ kind: 'saved', at: 5 });
    q.setConflict('1.3|raw.value', true);
    expect(q.current).toEqual({ kind: 'conflict', count: 1 });
    expect(q.hasUnsaved).toBe(true);
    q.setConflict('1.3|raw.value', false);
    expect(q.current).toEqual({ kind: 'saved', at: 5 });
    expect(q.hasUnsaved).toBe(false);
  });
});
