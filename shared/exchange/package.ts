/**
 * The Office package inside a workbook file, opened cheaply after the zip guard and before any spreadsheet parse:
 * the small structural parts (content types, relationships, workbook, external links, connections) and every
 * worksheet and shared-strings part are inflated here, each stopped at the size its central directory declares
 * (a part that inflates past it is a lie and is refused at once, not decoded to the end). Sheet names are read
 * from the workbook part, NFC, so a missing "_manifest" is known before a single worksheet is parsed. Images,
 * embeddings and every other part are never inflated.
 */
import { Inflate, inflateSync, strFromU8 } from 'fflate';
import { formatViBytes } from '../text/numbers';
import { type ExchangeError, exchangeError } from './errors';
import { entryData, type ZipEntry } from './zip-guard';

/** Largest single part inflated (a district file with every note at its maximum has parts of ~3 MB). */
export const MAX_PART_BYTES = 16 * 1024 * 1024;

/** A worksheet as the workbook lists it. */
export interface SheetRef {
  /** The name as written; `nfcName` is what the reader compares. */
  name: string;
  nfcName: string;
  /** Path of its part in the zip ('' when the relationship is missing). */
  path: string;
  hidden: boolean;
}

/** The opened package: entry names, inflated texts of the parts read, and the sheets of the workbook. */
export interface OfficePackage {
  names: readonly string[];
  entries: ReadonlyMap<string, ZipEntry>;
  /** Text of an inflated part (BOM removed), or undefined when the part was not read or does not exist. */
  text(name: string): string | undefined;
  /** Raw bytes of an inflated part. */
  bytes(name: string): Uint8Array | undefined;
  sheets: SheetRef[];
}

const READ = [
  /^\[Content_Types\]\.xml$/,
  /(^|\/)_rels\/[^/]*\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/worksheets\/[^/]+\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/externalLinks\/[^/]+\.xml$/,
  /^xl\/connections\.xml$/,
  /^xl\/queryTables\/[^/]+\.xml$/,
];
const SLICE = 4096;
/**
 * Parts compressed to at most this many bytes are inflated in one call: at deflate's largest ratio (1:1032) a lying
 * one could run on to about 66 MB of discarded output, a few tens of milliseconds; larger parts stream in slices and
 * stop as soon as they pass their declared size.
 */
const ONE_SHOT_MAX = 64 * 1024;

/** Inflates one entry, never past its declared size; undefined when the data is not a valid stream. */
function inflate(bytes: Uint8Array, e: ZipEntry): Uint8Array | 'too-long' | undefined {
  const data = entryData(bytes, e);
  if (e.method === 0) return data;
  if (e.compressedSize <= ONE_SHOT_MAX) {
    // One call into a buffer of the declared size plus one byte: fflate writes nothing past it, so a longer stream
    // shows as a full buffer. Streaming grows fflate's buffers block by block, several times slower in Chromium.
    try {
      const got = inflateSync(data, { out: new Uint8Array(e.uncompressedSize + 1) });
      return got.length > e.uncompressedSize ? 'too-long' : got;
    } catch {
      return undefined;
    }
  }
  const out = new Uint8Array(e.uncompressedSize);
  let n = 0;
  let over = false;
  const inf = new Inflate((chunk) => {
    if (n + chunk.length > out.length) {
      over = true;
      throw new RangeError('over');
    }
    out.set(chunk, n);
    n += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += SLICE) inf.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    if (data.length === 0) inf.push(new Uint8Array(0), true);
  } catch {
    return over ? 'too-long' : undefined;
  }
  return n === out.length ? out : out.subarray(0, n);
}

const attr = (tag: string, name: string): string | undefined => {
  const m =
    new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag) ?? new RegExp(`\\s${name}\\s*=\\s*'([^']*)'`).exec(tag);
  return m?.[1] === undefined ? undefined : unescapeXml(m[1]);
};

/** The five predefined XML entities and numeric character references. */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

/** One relationship of a part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships in a `.rels` text. */
export function relationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
    external: (attr(tag, 'TargetMode') ?? '').toLowerCase() === 'external',
  }));
}

/** Resolves a relationship target against the folder of its source part ("xl/"), as a zip entry name. */
export function resolveTarget(baseFolder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseFolder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function sheetsOf(pkg: Pick<OfficePackage, 'text'>): SheetRef[] {
  const wb = pkg.text('xl/workbook.xml') ?? '';
  const rels = new Map(relationships(pkg.text('xl/_rels/workbook.xml.rels')).map((r) => [r.id, r]));
  return [...wb.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)].map(([tag]) => {
    const name = attr(tag, 'name') ?? '';
    const rid = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '';
    const rel = rels.get(rid);
    return {
      name,
      nfcName: name.normalize('NFC'),
      path: rel && !rel.external ? resolveTarget('xl/', rel.target) : '',
      hidden: /hidden/i.test(attr(tag, 'state') ?? ''),
    };
  });
}

const tooBig = (name: string, size: number): ExchangeError =>
  exchangeError(
    'too-large',
    `Tệp có thành phần "${name}" giải nén ra ${formatViBytes(size)}, quá giới hạn ${formatViBytes(MAX_PART_BYTES)} cho một phần của tệp tự đánh giá; từ chối để bảo vệ máy.`,
    name,
  );

/** Opens the package of a zip the guard accepted: inflates the parts the reader and the hazard scan need. */
export function openPackage(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
): { ok: true; pkg: OfficePackage } | { ok: false; error: ExchangeError } {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const data = new Map<string, Uint8Array>();
  const texts = new Map<string, string>();
  for (const e of entries) {
    if (!READ.some((re) => re.test(e.name))) continue;
    if (e.uncompressedSize > MAX_PART_BYTES) return { ok: false, error: tooBig(e.name, e.uncompressedSize) };
    const out = inflate(bytes, e);
    if (out === 'too-long')
      return {
        ok: false,
        error: exchangeError(
          'zip-bomb',
          `Tệp có thành phần "${e.name}" giải nén ra nhiều hơn kích thước ghi trong tệp (${formatViBytes(e.uncompressedSize)}): tệp bị làm giả, có thể là "bom nén"; từ chối để bảo vệ máy. Đề nghị đơn vị xuất lại tệp từ DTI Desk.`,
          e.name,
        ),
      };
    if (!out)
      return {
        ok: false,
        error: exchangeError(
          'truncated',
          'Tệp bị hỏng: một phần nén bên trong không giải nén được (tệp có thể tải về hoặc sao chép chưa xong). Đề nghị đơn vị gửi lại tệp.',
          e.name,
        ),
      };
    data.set(e.name, out);
  }
  const text = (name: string): string | undefined => {
    let t = texts.get(name);
    const d = data.get(name);
    if (t === undefined && d) texts.set(name, (t = strFromU8(d).replace(/^\uFEFF/, '')));
    return t;
  };
  const partial = { text };
  return {
    ok: true,
    pkg: {
      names: entries.map((e) => e.name),
      entries: byName,
      text,
      bytes: (name) => data.get(name),
      sheets: sheetsOf(partial),
    },
  };
}

/** The sheet named `name` (NFC; exact, else case- and space-insensitive), or undefined. */
export function findSheetRef(sheets: readonly SheetRef[], name: string): SheetRef | undefined {
  const want = name.normalize('NFC');
  return (
    sheets.find((s) => s.nfcName === want) ?? sheets.find((s) => s.nfcName.trim().toLowerCase() === want.toLowerCase())
  );
}
