/**
 * The zip guard: reads a file's zip central directory itself and refuses what must never reach the parser — not
 * a zip (saying what the file is: PDF, image, HTML, CSV…), truncated, too many entries, too large once unpacked,
 * suspicious compression ratios, encrypted entries, password-protected xlsx or xls and Excel 97–2003 files (told
 * apart by reading the small OLE container), macros, and zips that are not xlsx. Every message says what the file
 * is and what to do, in Vietnamese.
 *
 * SheetJS sizes its inflate buffer from the *local* header and grows it without bound when that size is 0 (as in
 * files written with data descriptors, e.g. by LibreOffice). `boundedZip` therefore returns a copy whose local
 * headers carry the sizes checked here, so no entry can unpack past its declared (capped) size.
 */
import * as XLSX from 'xlsx';
import { formatViBytes } from '../text/numbers';
import { type ExchangeError, exchangeError } from './errors';
import { hazard } from './hazards';

/**
 * Caps of the guard. Our exports are ~40 KB with ~12 entries (a district file with every note at its maximum stays
 * well under 1 MB). The file cap also bounds the parser's CPU: an entry that lies about its size cannot make the
 * parser allocate more than declared, but it still decodes the whole stream (≤ ~1,000 × its compressed size).
 */
export const ZIP_CAPS = Object.freeze({
  maxFileBytes: 2 * 1024 * 1024,
  maxEntries: 2000,
  maxTotalUncompressed: 50 * 1024 * 1024,
  /**
   * Entries above this uncompressed size must not exceed `maxRatio`. Smaller parts are inflated by the package
   * reader only up to their declared size, so a 5 MB text cell is named as a too-long cell, not as a bomb.
   */
  ratioCheckAbove: 16 * 1024 * 1024,
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

/** Result of `inspectZip`: the entries and the archive's comment (ASCII, at most 200 characters), or the refusal. */
export type ZipInspection = { ok: true; entries: ZipEntry[]; comment: string } | { ok: false; error: ExchangeError };

/** Longest archive comment kept: DTI Desk's own (the form seal, ./form-seal) is under 100 characters. */
const MAX_COMMENT = 200;

/** The stored (compressed) data of an entry the guard accepted: its bounds were checked. */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start =
    e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  return bytes.subarray(start, start + e.compressedSize);
}

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

const SAVE_AS_XLSX =
  'Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel), rồi nhập lại.';
const REMOVE_PASSWORD =
  'Hãy gỡ mật khẩu: mở tệp bằng Excel, chọn Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xoá mật khẩu và lưu lại, rồi nhập lại tệp.';

/** True when the BIFF workbook stream of an Excel 97–2003 file starts with a FILEPASS record (a password). */
function biffEncrypted(bytes: Uint8Array): boolean {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' });
    const wb = XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book');
    const data = wb?.content as Uint8Array | undefined;
    if (!data) return false;
    for (let p = 0, i = 0; p + 4 <= data.length && i < 64; i++) {
      const type = data[p]! | (data[p + 1]! << 8);
      if (type === 0x2f) return true;
      if (type === 0x0a) return false;
      p += 4 + (data[p + 2]! | (data[p + 3]! << 8));
    }
  } catch {
    return false;
  }
  return false;
}

/** Names an OLE/CFB container: a password-protected xlsx, an Excel 97–2003 file (with or without password). */
function refuseCfb(bytes: Uint8Array): ExchangeError {
  if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')) {
    return exchangeError(
      'encrypted',
      `Tệp Excel được đặt mật khẩu mở tệp nên DTI Desk không đọc được. ${REMOVE_PASSWORD}`,
    );
  }
  if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'Book')) {
    if (biffEncrypted(bytes))
      return exchangeError(
        'encrypted',
        'Tệp là Excel 97–2003 (.xls) được đặt mật khẩu nên DTI Desk không đọc được. Hãy gỡ mật khẩu (mở bằng Excel, Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xoá mật khẩu), rồi lưu lại dưới dạng .xlsx và nhập lại.',
      );
    return exchangeError('xls', `Tệp là định dạng Excel 97–2003 (.xls), DTI Desk chỉ đọc tệp .xlsx. ${SAVE_AS_XLSX}`);
  }
  if (hasUtf16(bytes, 'WordDocument'))
    return exchangeError('docx', 'Tệp là văn bản Word 97–2003 (.doc) được đặt tên .xlsx, không phải tệp Excel.');
  return exchangeError(
    'xls',
    `Tệp là tệp Office định dạng cũ (OLE) nhưng không phải sổ làm việc Excel. Hãy chọn đúng tệp .xlsx xuất từ DTI Desk.`,
  );
}

