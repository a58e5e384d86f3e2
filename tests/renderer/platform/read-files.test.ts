// Picked or dropped files are read several at a time, and come back in the order they were given.
import { describe, expect, it } from 'vitest';
import { MAX_OPEN_FILE_BYTES } from '@shared/ipc/contract';
import { tooLargeToOpenMessage } from '@shared/exchange/read-limits';
import { readFileBytes, readLocalFiles, streamLocalFiles } from '../../../renderer/platform/read-files';

/** A file whose bytes arrive after `ms`, counting how many are being read at once. */
function slowBlob(bytes: number[], ms: number, load: { now: number; max: number }): Blob {
  return {
    arrayBuffer: async () => {
      load.now++;
      load.max = Math.max(load.max, load.now);
      await new Promise((r) => setTimeout(r, ms));
      load.now--;
      return new Uint8Array(bytes).buffer;
    },
  } as Blob;
}

describe('readFileBytes', () => {
  it('reads up to `lanes` files at once and keeps their order', async () => {
    const load = { now: 0, max: 0 };
    const files = Array.from({ length: 10 }, (_, i) => slowBlob([i, i + 1], (10 - i) * 2, load));
    const got = await readFileBytes(files, 3);
    expect(got.map((b) => [...b])).toEqual(Array.from({ length: 10 }, (_, i) => [i, i + 1]));
    expect(load.max).toBe(3);
  });

  it('reads nothing for no files, and real Blobs byte for byte', async () => {
    expect(await readFileBytes([])).toEqual([]);
    const [one] = await readFileBytes([new Blob([new Uint8Array([1, 2, 255])])]);
    expect([...one!]).toEqual([1, 2, 255]);
  });
});

/** A file too large to open, which fails the test if it is read. */
const hugeFile = (name: string): File =>
  ({
    name,
    size: MAX_OPEN_FILE_BYTES + 1,
    arrayBuffer: () => Promise.reject(new Error(`${name} was read`)),
  }) as unknown as File;

describe('readLocalFiles (a browser pick, or a drop)', () => {
  it('reads the files in their order and refuses one above the size the app opens, in shared words', async () => {
    const r = await readLocalFiles([
      new File([new Uint8Array([1])], 'a.xlsx'),
      hugeFile('big.xlsx'),
      new File([new Uint8Array([2, 3])], 'b.xlsx'),
    ]);
    expect(r.files.map((f) => [f.name, [...f.bytes]])).toEqual([
      ['a.xlsx', [1]],
      ['b.xlsx', [2, 3]],
    ]);
    expect(r.refused).toEqual([{ name: 'big.xlsx', reason: tooLargeToOpenMessage() }]);
    expect(r.tooMany).toBeUndefined();
  });

  it('reads nothing when more files come than allowed', async () => {
    expect(await readLocalFiles([hugeFile('x.xlsx'), hugeFile('y.xlsx'), hugeFile('z.xlsx')], 2)).toEqual({
      files: [],
      refused: [],
      tooMany: 3,
    });
  });
});

describe('streamLocalFiles (the batch that Thẩm tra checks, picked or dropped)', () => {
  it('hands over each file as it comes: the first before the last is read', async () => {
    const load = { now: 0, max: 0 };
    const files = Array.from(
      { length: 12 },
      (_, i) => Object.assign(slowBlob([i], i === 0 ? 1 : 60, load), { name: `${i}.xlsx`, size: 1 }) as unknown as File,
    );
    const batch = streamLocalFiles(files);
    const settled = new Set<number>();
    batch.files.forEach((f, i) => void f.bytes.then(() => settled.add(i)));
    expect([...(await batch.files[0]!.bytes)]).toEqual([0]);
    expect(settled.has(11)).toBe(false);
    expect((await Promise.all(batch.files.map((f) => f.bytes))).map((b) => b[0])).toEqual([...Array(12).keys()]);
    expect(load.max).toBe(8);
  });

  it('fails only the file that cannot be read, and leaves no rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const gone = {
        name: 'gone.xlsx',
        size: 1,
        arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
      } as unknown as File;
      const batch = streamLocalFiles([new File([new Uint8Array([7])], 'a.xlsx'), gone]);
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
      expect([...(await batch.files[0]!.bytes)]).toEqual([7]);
      await expect(batch.files[1]!.bytes).rejects.toThrow('NotReadableError');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('reads nothing above the batch limit', () => {
    expect(streamLocalFiles([hugeFile('x.xlsx'), hugeFile('y.xlsx')], 1)).toEqual({
      files: [],
      refused: [],
      tooMany: 2,
    });
  });
});
