/**
 * Replaces parts of a zip that this app just wrote, keeping every other part's stored bytes as they are: no other
 * part is inflated or deflated again (re-zipping the 132-sheet consolidated workbook took a quarter of a second).
 * Each replaced part is deflated on its own by fflate; local records keep their order, the later ones move by the
 * difference in length, and the central directory follows. Only for the writer's own output (exceljs: one disk,
 * no zip64, no comment); anything else is refused with an error, never patched.
 */
import { strFromU8, zipSync, type ZipOptions } from 'fflate';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Central {
  name: string;
  /** The central record's own bytes. */
  start: number;
  end: number;
  local: number;
}

const fail = (why: string): never => {
  throw new Error(`zip-replace: ${why}`);
};

/** The central directory of `bytes`: its records in order, where it starts, and its size. */
function centralOf(bytes: Uint8Array): { records: Central[]; at: number; size: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  if (eocd < 0 || view.getUint32(eocd, true) !== EOCD) fail('not a zip without a comment');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const at = view.getUint32(eocd + 16, true);
  if (at + size !== eocd) fail('central directory not where it is said to be');
  const records: Central[] = [];
  let p = at;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== CENTRAL) fail('broken central directory');
    const n = view.getUint16(p + 28, true);
    const end = p + 46 + n + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    records.push({
      name: strFromU8(bytes.subarray(p + 46, p + 46 + n)),
      start: p,
      end,
      local: view.getUint32(p + 42, true),
    });
    p = end;
  }
  return { records, at, size };
}

/** The local record and central record fflate writes for one part (deflated at `level`). */
function recordsOf(name: string, data: Uint8Array, level: number): { local: Uint8Array; central: Uint8Array } {
  const one = zipSync({ [name]: data }, { level: level as ZipOptions['level'] });
  const c = centralOf(one).records[0] ?? fail('fflate wrote no record');
  return { local: one.subarray(0, c.start), central: one.subarray(c.start, c.end) };
}

/** `bytes` with each part in `parts` (name → new content) replaced; throws when a part is not in the zip. */
export function replaceParts(bytes: Uint8Array, parts: ReadonlyMap<string, Uint8Array>, level: number): Uint8Array {
  if (parts.size === 0) return bytes;
  const { records, at } = centralOf(bytes);
  const missing = [...parts.keys()].filter((n) => !records.some((r) => r.name === n));
  if (missing.length > 0) fail(`${missing.join(', ')} not in the zip`);
  const fresh = new Map([...parts].map(([name, data]) => [name, recordsOf(name, data, level)]));
  const byOffset = [...records].sort((a, b) => a.local - b.local);
  const lengthOf = new Map(byOffset.map((r, i) => [r, (byOffset[i + 1]?.local ?? at) - r.local]));
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const newOffset = new Map<Central, number>();
  let offset = 0;
  for (const r of byOffset) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + r.local, 4);
    if (view.getUint32(0, true) !== LOCAL) fail(`no local record for ${r.name}`);
    const local = fresh.get(r.name)?.local ?? bytes.subarray(r.local, r.local + (lengthOf.get(r) ?? 0));
    newOffset.set(r, offset);
    locals.push(local);
    offset += local.length;
  }
  for (const r of records) {
    const central = (fresh.get(r.name)?.central ?? bytes.subarray(r.start, r.end)).slice();
    new DataView(central.buffer).setUint32(42, newOffset.get(r) ?? 0, true);
    centrals.push(central);
  }
  const dirSize = centrals.reduce((s, c) => s + c.length, 0);
  const eocd = bytes.slice(bytes.length - 22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + dirSize + 22);
  let p = 0;
  for (const b of [...locals, ...centrals, eocd]) {
    out.set(b, p);
    p += b.length;
  }
  return out;
}
