// Zip reading and writing for the tests (node:zlib), with knobs to forge hostile archives.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** One archive member; the optional fields forge headers. */
export interface ZipMember {
  name: string;
  data: Uint8Array;
  /** 8 (deflate, default) or 0 (stored); any other number is written as is with the data stored. */
  method?: number;
  flags?: number;
  /** Lies in both headers about the uncompressed size. */
  declaredSize?: number;
  /** Writes sizes and CRC after the data (flag bit 3, zeros in the local header), as LibreOffice and streams do. */
  descriptor?: boolean;
}

/** The members of a zip (stored or deflated), by name, in order. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10);
    const csz = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28);
    const name = b.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const local = b.readUInt32LE(p + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(start, start + csz);
    out.set(name, new Uint8Array(method === 8 ? inflateRawSync(raw) : raw));
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

/** Writes a zip of `members` (no data descriptors). */
export function zip(members: readonly ZipMember[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const method = m.method ?? 8;
    const body = method === 8 ? deflateRawSync(m.data) : Buffer.from(m.data);
    const name = Buffer.from(m.name, 'utf8');
    const usz = m.declaredSize ?? m.data.length;
    const crc = crc32(m.data);
    const flags = (m.flags ?? 0) | 0x800 | (m.descriptor ? 8 : 0);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(flags, 6);
    head.writeUInt16LE(method, 8);
    if (!m.descriptor) {
      head.writeUInt32LE(crc, 14);
      head.writeUInt32LE(body.length, 18);
      head.writeUInt32LE(usz, 22);
    }
    head.writeUInt16LE(name.length, 26);
    const desc = Buffer.alloc(m.descriptor ? 16 : 0);
    if (m.descriptor) {
      desc.writeUInt32LE(0x08074b50, 0);
      desc.writeUInt32LE(crc, 4);
      desc.writeUInt32LE(body.length, 8);
      desc.writeUInt32LE(usz, 12);
    }
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(flags, 8);
    cen.writeUInt16LE(method, 10);
    cen.writeUInt32LE(crc, 16);
    cen.writeUInt32LE(body.length, 20);
    cen.writeUInt32LE(usz, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    locals.push(head, name, body, desc);
    centrals.push(cen, name);
    offset += 30 + name.length + body.length + desc.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(members.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(members.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** Re-zips `bytes` after `edit` changed its members (a Map of name → bytes). */
export function rezip(
  bytes: Uint8Array,
  edit: (files: Map<string, Uint8Array>) => void,
  member: Partial<Omit<ZipMember, 'name' | 'data'>> = {},
): Uint8Array {
  const files = unzip(bytes);
  edit(files);
  return zip([...files].map(([name, data]) => ({ ...member, name, data })));
}

/** UTF-8 text of a member. */
export const text = (files: Map<string, Uint8Array>, name: string): string =>
  Buffer.from(files.get(name) ?? new Uint8Array()).toString('utf8');

/** Replaces a member's text. */
export function setText(files: Map<string, Uint8Array>, name: string, s: string): void {
  files.set(name, new Uint8Array(Buffer.from(s, 'utf8')));
}
