/**
 * The hazard scan: what a workbook carries that DTI Desk never follows but that Excel would meet when the verifier
 * opens the original file later. Pure and by rule (part names, relationship types and targets, formula syntax),
 * never by file name. Each finding has its class, a detail (what and where), the decision for its class and a
 * Vietnamese message saying what it is and what to do. The app's import and `dti-desk check` give the same
 * findings for the same file because both call `scanHazards`.
 *
 * Decisions (README "Tệp nhận vào: mối nguy và quyết định"): a class that can run code or write files when the
 * original is opened or unpacked is refused; a class that only points elsewhere is imported with a warning.
 */
import { stripBidi } from '../text/normalize';
import { relationships, unescapeXml } from './package';

/** A class of hazard. */
export type HazardClass =
  | 'path-traversal'
  | 'macro'
  | 'embedded-object'
  | 'dde'
  | 'external-link'
  | 'data-connection'
  | 'formula'
  | 'bidi-control';

/** Refuse the file, or import it and show the warning in the dry run. */
export type HazardDecision = 'refuse' | 'warn';

/** One hazard found in a file. */
export interface HazardFinding {
  class: HazardClass;
  /** What and where, for the officer and the log (names, targets, cells). */
  detail: string;
  decision: HazardDecision;
  /** Vietnamese: what it is and what to do. */
  message: string;
}

/** The decision for each class (documented in the README). */
export const HAZARD_DECISIONS: Readonly<Record<HazardClass, HazardDecision>> = Object.freeze({
  'path-traversal': 'refuse',
  macro: 'refuse',
  'embedded-object': 'refuse',
  dde: 'refuse',
  'external-link': 'warn',
  'data-connection': 'warn',
  formula: 'warn',
  'bidi-control': 'warn',
});

const REEXPORT = 'Đề nghị đơn vị xuất lại tệp từ DTI Desk và gửi lại.';
const DONT_OPEN = 'đừng mở tệp gốc bằng Excel khi chưa kiểm tra';

const MESSAGES: Record<HazardClass, (detail: string) => string> = {
  'path-traversal': (d) =>
    `Tệp có thành phần mang tên trỏ ra ngoài thư mục giải nén (${d}), dấu hiệu tệp bị làm ra để ghi đè tệp trên máy. DTI Desk từ chối tệp này; đừng giải nén tệp gốc. ${REEXPORT}`,
  macro: (d) =>
    `Tệp có chứa macro (${d}); macro có thể chạy lệnh khi mở bằng Excel. DTI Desk từ chối tệp này; ${DONT_OPEN}. ${REEXPORT}`,
  'embedded-object': (d) =>
    `Tệp có nhúng đối tượng hoặc gói tệp khác (${d}), có thể là chương trình chạy được khi bấm vào trong Excel. DTI Desk từ chối tệp này; ${DONT_OPEN}. ${REEXPORT}`,
  dde: (d) =>
    `Tệp có liên kết DDE (${d}); khi mở bằng Excel, liên kết này có thể chạy lệnh trên máy. DTI Desk từ chối tệp này; ${DONT_OPEN}. ${REEXPORT}`,
  'external-link': (d) => `Tệp có liên kết ngoài tới ${d}; DTI Desk không dùng liên kết này; ${DONT_OPEN}.`,
  'data-connection': (d) =>
    `Tệp có kết nối dữ liệu ngoài (${d}); DTI Desk không dùng kết nối này; ${DONT_OPEN} và không bấm "Bật nội dung" (Enable Content).`,
  formula: (d) =>
    `Tệp có công thức ở ${d}; tệp xuất từ DTI Desk không có công thức. DTI Desk chỉ đọc giá trị đã lưu trong ô và so với dữ liệu gốc, không tính công thức; mở tệp gốc bằng Excel có thể cho giá trị khác. Hãy hỏi lại đơn vị nếu cần.`,
  'bidi-control': (d) =>
    `Có ký tự điều khiển hướng chữ (như U+202E, làm "abc[U+202E]gnp.exe" hiện thành "abcexe.png") trong ${d}; DTI Desk đã xoá các ký tự này khi nhập. Hãy kiểm tra lại nội dung các trường đó.`,
};

/** A finding of `cls` with its decision and message. */
export function hazard(cls: HazardClass, detail: string): HazardFinding {
  const d = clipDetail(detail);
  return { class: cls, detail: d, decision: HAZARD_DECISIONS[cls], message: MESSAGES[cls](d) };
}

