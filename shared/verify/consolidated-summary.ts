/**
 * The "Tổng hợp" sheet of the consolidated workbook: one row per commune (Vietnamese collation of names), per
 * group self points, verified points and verified completion x/y, totals self and verified, index (verified total
 * ÷ max, in %) and rank by verified total, as ./report.ts decides; then the summary sentence.
 */
import type * as XLSX from 'xlsx';
import type { Period } from '../entry/types';
import { periodTitle } from '../exchange/form-sheet';
import { SheetBuilder } from '../exchange/sheet-builder';
import type { Group } from '../framework/types';
import { indexPercent } from '../scoring/format';
import type { ReportCounts, ReportRow } from './report';

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
    firstRow: 6,
    groupCol: (gi) => SUMMARY_LEAD + gi * SUMMARY_PER_GROUP,
    totalsCol: SUMMARY_LEAD + groups * SUMMARY_PER_GROUP,
  };
}

/** Builds the "Tổng hợp" sheet. `rows` are already in display order. */
export function buildConsolidatedSummary(
  district: { name: string },
  period: Period,
  groups: readonly Group[],
  rows: readonly SummaryRow[],
  sentence: string,
  districtLine: string,
  counts: ReportCounts,
  partialNote = '',
): XLSX.WorkSheet {
  const L = summaryLayout(groups.length);
  const last = L.totalsCol + 3;
  const b = new SheetBuilder();
  b.text(0, 0, `UBND ${district.name.replace(/^(Huyện|Quận|Thị xã|Thành phố)\b/u, (w) => w.toLowerCase())}`).merge(
    0,
    0,
    0,
    5,
  );
  b.text(1, 0, `TỔNG HỢP KẾT QUẢ THẨM TRA MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP XÃ ${periodTitle(period).toUpperCase()}`).merge(
    1,
    0,
    1,
    last,
  );
  b.text(2, 0, coverageLine(counts)).merge(2, 0, 2, last);
  if (partialNote !== '') b.text(3, 0, partialNote).merge(3, 0, 3, last);
  const h1 = 4;
  const h2 = 5;
  ['STT', 'Đơn vị', 'Mã', 'Tình trạng'].forEach((t, c) => b.text(h1, c, t).merge(h1, c, h2, c));
  groups.forEach((g, gi) => {
    const c = L.groupCol(gi);
    b.text(h1, c, `${g.code}. ${g.name} (${g.maxPoints})`).merge(h1, c, h1, c + 2);
    b.text(h2, c, 'Tự đánh giá')
      .text(h2, c + 1, 'Thẩm tra')
      .text(h2, c + 2, 'Hoàn thành (thẩm tra)');
  });
  b.text(h1, L.totalsCol, 'Tổng điểm').merge(h1, L.totalsCol, h1, L.totalsCol + 1);
  b.text(h2, L.totalsCol, 'Tự đánh giá').text(h2, L.totalsCol + 1, 'Thẩm tra');
  b.text(h1, L.totalsCol + 2, 'Chỉ số (%) (thẩm tra)').merge(h1, L.totalsCol + 2, h2, L.totalsCol + 2);
  b.text(h1, L.totalsCol + 3, 'Xếp hạng').merge(h1, L.totalsCol + 3, h2, L.totalsCol + 3);
  const kinds = summaryKinds(groups.length);
  rows.forEach((row, i) => {
    const r = L.firstRow + i;
    summaryCells(row, groups, i).forEach((cell, c) => {
      if (typeof cell === 'number') b.num(r, c, cell, kinds[c] ?? 'General');
      else if (typeof cell === 'string') b.text(r, c, cell);
    });
  });
  const r = L.firstRow + rows.length + 1;
  b.text(r, 0, sentence).merge(r, 0, r, last);
  if (districtLine !== '') b.text(r + 1, 0, districtLine).merge(r + 1, 0, r + 1, last);
  return b.finish([5, 24, 8, 16, ...groups.flatMap(() => [10, 10, 10]), 11, 11, 10, 8]);
}
