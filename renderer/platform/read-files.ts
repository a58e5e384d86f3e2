import { MAX_OPEN_FILE_BYTES, type OpenFilesResult } from '@shared/ipc/contract';
import { tooLargeToOpenMessage } from '@shared/exchange/read-limits';
import type { PickedBatch } from './types';

/**
 * The bytes of files the officer picked or dropped, each as it comes, in their order. Each `arrayBuffer()` is a round
 * trip to the browser's file store, so they are asked `lanes` at a time instead of one after another (129 files: about
 * 200 ms one by one here); a file that cannot be read rejects its own promise only.
 */
export function streamFileBytes(files: readonly Blob[], lanes = 8): Promise<Uint8Array>[] {
  const settle: { resolve(b: Uint8Array): void; reject(e: unknown): void }[] = [];
  const out = files.map(
    () =>
      new Promise<Uint8Array>((resolve, reject) => {
        settle.push({ resolve, reject });
      }),
  );
  // A rejection is reported where the bytes are awaited, not as an unhandled one meanwhile.
  for (const p of out) p.catch(() => undefined);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const s = settle[i] as (typeof settle)[number];
      try {
        s.resolve(new Uint8Array(await (files[i] as Blob).arrayBuffer()));
      } catch (e) {
        s.reject(e);
      }
    }
  };
  for (let k = 0; k < Math.min(lanes, files.length); k++) void lane();
  return out;
}

/** The bytes of `files`, all read (see `streamFileBytes`). */
export function readFileBytes(files: readonly Blob[], lanes = 8): Promise<Uint8Array[]> {
  return Promise.all(streamFileBytes(files, lanes));
}

/**
 * Files the page was given (picked in a browser, or dropped on it) taken as the desktop's file dialog takes them: more
 * than `maxFiles` are not read at all (`tooMany`); a file above the size the app opens is refused, in shared's words
 * (the ones the CLI prints, said in the UI language where shown); the others are read, in their order, as they come.
 */
export function streamLocalFiles(list: ArrayLike<File>, maxFiles?: number): PickedBatch {
  const all = Array.from(list);
  if (maxFiles !== undefined && all.length > maxFiles) return { files: [], refused: [], tooMany: all.length };
  const refused = all
    .filter((f) => f.size > MAX_OPEN_FILE_BYTES)
    .map((f) => ({ name: f.name, reason: tooLargeToOpenMessage() }));
  const wanted = all.filter((f) => f.size <= MAX_OPEN_FILE_BYTES);
  const bytes = streamFileBytes(wanted);
  return { files: wanted.map((f, i) => ({ name: f.name, bytes: bytes[i] as Promise<Uint8Array> })), refused };
}

/** As `streamLocalFiles`, once every file is read. */
export async function readLocalFiles(list: ArrayLike<File>, maxFiles?: number): Promise<OpenFilesResult> {
  const batch = streamLocalFiles(list, maxFiles);
  const files = await Promise.all(batch.files.map(async (f) => ({ name: f.name, bytes: await f.bytes })));
  return { ...batch, files };
}
