/**
 * The "Tổng hợp" sheet of the consolidated workbook, a BÁO CÁO: one row per unit (Vietnamese collation of names)
 * with its totals — self and verified points, indicators completed (verified), index (verified total ÷ max, in %)
 * and rank by verified total, as ./report.ts decides — then the summary sentence and the signatures. The points
 * and completion of each group are in the report's appendix (./consolidated-appendix): with them the table had 32
 * columns and printed at about 6 pt on A4; without them it prints at its own size.
 */
import { type Halves, writeAdminHeader, writeClosing, writeTitles } from '../documents/admin-block';
import type { SheetDoc } from '../excel/doc';
import { type CellStyle, INT_FMT, POINTS_FMT, S } from '../excel/styles';
import type { Period } from '../entry/types';
import { type FormDoc, periodTitle } from '../exchange/form-sheet';
import { SheetBuilder } from '../excel/sheet-builder';
import { indexPercent } from '../scoring/format';
import type { ReportCounts, ReportRow } from './report';
import { nameInSentence } from './minutes';

/** One row of the sheet: a report row (./report.ts). */
export type SummaryRow = ReportRow;

/** A cell of a consolidated table: a number (points, counts, percent) or a text; null leaves it empty. */
export type SummaryCell = number | string | null;

/** What a verified column shows for a commune not verified to the end. */
export const NOT_VERIFIED_CELL = 'chưa thẩm tra';

/**
 * The cells of one row, in column order (STT, Đơn vị, Mã, Tình trạng, total self / verified, indicators completed
 * (verified), index %, rank): the content, whatever writer lays it out. A commune not verified shows its
 * self-assessed points and "chưa thẩm tra" in every verified column, with no index and no rank; a unit that sent
 * nothing shows "Chưa nộp" and nothing else.
 */
export function summaryCells(row: ReportRow, index: number): SummaryCell[] {
  const lead: SummaryCell[] = [index + 1, row.name, row.code, row.statusText];
  if (row.status === 'missing') return [...lead, null, null, null, null, null];
  const verified = row.status === 'verified';
  const index100 =
    verified && row.verifiedPoints !== null && row.maxPoints ? indexPercent(row.verifiedPoints, row.maxPoints) : null;
  return [
    ...lead,
    row.selfPoints,
    verified ? row.verifiedPoints : NOT_VERIFIED_CELL,
    verified ? `${row.completed ?? 0}/${row.total ?? 0}` : NOT_VERIFIED_CELL,
    verified ? index100 : '—',
    verified ? row.rank : '—',
  ];
}

/** Columns before the totals: STT, Đơn vị, Mã, Tình trạng. */
export const SUMMARY_LEAD = 4;
const POINTS = '0.00';

/** Number format of each column (points and index with 2 decimals, counts as integers). */
const KINDS = ['0', 'General', 'General', 'General', POINTS, POINTS, 'General', POINTS, '0'];

/** The line under the title: what the sheet covers and what its verified figures count. */
export function coverageLine(c: ReportCounts): string {
  return (
    `Số đơn vị: ${c.units}; đã nhận: ${c.received}; đã thẩm tra: ${c.verified}; chưa thẩm tra: ${c.unverified}; chưa nộp: ${c.missing}. ` +
    'Điểm thẩm tra, chỉ số, xếp hạng và nhận định chỉ tính các xã đã thẩm tra xong; xã chưa thẩm tra ghi điểm tự đánh giá.'
  );
}

/** Where things are on the "Tổng hợp" sheet (0-based), for readers and tests. */
export const SUMMARY_LAYOUT = {
  /** The first unit's row. */
  firstRow: 12,
  /** Total self points; then verified points, indicators completed, index %, rank. */
  totalsCol: SUMMARY_LEAD,
} as const;

/** Table text at 11 pt, as Nghị định 30/2020 allows for tables (11–12). */
const TH: CellStyle = { ...S.th, size: 11 };
const TD: CellStyle = { ...S.td, size: 11 };
const TDR: CellStyle = { ...S.tdRight, size: 11 };
/** Rows of the header block, titles and coverage lines above the table header. */
const TOP = SUMMARY_LAYOUT.firstRow - 2;
/** STT, Đơn vị, Mã, Tình trạng, Tổng điểm (tự đánh giá, thẩm tra), hoàn thành, chỉ số, xếp hạng: 115 characters. */
const WIDTHS = [5, 28, 8, 20, 11, 11, 12, 11, 9];
const LAST = WIDTHS.length - 1;
/** The header block and the signatures: over STT–Mã, and over Tình trạng–Xếp hạng. */
const HALVES: Halves = { left: [0, 2], right: [3, LAST] };

