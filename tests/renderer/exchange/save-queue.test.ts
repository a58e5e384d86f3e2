import { STORAGE_FULL_MESSAGE } from '@shared/storage/full';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SaveQueue,
  TYPING_MAX_WAIT_MS,
  TYPING_PAUSE_MS,
  describeSaveError,
  type SaveState,
} from '../../../renderer/exchange/save-queue';

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

describe('save queue: typed edits wait for a pause in typing', () => {
  const tick = async (ms: number) => {
    await vi.advanceTimersByTimeAsync(ms);
  };
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a burst of keystrokes once, after the pause, and says saving until then', async () => {
    const q = new SaveQueue(String);
    const written: string[] = [];
    for (const text of ['7', '71', '71,', '71,7', '71,79']) {
      q.enqueue('3.4|raw.value', async () => (written.push(text), 1), true);
      await tick(40);
    }
    expect(written).toEqual([]);
    expect(q.current.kind).toBe('saving');
    expect(q.hasPending).toBe(true);
    await tick(TYPING_PAUSE_MS);
    expect(written).toEqual(['71,79']);
    expect(q.current).toEqual({ kind: 'saved', at: 1 });
    expect(q.hasPending).toBe(false);
  });

  it('writes at least every TYPING_MAX_WAIT_MS while typing goes on without a pause', async () => {
    const q = new SaveQueue(String);
    const written: number[] = [];
    const keys = Math.ceil((2.5 * TYPING_MAX_WAIT_MS) / 40);
    for (let i = 1; i <= keys; i++) {
      q.enqueue('note', async () => (written.push(i), i), true);
      await tick(40);
    }
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.length).toBeLessThan(keys / 10);
    await tick(TYPING_PAUSE_MS);
    expect(written.at(-1)).toBe(keys);
  });

  it('writes at once when the field is left (release), on flush, and for a choice made after typing', async () => {
    const q = new SaveQueue(String);
    const written: string[] = [];
    q.enqueue('a', async () => (written.push('a1'), 1), true);
    q.enqueue('b', async () => (written.push('b1'), 2), true);
    q.release('a');
    await tick(0);
    expect(written).toEqual(['a1']);
    expect(q.current.kind).toBe('saving'); // b still waits
    const flushed = q.flush();
    await tick(10);
    await flushed;
    expect(written).toEqual(['a1', 'b1']);
    expect(q.current).toEqual({ kind: 'saved', at: 2 });
    q.enqueue('c', async () => (written.push('typed'), 3), true);
    q.enqueue('c', async () => (written.push('chosen'), 4));
    await tick(TYPING_PAUSE_MS * 2);
    expect(written.slice(2)).toEqual(['chosen']);
  });
});
