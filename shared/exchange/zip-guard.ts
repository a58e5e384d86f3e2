/**
 * The zip guard: reads a file's zip central directory itself (no SheetJS) and refuses what must never reach the
 * parser — not a zip, truncated, too many entries, too large once unpacked, suspicious compression ratios,
 * encrypted entries, password-protected or legacy Office containers (CFB), macros, and zips that are not xlsx.
 *
 * SheetJS sizes its inflate buffer from the *local* header and grows it without bound when that size is 0 (as in
 * files written with data descriptors, e.g. by LibreOffice). `boundedZip` therefore returns a copy whose local
 * headers carry the sizes checked here, so no entry can unpack past its declared (capped) size.
 */
import { type ExchangeError, exchangeError } from './errors';

/**
 * Caps of the guard. Our exports are ~40 KB with ~12 entries (a district file with every note at its maximum stays
 * well under 1 MB). The file cap also bounds the parser's CPU: an entry that lies about its size cannot make the
 * parser allocate more than declared, but it still decodes the whole stream (≤ ~1,000 × its compressed size).
 */
export const ZIP_CAPS = Object.freeze({
  maxFileBytes: 2 * 1024 * 1024,
  maxEntries: 2000,
  maxTotalUncompressed: 50 * 1024 * 1024,
  /** Entries above this uncompressed size must not exceed `maxRatio`. */
  ratioCheckAbove: 1024 * 1024,
  maxRatio: 100,
});

/** Caps accepted by `inspectZip`; `alsoAccept` admits other zip spreadsheet formats (for hand-made files). */
export type ZipCaps = typeof ZIP_CAPS & { alsoAccept?: readonly ('ods' | 'xlsb')[] };

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** Result of `inspectZip`: the entries, or the refusal. */
export type ZipInspection = { ok: true; entries: ZipEntry[] } | { ok: false; error: ExchangeError };

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when `bytes` contains `text` encoded as UTF-16LE (names in a CFB directory). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) {
      if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Names an OLE/CFB container: a password-protected xlsx, an Excel 97–2003 file, or another old Office file. */
function refuseCfb(bytes: Uint8Array): ExchangeError {
  if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')) {
    return exchangeError('encrypted', 'Tệp được đặt mật khẩu. Hãy gỡ mật khẩu rồi xuất lại tệp từ DTI Desk.');
  }
  if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'Book')) {
    return exchangeError(
      'xls',
      'Tệp Excel 97–2003 (.xls) không được hỗ trợ; hãy dùng đúng tệp .xlsx xuất từ DTI Desk.',
    );
  }
  return exchangeError('encrypted', 'Tệp được đặt mật khẩu hoặc là tệp Office cũ (định dạng OLE), không phải .xlsx.');
}

/** Says what a non-zip file looks like, so the officer knows which file was picked by mistake. */
function refuseNotZip(bytes: Uint8Array): ExchangeError {
  const head = String.fromCharCode(...bytes.subarray(0, 512))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<table')) {
    return exchangeError('not-zip', 'Tệp là trang HTML được đặt tên .xlsx, không phải tệp Excel xuất từ DTI Desk.');
  }
  if (head.startsWith('<?xml'))
    return exchangeError('not-zip', 'Tệp là tệp XML (có thể là Excel 2003 XML), không phải tệp .xlsx.');
  const printable = [...bytes.subarray(0, 512)].every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
  if (printable)
    return exchangeError('not-zip', 'Tệp là văn bản thuần (CSV/TXT) được đặt tên .xlsx, không phải tệp Excel.');
  return exchangeError('not-zip', 'Tệp không phải là tệp Excel .xlsx (không đúng cấu trúc nén zip).');
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 65535);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

const truncated = (detail: string): ZipInspection => ({
  ok: false,
  error: exchangeError('truncated', 'Tệp bị hỏng hoặc không trọn vẹn (có thể tải về/sao chép chưa xong).', detail),
});

function readEntries(bytes: Uint8Array, caps: ZipCaps): ZipInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return truncated('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return {
      ok: false,
      error: exchangeError('zip64', 'Tệp dùng định dạng nén ZIP64, quá lớn đối với một tệp tự đánh giá.'),
    };
  }
  if (count > caps.maxEntries) {
    return {
      ok: false,
      error: exchangeError('too-many-entries', `Tệp chứa quá nhiều thành phần (${count}; tối đa ${caps.maxEntries}).`),
    };
  }
  if (cdOffset + cdSize > eocd) return truncated('central directory out of bounds');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CEN) return truncated(`central entry ${i}`);
    const nameLen = view.getUint16(p + 28, true);
    const end = p + 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (end > eocd) return truncated(`central entry ${i} name`);
    entries.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: String.fromCharCode(...bytes.subarray(p + 46, p + 46 + nameLen)),
    });
    p = end;
  }
  return { ok: true, entries };
}