const PICK_AGAIN = 'Hãy chọn đúng tệp Excel (.xlsx) do đơn vị xuất từ DTI Desk.';
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** Signatures of files officers attach by mistake, with what to call them. */
const MAGICS: readonly [number[], string][] = [
  [ascii('%PDF'), 'tài liệu PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'ảnh PNG'],
  [[0xff, 0xd8, 0xff], 'ảnh JPEG'],
  [ascii('GIF8'), 'ảnh GIF'],
  [ascii('Rar!'), 'tệp nén RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'tệp nén 7z'],
  [[0x1f, 0x8b], 'tệp nén gzip'],
  [ascii('MZ'), 'chương trình Windows (.exe)'],
  [ascii('{\\rtf'), 'văn bản RTF'],
];

/** Says what a non-zip file looks like, so the officer knows which file was picked by mistake. */
function refuseNotZip(bytes: Uint8Array): ExchangeError {
  const head = String.fromCharCode(...bytes.subarray(0, 512))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<table')) {
    return exchangeError(
      'not-zip',
      `Tệp là trang HTML được đặt tên .xlsx, không phải tệp Excel xuất từ DTI Desk. ${SAVE_AS_XLSX}`,
    );
  }
  const magic = MAGICS.find(([m]) => startsWith(bytes, m));
  if (magic)
    return exchangeError('not-zip', `Tệp là ${magic[1]} được đặt tên .xlsx, không phải tệp Excel. ${PICK_AGAIN}`);
  if (head.startsWith('<?xml'))
    return exchangeError('not-zip', `Tệp là tệp XML (có thể là Excel 2003 XML), không phải tệp .xlsx. ${SAVE_AS_XLSX}`);
  const printable = [...bytes.subarray(0, 512)].every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
  if (printable)
    return exchangeError(
      'not-zip',
      `Tệp là văn bản thuần (CSV/TXT) được đặt tên .xlsx, không phải tệp Excel. ${PICK_AGAIN}`,
    );
  return exchangeError('not-zip', `Tệp không phải là tệp Excel .xlsx (không đúng cấu trúc tệp nén). ${PICK_AGAIN}`);
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
  // The comment as stated, cut at the file's end; anything but printable ASCII ends it.
  const stated = bytes.subarray(eocd + 22, Math.min(bytes.length, eocd + 22 + view.getUint16(eocd + 20, true)));
  let comment = '';
  for (const b of stated.subarray(0, MAX_COMMENT)) {
    if (b < 0x20 || b > 0x7e) break;
    comment += String.fromCharCode(b);
  }
  return { ok: true, entries, comment };
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
        `Tệp giải nén quá lớn (trên ${formatViBytes(caps.maxTotalUncompressed)}); từ chối để bảo vệ máy.`,
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
  if (names.has('xl/vbaProject.bin')) {
    const h = hazard('macro', 'xl/vbaProject.bin');
    return { ...exchangeError('hazard', h.message, h.detail), hazards: [h] };
  }
  const accept = caps.alsoAccept ?? [];
  if (names.has('mimetype') && names.has('content.xml')) {
    if (accept.includes('ods')) return undefined;
    return exchangeError('ods', `Tệp là bảng tính OpenDocument (.ods), DTI Desk chỉ đọc tệp .xlsx. ${SAVE_AS_XLSX}`);
  }
  if (names.has('word/document.xml'))
    return exchangeError('docx', 'Tệp là văn bản Word (.docx) được đặt tên .xlsx, không phải tệp Excel.');
  if (names.has('ppt/presentation.xml'))
    return exchangeError('docx', 'Tệp là bản trình chiếu PowerPoint, không phải tệp Excel.');
  if (!names.has('xl/workbook.xml') && !(accept.includes('xlsb') && names.has('xl/workbook.bin')))
    return exchangeError(
      'not-xlsx',
      `Tệp nén không phải là tệp Excel .xlsx (không có sổ làm việc bên trong). ${PICK_AGAIN}`,
    );
  if (!names.has('[Content_Types].xml'))
    return exchangeError(
      'not-xlsx',
      'Tệp nén có sổ làm việc nhưng thiếu phần khai báo loại nội dung bắt buộc của tệp Excel, thường do tệp bị nén lại bằng công cụ khác. Hãy dùng đúng tệp do DTI Desk xuất ra, hoặc đề nghị đơn vị xuất lại tệp.',
      'no [Content_Types].xml',
    );
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
        `Tệp quá lớn (${formatViBytes(bytes.length)}; tệp tự đánh giá tối đa ${formatViBytes(caps.maxFileBytes)}). Hãy kiểm tra đã chọn đúng tệp xuất từ DTI Desk.`,
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
