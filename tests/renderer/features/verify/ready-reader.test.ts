// The import's reader started ahead (file dialog open, files dragged over): taken once by the dry run, stopped when
// no files came, and never two at a time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerReader } from '../../../../renderer/exchange/import-reader';
import { createReaderSlot } from '../../../../renderer/features/verify/ready-reader';

function fakeReader() {
  const r = { warmed: 0, disposed: 0 } as { warmed: number; disposed: number } & WorkerReader;
  Object.assign(r, {
    size: 2,
    read: vi.fn(),
    readKind: vi.fn(),
    warm: () => void r.warmed++,
    dispose: () => void r.disposed++,
  });
  return r;
}

describe('reader started ahead', () => {
  afterEach(() => vi.useRealTimers());

  it('starts and warms one reader however often prepared, hands it to the dry run once, then starts anew', async () => {
    const made: ReturnType<typeof fakeReader>[] = [];
    const slot = createReaderSlot(async () => (made.push(fakeReader()), made.at(-1)!));
    slot.prepare();
    slot.prepare(); // dragover fires many times
    const first = await slot.take();
    expect(made).toHaveLength(1);
    expect(first).toBe(made[0]);
    expect(made[0]!.warmed).toBe(1);
    const second = await slot.take(); // nothing prepared: a new reader, not warmed ahead
    expect(second).toBe(made[1]);
    expect(made[1]!.warmed).toBe(0);
    expect(made.every((r) => r.disposed === 0)).toBe(true); // the taker disposes of what it took
  });

  it('stops a reader no files came for: at once when dropped, or after the idle time', async () => {
    vi.useFakeTimers();
    const made: ReturnType<typeof fakeReader>[] = [];
    const slot = createReaderSlot(async () => (made.push(fakeReader()), made.at(-1)!), 1000);
    slot.prepare();
    slot.drop(); // the dialog was cancelled
    await vi.waitFor(() => expect(made[0]!.disposed).toBe(1));
    slot.prepare();
    await vi.advanceTimersByTimeAsync(999);
    expect(made[1]!.disposed).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(made[1]!.disposed).toBe(1);
    const fresh = await slot.take(); // the stopped one is not handed out
    expect(fresh).toBe(made[2]);
    await vi.advanceTimersByTimeAsync(5000); // a taken reader is not stopped by the idle timer
    expect(made[2]!.disposed).toBe(0);
  });

  it('reports a reader that could not start to the dry run that takes it', async () => {
    const slot = createReaderSlot(() => Promise.reject(new Error('no frameworks')));
    slot.prepare();
    await expect(slot.take()).rejects.toThrow('no frameworks');
  });
});
