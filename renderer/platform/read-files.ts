import { MAX_OPEN_FILE_BYTES, type OpenFilesResult } from '@shared/ipc/contract';
import { tooLargeToOpenMessage } from '@shared/exchange/read-limits';

/**
 * The bytes of files the officer picked or dropped, in their order. Each `arrayBuffer()` is a round trip to the
 * browser's file store, so they are asked `lanes` at a time instead of one after another (129 files: about 200 ms
 * one by one here); the batch is held in memory either way.
 */
export async function readFileBytes(files: readonly Blob[], lanes = 8): Promise<Uint8Array[]> {
  const out = new Array<Uint8Array>(files.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      out[i] = new Uint8Array(await (files[i] as Blob).arrayBuffer());
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, files.length)) }, lane));
  return out;
}

/**
 * Files the page was given (picked in a browser, or dropped on it) read as the desktop's file dialog reads them: more
 * than `maxFiles` are not read at all (`tooMany`); a file above the size the app opens is refused, in shared's words
 * (the ones the CLI prints, said in the UI language where shown); the others are read, in their order.
 */
export async function readLocalFiles(list: ArrayLike<File>, maxFiles?: number): Promise<OpenFilesResult> {
  const all = Array.from(list);
  if (maxFiles !== undefined && all.length > maxFiles) return { files: [], refused: [], tooMany: all.length };
  const refused = all
    .filter((f) => f.size > MAX_OPEN_FILE_BYTES)
    .map((f) => ({ name: f.name, reason: tooLargeToOpenMessage() }));
  const wanted = all.filter((f) => f.size <= MAX_OPEN_FILE_BYTES);
  const bytes = await readFileBytes(wanted);
  return { files: wanted.map((f, i) => ({ name: f.name, bytes: bytes[i] as Uint8Array })), refused };
}
