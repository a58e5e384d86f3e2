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
