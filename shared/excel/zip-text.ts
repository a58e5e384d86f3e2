/**
 * Makes exceljs's zip writer keep every character under Node (see `encodeZipTextFirst`). Kept apart from
 * ./xlsx-write.ts: it reaches the JSZip copy that exceljs itself loads, the one place that knows exceljs's insides.
 */

interface NodeRequireLike {
  (id: string): unknown;
  resolve: (id: string) => string;
}

interface JSZipLike {
  prototype: { file: (this: unknown, ...args: unknown[]) => unknown };
}

/**
 * Under Node (the CLI, the tests) exceljs hands every XML part to JSZip as a string, and JSZip encodes a string in
 * blocks of 16,384 UTF-16 units: a surrogate pair (an emoji, a rare Hán-Nôm character) cut by a block boundary
 * became two U+FFFD, so a value was changed in the file and the manifest hash no longer matched. exceljs's browser
 * build encodes the whole part to UTF-8 first; this does the same under Node, on the JSZip that exceljs loads.
 */
export function encodeZipTextFirst(): void {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('module') as { createRequire: (from: string) => NodeRequireLike } | undefined;
  const here = (import.meta as { url?: string }).url;
  if (!mod || !here) return; // the browser build: exceljs encodes itself
  const JSZip = mod.createRequire(mod.createRequire(here).resolve('exceljs'))('jszip') as JSZipLike;
  const file = JSZip.prototype.file as typeof JSZip.prototype.file & { utf8First?: true };
  if (file.utf8First) return;
  const { TextEncoder } = globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } };
  const encoder = new TextEncoder();
  // Only adding a file gives data (`file(name)` alone reads one back): keep the number of arguments.
  const patched: typeof file = function (this: unknown, ...args) {
    if (typeof args[1] === 'string') args[1] = encoder.encode(args[1]);
    return file.apply(this, args);
  };
  JSZip.prototype.file = Object.assign(patched, { utf8First: true as const });
}
