/**
 * The "Tổng hợp" sheet of the consolidated workbook: one row per commune (Vietnamese collation of names), per
 * group self points, verified points and verified completion x/y, totals self and verified, index (verified total
 * ÷ max, in %) and rank by verified total, as ./report.ts decides; then the summary sentence.
 */
import { type Halves, writeAdminHeader, writeClosing, writeTitles } from '../documents/admin-block';
import type { SheetDoc } from '../excel/doc';
import { type CellStyle, INT_FMT, POINTS_FMT, S } from '../excel/styles';
import type { Period } from '../entry/types';
import { type FormDoc, periodTitle } from '../exchange/form-sheet';
import { SheetBuilder } from '../excel/sheet-builder';
import type { Group } from '../framework/types';
import { indexPercent } from '../scoring/format';
import type { ReportCounts, ReportRow } from './report';
import { nameInSentence } from './minutes';

/** One row of the sheet: a report row (./report.ts). */
export type SummaryRow = ReportRow;

/** A cell of the Tổng hợp table: a number (points, counts, percent) or a text; null leaves it empty. */
export type SummaryCell = number | string | null;

/** What a verified column shows for a commune not verified to the end. */
export const NOT_VERIFIED_CELL = 'chưa thẩm tra';

/**
 * The cells of one row, in column order (STT, Đơn vị, Mã, Tình trạng, per group self / verified / verified
 * completion, total self / verified, index %, rank): the content, whatever writer lays it out. A commune not
 * verified shows its self-assessed points under "Tự đánh giá" and "chưa thẩm tra" in every verified column, with
 * no index and no rank; a unit that sent nothing shows "Chưa nộp" and nothing else.
 */
export function summaryCells(row: ReportRow, groups: readonly Group[], index: number): SummaryCell[] {
  const lead: SummaryCell[] = [index + 1, row.name, row.code, row.statusText];
  if (row.status === 'missing') return [...lead, ...groups.flatMap(() => [null, null, null]), null, null, null, null];
  const verified = row.status === 'verified';
  const cells = groups.flatMap((g): SummaryCell[] => {
    const c = row.groups.find((x) => x.groupCode === g.code);
    if (!c) return [null, null, null];
    return verified
      ? [c.selfPoints, c.verifiedPoints, `${c.verifiedCompleted ?? 0}/${c.total}`]
      : [c.selfPoints, NOT_VERIFIED_CELL, NOT_VERIFIED_CELL];
  });
  const index100 =
    verified && row.verifiedPoints !== null && row.maxPoints ? indexPercent(row.verifiedPoints, row.maxPoints) : null;
  return [
    ...lead,
    ...cells,
    row.selfPoints,
    verified ? row.verifiedPoints : NOT_VERIFIED_CELL,
    verified ? index100 : '—',
    verified ? row.rank : '—',
  ];
}

/** Columns before the groups: STT, Đơn vị, Mã, Tình trạng. */
export const SUMMARY_LEAD = 4;
/** Columns per group: self points, verified points, verified completion. */
export const SUMMARY_PER_GROUP = 3;
const POINTS = '0.00';

/** Number format of each column (points and index with 2 decimals, counts as integers). */
export function summaryKinds(groups: number): string[] {
  return [
    '0',
    'General',
    'General',
    'General',
    ...Array.from({ length: groups }, () => [POINTS, POINTS, 'General']).flat(),
    POINTS,
    POINTS,
    POINTS,
    '0',
  ];
}

/** The line under the title: what the sheet covers and what its verified figures count. */
export function coverageLine(c: ReportCounts): string {
  return (
    `Số đơn vị: ${c.units}; đã nhận: ${c.received}; đã thẩm tra: ${c.verified}; chưa thẩm tra: ${c.unverified}; chưa nộp: ${c.missing}. ` +
    'Điểm thẩm tra, chỉ số, xếp hạng và nhận định chỉ tính các xã đã thẩm tra xong; xã chưa thẩm tra ghi điểm tự đánh giá.'
  );
}

/** Where things are on the "Tổng hợp" sheet (0-based), for readers and tests. */
export interface SummaryLayout {
  firstRow: number;
  groupCol: (groupIndex: number) => number;
  totalsCol: number;
}

/** The layout for `groups` groups. */
export function summaryLayout(groups: number): SummaryLayout {
  return {
    firstRow: TOP + 2,
    groupCol: (gi) => SUMMARY_LEAD + gi * SUMMARY_PER_GROUP,
    totalsCol: SUMMARY_LEAD + groups * SUMMARY_PER_GROUP,
  };
}

const TH: CellStyle = { ...S.th, size: 10 };
const TD: CellStyle = { ...S.td, size: 10 };
const TDR: CellStyle = { ...S.tdRight, size: 10 };
/** Rows of the header block, titles and coverage lines above the table header. */
const TOP = 10;