/** The look of a number cell of number format `kind`, Vietnamese separators. */
function numLook(kind: string): CellStyle {
  return { ...S.tdPoints, size: 11, numFmt: kind === POINTS ? POINTS_FMT : INT_FMT };
}

/** What the "Tổng hợp" sheet says: the report's words and figures. */
export interface SummaryInput {
  district: { name: string };
  period: Period;
  /** In display order. */
  rows: readonly SummaryRow[];
  sentence: string;
  /** The district's own result, or ''. */
  districtLine: string;
  counts: ReportCounts;
  /** What is missing from a partial report, printed under the title, or ''. */
  partialNote?: string;
  /** Where the points of each group are (the appendix), or ''. */
  appendixNote?: string;
  /** The report's words (../exchange/form-sheet `formDoc`); without them, no header block and no signatures. */
  doc?: FormDoc;
}

/**
 * Builds the "Tổng hợp" sheet as a BÁO CÁO: header block, title and "Kính gửi", the coverage line, the table (its
 * two header rows on every printed page, frozen on screen), the sentence, where the appendix is, and the signatures.
 */
export function buildConsolidatedSummary(x: SummaryInput): SheetDoc {
  const b = new SheetBuilder(WIDTHS);
  const { doc } = x;
  if (doc) writeAdminHeader(b, { ...doc.header, dateLine: doc.dateLine }, HALVES, 0);
  writeTitles(b, 4, LAST, [
    'BÁO CÁO',
    `Tổng hợp kết quả thẩm tra mức độ chuyển đổi số cấp xã ${periodTitle(x.period).toLowerCase()} của ${nameInSentence(x.district.name)}`,
    doc ? `Kính gửi: ${doc.recipient}` : '',
  ]);
  b.para(TOP - 2, 0, LAST, coverageLine(x.counts), S.label);
  if (x.partialNote) b.para(TOP - 1, 0, LAST, x.partialNote, { ...S.label, bold: true });
  const h1 = TOP;
  const h2 = TOP + 1;
  const t = SUMMARY_LAYOUT.totalsCol;
  ['STT', 'Đơn vị', 'Mã', 'Tình trạng'].forEach((text, c) => b.text(h1, c, text, TH).merge(h1, c, h2, c));
  b.text(h1, t, 'Tổng điểm', TH).merge(h1, t, h1, t + 1);
  b.text(h2, t, 'Tự đánh giá', TH).text(h2, t + 1, 'Thẩm tra', TH);
  b.text(h1, t + 2, 'Số chỉ số hoàn thành (thẩm tra)', TH).merge(h1, t + 2, h2, t + 2);
  b.text(h1, t + 3, 'Chỉ số (%) (thẩm tra)', TH).merge(h1, t + 3, h2, t + 3);
  b.text(h1, t + 4, 'Xếp hạng', TH).merge(h1, t + 4, h2, t + 4);
  b.height(h1, 24).height(h2, 36);
  x.rows.forEach((row, i) => {
    const r = SUMMARY_LAYOUT.firstRow + i;
    summaryCells(row, i).forEach((cell, c) => {
      if (typeof cell === 'number') b.num(r, c, cell, numLook(KINDS[c] ?? 'General'));
      else if (typeof cell === 'string') b.text(r, c, cell, c < SUMMARY_LEAD ? TD : TDR);
      else b.text(r, c, '', TD);
    });
  });
  let end = SUMMARY_LAYOUT.firstRow + x.rows.length + 1;
  b.para(end++, 0, LAST, x.sentence);
  if (x.districtLine !== '') b.para(end++, 0, LAST, x.districtLine);
  if (x.appendixNote) b.para(end++, 0, LAST, x.appendixNote);
  if (doc) writeClosing(b, end + 1, HALVES, { left: doc.preparer, right: doc.head });
  return b.finish(WIDTHS, {
    page: { orientation: 'landscape', lastCol: LAST, titleRows: [h1, h2] },
    freezeRows: h2 + 1,
  });
}