function clipDetail(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  const t = stripBidi(s).replace(/[\u0000-\u001f\u007f]/g, '?');
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

/** What `scanHazards` needs of a package: entry names, texts of parts, worksheets with their part paths. */
export interface PackageView {
  names: readonly string[];
  text(name: string): string | undefined;
  sheets: readonly { name: string; path: string }[];
}

const listed = (items: readonly string[], max = 4): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} và ${items.length - max} mục khác`;

/** Entry names that would land outside the folder they are unpacked into, or that no Office writer produces. */
function badName(n: string): boolean {
  return (
    n.startsWith('/') ||
    n.includes('\\') ||
    /^[A-Za-z]:/.test(n) ||
    n.split('/').some((seg) => seg === '..') ||
    // eslint-disable-next-line no-control-regex -- a control character in an entry name is the hazard
    /[\u0000-\u001f]/.test(n)
  );
}

const EMBED_TYPE = /\/(oleObject|package|control|activeXControlBinary|attachedTemplate)$/i;

/** The DDE form `app|topic!item`: a bar outside string literals (Excel formulas use none otherwise). */
export function isDdeFormula(formula: string): boolean {
  return /\|/.test(formula.replace(/"(?:[^"]|"")*"/g, '""')) || /^\s*=?\s*DDE(AUTO)?\b/i.test(formula);
}

/** Formula cells of one worksheet part: address (or "?") and formula text. */
function formulas(xml: string): { cell: string; formula: string }[] {
  const out: { cell: string; formula: string }[] = [];
  for (const m of xml.matchAll(/<((?:[\w.-]+:)?)f(?=[\s/>])([^>]*?)(\/>|>([\s\S]*?)<\/\1f>)/g)) {
    const at = m.index ?? 0;
    const open = xml.lastIndexOf(`<${m[1] ?? ''}c`, at);
    const tag = open < 0 ? '' : xml.slice(open, xml.indexOf('>', open) + 1);
    const ref = /\sr\s*=\s*"([A-Z]{1,3}\d{1,7})"/.exec(tag)?.[1] ?? '?';
    out.push({ cell: ref, formula: unescapeXml(m[4] ?? '') });
  }
  return out;
}

function scanSheets(pkg: PackageView, found: HazardFinding[]): void {
  const dde: string[] = [];
  const cells: string[] = [];
  for (const s of pkg.sheets) {
    const xml = s.path ? pkg.text(s.path) : undefined;
    if (!xml || !/<(?:[\w.-]+:)?f[\s/>]/.test(xml)) continue;
    for (const f of formulas(xml)) {
      const where = `ô ${f.cell} trang "${s.name}"`;
      if (isDdeFormula(f.formula)) dde.push(`${where}: =${f.formula}`);
      else cells.push(where);
    }
  }
  if (dde.length > 0) found.push(hazard('dde', listed(dde, 2)));
  if (cells.length > 0) found.push(hazard('formula', listed(cells)));
}

function scanParts(pkg: PackageView, found: HazardFinding[]): void {
  const traversal = pkg.names.filter(badName);
  if (traversal.length > 0) found.push(hazard('path-traversal', listed(traversal.map((n) => `"${n}"`))));
  const macro = pkg.names.filter((n) => /(^|\/)vbaProject\.bin$|^xl\/macrosheets\//i.test(n));
  const ct = pkg.text('[Content_Types].xml') ?? '';
  if (macro.length === 0 && /macroEnabled\.main\+xml/i.test(ct)) macro.push('sổ làm việc dạng .xlsm');
  if (macro.length > 0) found.push(hazard('macro', listed(macro)));
  const embedded = pkg.names.filter((n) => /^xl\/(embeddings|activeX)\//i.test(n));
  for (const n of pkg.names.filter((x) => x.endsWith('.rels'))) {
    for (const r of relationships(pkg.text(n))) {
      if (EMBED_TYPE.test(r.type)) embedded.push(r.external ? r.target : `${r.type.split('/').pop()} → ${r.target}`);
    }
  }
  if (embedded.length > 0) found.push(hazard('embedded-object', listed([...new Set(embedded)])));
}

function scanLinks(pkg: PackageView, found: HazardFinding[]): void {
  const dde: string[] = [];
  const targets: string[] = [];
  for (const n of pkg.names.filter((x) => /^xl\/externalLinks\/[^/]+\.xml$/.test(x))) {
    const xml = pkg.text(n) ?? '';
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?ddeLink\b[^>]*>/g)) {
      const service = /ddeService\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? '?';
      const topic = /ddeTopic\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? '';
      dde.push(unescapeXml(`${service}|${topic}`));
    }
    if (/<(?:[\w.-]+:)?oleLink\b/.test(xml)) dde.push(`liên kết OLE trong ${n}`);
  }
  for (const n of pkg.names.filter((x) => x.endsWith('.rels'))) {
    for (const r of relationships(pkg.text(n))) if (r.external && !EMBED_TYPE.test(r.type)) targets.push(r.target);
  }
  if (dde.length > 0) found.push(hazard('dde', listed(dde, 2)));
  if (targets.length > 0) found.push(hazard('external-link', listed([...new Set(targets)], 2)));
  const conn = pkg.text('xl/connections.xml');
  const queries = pkg.names.filter((x) => /^xl\/queryTables\//.test(x));
  if (conn !== undefined || queries.length > 0) {
    const sources = [...(conn ?? '').matchAll(/\s(?:sourceFile|connection|url)\s*=\s*"([^"]*)"/g)].map((m) =>
      unescapeXml(m[1] ?? ''),
    );
    found.push(hazard('data-connection', listed(sources.length > 0 ? sources : [...queries, 'xl/connections.xml'], 2)));
  }
}

/**
 * Every hazard of a workbook package, refusals first. An honest DTI Desk export, and its re-save by Excel or
 * LibreOffice, gives none.
 */
export function scanHazards(pkg: PackageView): HazardFinding[] {
  const found: HazardFinding[] = [];
  scanParts(pkg, found);
  scanLinks(pkg, found);
  scanSheets(pkg, found);
  const byClass = new Map<HazardClass, HazardFinding>();
  for (const f of found) {
    const prev = byClass.get(f.class);
    byClass.set(f.class, prev ? hazard(f.class, `${prev.detail}; ${f.detail}`) : f);
  }
  return [...byClass.values()].sort((a, b) => (a.decision === b.decision ? 0 : a.decision === 'refuse' ? -1 : 1));
}
