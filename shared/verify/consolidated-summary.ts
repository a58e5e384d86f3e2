/**
 * The "Tổng hợp" sheet of the consolidated workbook: one row per commune (Vietnamese collation of names), per
 * group self points, verified points and verified completion x/y, totals self and verified, index (verified total
 * ÷ max) and rank by verified total; then the district summary sentence.
 */
import type * as XLSX from 'xlsx';
import type { Period } from '../entry/types';
import { periodTitle } from '../exchange/form-sheet';
import { SheetBuilder } from '../exchange/sheet-builder';
import type { Group } from '../framework/types';
import { BOARD_STATE_LABELS_VI, type BoardState } from './board';
import type { VerificationFigures } from './figures';

/** One commune's row. */
export interface SummaryRow {
  code: string;
  name: string;
  state: BoardState;
  figures: VerificationFigures;
  rank: number;
}

/** Columns before the groups: STT, Đơn vị, Mã, Tình trạng. */
export const SUMMARY_LEAD = 4;
/** Columns per group: self points, verified points, verified completion. */
export const SUMMARY_PER_GROUP = 3;
const POINTS = '0.00';

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
  const done = rows.filter((r) => r.state === 'da-tham-tra').length;
  b.text(
    2,
    0,
    `Số đơn vị: ${rows.length}; đã thẩm tra xong: ${done}. Điểm thẩm tra chỉ tính các chỉ số đã được đồng ý hoặc điều chỉnh.`,
  ).merge(2, 0, 2, last);
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
  b.text(h1, L.totalsCol + 2, 'Chỉ số (thẩm tra)').merge(h1, L.totalsCol + 2, h2, L.totalsCol + 2);
  b.text(h1, L.totalsCol + 3, 'Xếp hạng').merge(h1, L.totalsCol + 3, h2, L.totalsCol + 3);
  rows.forEach((row, i) => {
    const r = L.firstRow + i;
    b.num(r, 0, i + 1, '0')
      .text(r, 1, row.name)
      .text(r, 2, row.code)
      .text(r, 3, BOARD_STATE_LABELS_VI[row.state]);
    groups.forEach((g, gi) => {
      const c = L.groupCol(gi);
      const d = row.figures.groups.find((x) => x.groupCode === g.code);
      if (!d) return;
      b.num(r, c, d.selfPoints, POINTS)
        .num(r, c + 1, d.verifiedPoints, POINTS)
        .text(r, c + 2, `${d.verifiedCompleted}/${d.total}`);
    });
    const u = row.figures.unit;
    b.num(r, L.totalsCol, u.selfPoints, POINTS).num(r, L.totalsCol + 1, u.verifiedPoints, POINTS);
    b.num(r, L.totalsCol + 2, u.verifiedIndex, '0.0000').num(r, L.totalsCol + 3, row.rank, '0');
  });
  const r = L.firstRow + rows.length + 1;
  b.text(r, 0, sentence).merge(r, 0, r, last);
  if (districtLine !== '') b.text(r + 1, 0, districtLine).merge(r + 1, 0, r + 1, last);
  return b.finish([5, 24, 8, 16, ...groups.flatMap(() => [10, 10, 10]), 11, 11, 10, 8]);
}