/** The look of a number cell of number format `kind` (./summaryKinds), Vietnamese separators. */
function numLook(kind: string): CellStyle {
  return { ...S.tdPoints, size: 10, numFmt: kind === POINTS ? POINTS_FMT : INT_FMT };
}

/**
 * The two halves of the header block and the signatures: over the lead and the first group, and over the last
 * groups and the totals; with fewer than four groups (no framework known yet), over the lead and the totals.
 */
function halvesOf(groups: number, last: number): Halves {
  if (groups < 4) return { left: [0, SUMMARY_LEAD - 1], right: [SUMMARY_LEAD, last] };
  const L = summaryLayout(groups);
  return { left: [0, L.groupCol(1) - 1], right: [L.groupCol(Math.max(2, groups - 3)), last] };
}

/**
 * Builds the "Tổng hợp" sheet as a BÁO CÁO: header block, title and "Kính gửi", the coverage line, the table (its
 * two header rows on every printed page, frozen on screen), the sentence and the signatures. `rows` are already in
 * display order; `doc` holds the report's words (./../exchange/form-sheet `formDoc`).
 */
export function buildConsolidatedSummary(
  district: { name: string },
  period: Period,
  groups: readonly Group[],
  rows: readonly SummaryRow[],
  sentence: string,
  districtLine: string,
  counts: ReportCounts,
  partialNote = '',
  doc?: FormDoc,
): SheetDoc {
  const L = summaryLayout(groups.length);
  const last = L.totalsCol + 3;
  const widths = [4, 18, 6, 11, ...groups.flatMap(() => [6.5, 6.5, 6.5]), 8, 8, 7, 5];
  const b = new SheetBuilder(widths);
  const halves = halvesOf(groups.length, last);
  if (doc) writeAdminHeader(b, { ...doc.header, dateLine: doc.dateLine }, halves, 0);
  writeTitles(b, 4, last, [
    'BÁO CÁO',
    `Tổng hợp kết quả thẩm tra mức độ chuyển đổi số cấp xã ${periodTitle(period).toLowerCase()} của ${nameInSentence(district.name)}`,
    doc ? `Kính gửi: ${doc.recipient}` : '',
  ]);
  b.para(TOP - 2, 0, last, coverageLine(counts), S.label);
  if (partialNote !== '') b.para(TOP - 1, 0, last, partialNote, { ...S.label, bold: true });
  const h1 = TOP;
  const h2 = TOP + 1;
  ['STT', 'Đơn vị', 'Mã', 'Tình trạng'].forEach((t, c) => b.text(h1, c, t, TH).merge(h1, c, h2, c));
  groups.forEach((g, gi) => {
    const c = L.groupCol(gi);
    b.text(h1, c, `${g.code}. ${g.name} (${g.maxPoints})`, TH).merge(h1, c, h1, c + 2);
    b.text(h2, c, 'Tự đánh giá', TH)
      .text(h2, c + 1, 'Thẩm tra', TH)
      .text(h2, c + 2, 'Hoàn thành (thẩm tra)', TH);
  });
  b.text(h1, L.totalsCol, 'Tổng điểm', TH).merge(h1, L.totalsCol, h1, L.totalsCol + 1);
  b.text(h2, L.totalsCol, 'Tự đánh giá', TH).text(h2, L.totalsCol + 1, 'Thẩm tra', TH);
  b.text(h1, L.totalsCol + 2, 'Chỉ số (%) (thẩm tra)', TH).merge(h1, L.totalsCol + 2, h2, L.totalsCol + 2);
  b.text(h1, L.totalsCol + 3, 'Xếp hạng', TH).merge(h1, L.totalsCol + 3, h2, L.totalsCol + 3);
  b.height(h1, 42).height(h2, 54);
  const kinds = summaryKinds(groups.length);
  rows.forEach((row, i) => {
    const r = L.firstRow + i;
    summaryCells(row, groups, i).forEach((cell, c) => {
      if (typeof cell === 'number') b.num(r, c, cell, numLook(kinds[c] ?? 'General'));
      else if (typeof cell === 'string') b.text(r, c, cell, c < SUMMARY_LEAD ? TD : TDR);
      else b.text(r, c, '', TD);
    });
  });
  let end = L.firstRow + rows.length + 1;
  b.para(end++, 0, last, sentence);
  if (districtLine !== '') b.para(end++, 0, last, districtLine);
  if (doc) writeClosing(b, end + 1, halves, { left: doc.preparer, right: doc.head });
  return b.finish(widths, {
    page: { orientation: 'landscape', lastCol: last, titleRows: [h1, h2] },
    freezeRows: h2 + 1,
  });
}
