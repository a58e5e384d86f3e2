// The import's reader started ahead (file dialog open, files dragged over) and kept warm between batches: taken by
// one dry run at a time, kept after it while its frameworks are still the ones held, stopped when idle or when the
// page is left, and never two held at a time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/db/db';
import { ensureShippedFrameworks } from '../../../../renderer/db/repositories/frameworks';
import type { WorkerReader } from '../../../../renderer/exchange/import-reader';
import { createReaderSlot, importReaderSlot } from '../../../../renderer/features/verify/ready-reader';

function fakeReader() {
  const r = { started: 0, warmed: 0, disposed: 0 } as {
    started: number;
    warmed: number;
    disposed: number;
  } & WorkerReader;
  Object.assign(r, {
    size: 2,
    read: vi.fn(),
    readKind: vi.fn(),
    start: () => void r.started++,
    warm: () => void r.warmed++,
    dispose: () => void r.disposed++,
  });
  return r;
}

/** A slot over fake readers, with the readers it made. */
function slotOf(opts: Parameters<typeof createReaderSlot>[1] = {}) {
  const made: ReturnType<typeof fakeReader>[] = [];
  const slot = createReaderSlot(async () => (made.push(fakeReader()), made.at(-1)!), opts);
  /** The reader the next dry run takes, seen as the fake it is. */
  const take = async () => (await slot.take()) as ReturnType<typeof fakeReader>;
  return { slot, made, take };
}

describe('reader started ahead and kept between batches', () => {
  afterEach(() => vi.useRealTimers());

  it('starts and warms one reader however often prepared, hands it to the dry run once, then starts anew', async () => {
    const { slot, made, take } = slotOf();
    slot.prepare();
    slot.prepare(); // dragover fires many times
    const first = await take();
    expect(made).toHaveLength(1);
    expect(first).toBe(made[0]);
    expect(made[0]!.warmed).toBe(1);
    const second = await take(); // nothing prepared or released: a new reader, not warmed ahead
    expect(second).toBe(made[1]);
    expect(made[1]!.warmed).toBe(0);
    expect(made.every((r) => r.disposed === 0)).toBe(true);
  });

  it('preloads one reader without rehearsal when the page opens; the dialog then warms that same reader once', async () => {
    const { slot, made, take } = slotOf();
    slot.preload();
    slot.preload();
    await vi.waitFor(() => expect(made[0]?.started).toBe(1));
    expect(made[0]!.warmed).toBe(0);
    slot.prepare();
    slot.prepare(); // dragover fires many times
    await vi.waitFor(() => expect(made[0]!.warmed).toBe(1));
    expect(await take()).toBe(made[0]);
    expect(made).toHaveLength(1);
    // Files picked at once take the preloaded reader as it is, unwarmed.
    slot.preload();
    expect(await take()).toBe(made[1]);
    expect([made[1]!.started, made[1]!.warmed]).toEqual([1, 0]);
    // A reader kept from a batch is warm already: the next dialog does not rehearse it again; a closed slot preloads
    // nothing.
    slot.release(made[1]!);
    slot.prepare();
    slot.preload();
    expect(await take()).toBe(made[1]);
    expect(made[1]!.warmed).toBe(0);
    slot.close();
    slot.preload();
    expect(made).toHaveLength(2);
  });

  it('keeps a released reader for the next batch, and stops it once the page is left', async () => {
    const { slot, made, take } = slotOf();
    const first = await take();
    slot.release(first);
    slot.prepare(); // the next pick: the kept reader is already there, nothing new starts
    expect(await take()).toBe(first);
    expect(made).toHaveLength(1);
    expect(first.disposed).toBe(0);
    slot.release(first);
    slot.close();
    await vi.waitFor(() => expect(first.disposed).toBe(1));
    // A batch still running when the page was left releases its reader afterwards: stopped, not kept.
    const late = await take();
    slot.release(late);
    expect(late.disposed).toBe(1);
    slot.prepare();
    expect(made).toHaveLength(2); // a closed slot starts nothing ahead
  });

  it('a second reader released while one is held is stopped: never two held', async () => {
    const { slot, take } = slotOf();
    const a = await take();
    const b = await take();
    slot.release(a);
    slot.release(b);
    expect([a.disposed, b.disposed]).toEqual([0, 1]);
    expect(await take()).toBe(a);
  });

  it('a kept reader whose frameworks are no longer the ones held is stopped, and a fresh one read with', async () => {
    let current = true;
    const { slot, made, take } = slotOf({ current: async () => current });
    const first = await take();
    slot.release(first);
    current = false; // a framework was loaded meanwhile
    const next = await take();
    expect(next).toBe(made[1]);
    expect(first.disposed).toBe(1);
  });

  it('stops a reader nobody takes after the idle time, whether started ahead or kept', async () => {
    vi.useFakeTimers();
    const { slot, made, take } = slotOf({ idleMs: 1000 });
    slot.prepare(); // the dialog was cancelled: the reader waits, then stops
    await vi.advanceTimersByTimeAsync(999);
    expect(made[0]!.disposed).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(made[0]!.disposed).toBe(1);
    const fresh = await take(); // the stopped one is not handed out
    expect(fresh).toBe(made[1]);
    await vi.advanceTimersByTimeAsync(5000); // a taken reader is not stopped by the idle timer
    expect(fresh.disposed).toBe(0);
    slot.release(fresh);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fresh.disposed).toBe(1);
    // A reader preloaded when the page opened is kept the idle time again from when the dialog warms it.
    slot.preload();
    await vi.advanceTimersByTimeAsync(900);
    slot.prepare();
    await vi.advanceTimersByTimeAsync(900);
    expect([made[2]!.warmed, made[2]!.disposed]).toEqual([1, 0]);
    await vi.advanceTimersByTimeAsync(100);
    expect(made[2]!.disposed).toBe(1);
  });

  it('reports a reader that could not start to the dry run that takes it', async () => {
    const slot = createReaderSlot(() => Promise.reject(new Error('no frameworks')));
    slot.prepare();
    await expect(slot.take()).rejects.toThrow('no frameworks');
  });
});

describe('Thẩm tra’s reader slot', () => {
  it('keeps its reader while the frameworks held are the same, and starts a new one after a framework is loaded', async () => {
    await db.open();
    const dir = join(__dirname, '..', '..', '..', '..', 'renderer', 'public', 'frameworks');
    await ensureShippedFrameworks(db, async (name) => readFileSync(join(dir, name), 'utf8'));
    const slot = importReaderSlot();
    const first = await slot.take();
    slot.release(first);
    expect(await slot.take()).toBe(first); // held in another order than listed: still the same frameworks
    slot.release(first);
    const row = (await db.frameworks.toArray())[0]!;
    await db.frameworks.put({
      ...row,
      version: `${row.version}-tinh`,
      framework: { ...row.framework, version: `${row.version}-tinh` },
    });
    const next = await slot.take();
    expect(next).not.toBe(first);
    slot.close();
    next.dispose();
    db.close();
  });
});
