/**
 * Behind the one door (./open-workbook) for an xlsx, cheap checks first: zip guard (central directory only) → package
 * (small parts and worksheets inflated, each stopped at its declared size) → the sheets asked for are present
 * (names from the workbook part, NFC) → cell counts of those sheets → hazard scan → only then SheetJS, given just
 * the parts it needs and asked to parse just those sheets. Never throws.
 */
import { strToU8 } from 'fflate';
import * as XLSX from 'xlsx';
import { VALUES_ONLY, WORKBOOK_LIMITS } from '../excel/sheet-grid';
import { formatViNumber } from '../text/numbers';
import { type ExchangeError, exchangeError } from './errors';
import { type HazardFinding, scanHazards } from './hazards';
import { PARSE_HEAP_FACTOR } from './read-limits';
import { findSheetRef, type OfficePackage, openPackage, type SheetRef, unescapeXml } from './package';
import type { ZipEntry } from './zip-guard';

/** SheetJS's exported zip-container reader (not in its typings): parses a CFB container built from our parts. */
const sheetjs = XLSX as unknown as {
  parse_zip(zip: unknown, opts: XLSX.ParsingOptions): XLSX.WorkBook;
  CFB: { utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, data: Uint8Array, o: object): void } };
};

/** A sheet the caller needs, with the refusal to give when it is missing. */
export interface WantedSheet {
  name: string;
  missing: ExchangeError;
}

/** The parsed workbook (only the wanted sheets), the package and the hazards to warn about. */
export type GuardedRead =
  { ok: true; wb: XLSX.WorkBook; pkg: OfficePackage; hazards: HazardFinding[] } | { ok: false; error: ExchangeError };

/** Most cells a wanted sheet may hold: its row cap times its column cap. */
const MAX_CELLS = WORKBOOK_LIMITS.maxRows * WORKBOOK_LIMITS.maxColumns;

function countCells(xml: string): number {
  let n = 0;
  for (const _ of xml.matchAll(/<(?:[\w.-]+:)?c[\s/>]/g)) if (++n > MAX_CELLS) break;
  return n;
}

const tooManyCells = (ref: SheetRef): ExchangeError =>
  exchangeError(
    'sheet-too-large',
    `Trang "${ref.nfcName}" có hơn ${formatViNumber(MAX_CELLS)} ô dữ liệu, quá lớn đối với tệp này (tối đa ${formatViNumber(WORKBOOK_LIMITS.maxRows)} dòng × ${WORKBOOK_LIMITS.maxColumns} cột). Đề nghị đơn vị xuất lại tệp từ DTI Desk.`,
    ref.path,
  );

/**
 * A cell that refers to the shared strings: a `t="s"` attribute, in any quoting, spacing or prefix. Linear in the
 * sheet's length whatever it holds (no pattern inside a tag: a hostile run of tags never backtracks). Anything
 * else that looks the same only hands SheetJS the strings it did not need.
 */
const SHARED_CELL = /[\s:]t\s*=\s*["']s["']/;

/**
 * Parts SheetJS reads for the wanted sheets; every other part stays out of its reach. Styles are not among them: they
 * only tell number formats and dates apart, and the readers take cached values (VALUES_ONLY), never formatted text.
 * The shared strings are left out too when no sheet to parse refers to them: a DTI Desk manifest carries its text
 * inline (../excel/inline-text), so a sealed file's read parses none of the form's strings.
 */
function partsFor(pkg: OfficePackage, sheetPaths: ReadonlySet<string>): string[] {
  const shared = [...sheetPaths].some((p) => SHARED_CELL.test(pkg.text(p) ?? ''));
  return pkg.names.filter((n) => {
    if (!pkg.bytes(n)) return false;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(n)) return sheetPaths.has(n);
    if (n === 'xl/sharedStrings.xml') return shared;
    return /^\[Content_Types\]\.xml$|^_rels\/\.rels$|^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels)$/.test(n);
  });
}

const CONTENT_TYPES = '[Content_Types].xml';

/** The content types with only the parts handed to SheetJS (it fetches every listed part and fails on absent ones). */
function contentTypesFor(ct: string, parts: ReadonlySet<string>): Uint8Array {
  const kept = ct.replace(/<(?:[\w.-]+:)?Override\b[^>]*>/g, (tag) => {
    const name = /PartName\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '';
    return parts.has(unescapeXml(name).replace(/^\//, '')) ? tag : '';
  });
  return strToU8(kept);
}

/**
 * Reads xlsx `bytes` whose central directory the zip guard accepted (`entries`) through every further guard and
 * returns the wanted sheets parsed (every sheet when none is named), or the first refusal.
 */
export function readGuardedWorkbook(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  wanted: readonly WantedSheet[] = [],
  checkpoint?: (heldBytes: number) => void,
  parseOnly?: readonly string[],
): GuardedRead {
  const opened = openPackage(bytes, entries);
  if (!opened.ok) return opened;
  const pkg = opened.pkg;
  const refs = wanted.length === 0 ? pkg.sheets.filter((r) => pkg.text(r.path) !== undefined) : [];
  for (const r of wanted.length === 0 ? refs : []) {
    if (countCells(pkg.text(r.path) ?? '') > MAX_CELLS) return { ok: false, error: tooManyCells(r) };
  }
  for (const w of wanted) {
    const ref = findSheetRef(pkg.sheets, w.name);
    if (!ref || !pkg.text(ref.path)) return { ok: false, error: w.missing };
    if (countCells(pkg.text(ref.path) ?? '') > MAX_CELLS) return { ok: false, error: tooManyCells(ref) };
    refs.push(ref);
  }
  const hazards = scanHazards(pkg);
  const refused = hazards.find((h) => h.decision === 'refuse');
  if (refused) return { ok: false, error: { ...exchangeError('hazard', refused.message, refused.detail), hazards } };
  // Every wanted sheet is checked above; the caller may parse fewer of them (the form seal: ./form-seal).
  const parsed =
    parseOnly && wanted.length > 0 ? refs.filter((r) => parseOnly.some((n) => findSheetRef([r], n))) : refs;
  const parts = partsFor(pkg, new Set(parsed.map((r) => r.path)));
  // The memory cap is asked before the parse, from the real sizes of what SheetJS is about to read.
  checkpoint?.(parts.reduce((sum, n) => sum + (pkg.bytes(n)?.length ?? 0), 0) * PARSE_HEAP_FACTOR);
  try {
    const cfb = sheetjs.CFB.utils.cfb_new();
    const set = new Set(parts);
    for (const n of parts) {
      const data = n === CONTENT_TYPES ? contentTypesFor(pkg.text(n) ?? '', set) : (pkg.bytes(n) as Uint8Array);
      sheetjs.CFB.utils.cfb_add(cfb, n, data, { unsafe: true });
    }
    const wb = sheetjs.parse_zip(cfb, {
      ...VALUES_ONLY,
      ...(wanted.length > 0 ? { sheets: parsed.map((r) => r.name) } : {}),
    });
    return { ok: true, wb, pkg, hazards };
  } catch (e) {
    return {
      ok: false,
      error: exchangeError(
        'unreadable',
        'Không đọc được nội dung tệp Excel: cấu trúc bên trong bị hỏng hoặc do một phần mềm lạ ghi ra. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx, hoặc đề nghị đơn vị xuất lại tệp từ DTI Desk.',
        e instanceof Error ? e.message : String(e),
      ),
    };
  }
}