function checkEntries(bytes: Uint8Array, entries: ZipEntry[], caps: ZipCaps): ExchangeError | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  const names = new Set<string>();
  for (const e of entries) {
    if (e.flags & 0x41) return exchangeError('encrypted', 'Tệp được đặt mật khẩu (thành phần nén bị mã hóa).', e.name);
    if (e.method !== 0 && e.method !== 8) {
      return exchangeError('bad-compression', `Tệp dùng phương thức nén không hỗ trợ (${e.method}).`, e.name);
    }
    total += e.uncompressedSize;
    if (total > caps.maxTotalUncompressed) {
      return exchangeError(
        'zip-bomb',
        `Tệp giải nén quá lớn (trên ${caps.maxTotalUncompressed / 1048576} MB); từ chối để bảo vệ máy.`,
      );
    }
    if (e.uncompressedSize > caps.ratioCheckAbove && e.uncompressedSize > caps.maxRatio * e.compressedSize) {
      return exchangeError(
        'zip-bomb',
        `Tệp có tỷ lệ nén bất thường (trên ${caps.maxRatio}:1), có thể là "bom nén"; từ chối.`,
        e.name,
      );
    }
    if (e.method === 8 && e.uncompressedSize === 0 && e.compressedSize > 2) {
      // The parser would grow its buffer without bound for a stream declared empty.
      return exchangeError(
        'zip-bomb',
        'Tệp có thành phần nén khai báo rỗng nhưng chứa dữ liệu; từ chối để bảo vệ máy.',
        e.name,
      );
    }
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize)
      return exchangeError('truncated', 'Tệp bị hỏng (kích thước thành phần không khớp).', e.name);
    if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== LOC) {
      return exchangeError('truncated', 'Tệp bị hỏng hoặc không trọn vẹn (thiếu phần đầu thành phần nén).', e.name);
    }
    const dataStart =
      e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
    if (dataStart + e.compressedSize > bytes.length)
      return exchangeError('truncated', 'Tệp bị hỏng hoặc không trọn vẹn (dữ liệu bị cắt).', e.name);
    if (names.has(e.name))
      return exchangeError('not-xlsx', 'Tệp có thành phần trùng tên, không phải tệp .xlsx hợp lệ.', e.name);
    names.add(e.name);
  }
  if (names.has('xl/vbaProject.bin'))
    return exchangeError('macro', 'Tệp có chứa macro (.xlsm); DTI Desk chỉ nhận tệp .xlsx không có macro.');
  const accept = caps.alsoAccept ?? [];
  if (names.has('mimetype') && names.has('content.xml')) {
    if (accept.includes('ods')) return undefined;
    return exchangeError(
      'ods',
      'Tệp OpenDocument (.ods) không được hỗ trợ; hãy lưu dưới dạng .xlsx hoặc dùng tệp xuất từ DTI Desk.',
    );
  }
  if (names.has('word/document.xml'))
    return exchangeError('docx', 'Tệp là văn bản Word (.docx) được đặt tên .xlsx, không phải tệp Excel.');
  if (names.has('ppt/presentation.xml'))
    return exchangeError('docx', 'Tệp là bản trình chiếu PowerPoint, không phải tệp Excel.');
  if (!names.has('xl/workbook.xml') && !(accept.includes('xlsb') && names.has('xl/workbook.bin')))
    return exchangeError('not-xlsx', 'Tệp nén không phải là tệp Excel .xlsx (thiếu xl/workbook.xml).');
  return undefined;
}

/** Inspects `bytes` before any parse; returns the central directory entries or a specific Vietnamese refusal. */
export function inspectZip(bytes: Uint8Array, caps: ZipCaps = ZIP_CAPS): ZipInspection {
  if (bytes.length === 0) return { ok: false, error: exchangeError('empty', 'Tệp rỗng (0 byte).') };
  if (bytes.length > caps.maxFileBytes) {
    return {
      ok: false,
      error: exchangeError(
        'too-large',
        `Tệp quá lớn (${(bytes.length / 1048576).toFixed(1)} MB; tệp tự đánh giá tối đa ${caps.maxFileBytes / 1048576} MB).`,
      ),
    };
  }
  if (startsWith(bytes, CFB_MAGIC)) return { ok: false, error: refuseCfb(bytes) };
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, error: refuseNotZip(bytes) };
  const read = readEntries(bytes, caps);
  if (!read.ok) return read;
  const refusal = checkEntries(bytes, read.entries, caps);
  return refusal ? { ok: false, error: refusal } : read;
}

/**
 * A copy of `bytes` whose local headers state the sizes of the (already checked) central directory, so the
 * parser's inflate buffers are bounded by them. Returns `bytes` itself when nothing needs patching.
 */
export function boundedZip(bytes: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  let out: Uint8Array | undefined;
  for (const e of entries) {
    const view = new DataView((out ?? bytes).buffer, (out ?? bytes).byteOffset, bytes.byteLength);
    const csz = view.getUint32(e.localOffset + 18, true);
    const usz = view.getUint32(e.localOffset + 22, true);
    if (csz === e.compressedSize && usz === e.uncompressedSize) continue;
    out ??= bytes.slice();
    const w = new DataView(out.buffer, out.byteOffset, out.byteLength);
    w.setUint32(e.localOffset + 18, e.compressedSize, true);
    w.setUint32(e.localOffset + 22, e.uncompressedSize, true);
  }
  return out ?? bytes;
}
