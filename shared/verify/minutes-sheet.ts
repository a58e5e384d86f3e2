/**
 * Writes the minutes (Biên bản thẩm tra) into a SheetJS sheet: data, column widths and merges, no styles, no
 * formulas (through ../exchange/sheet-builder). `writeMinutes` appends one commune's minutes at a row so the
 * consolidated workbook can put every commune's minutes one after another on one sheet.
 */
import type * as XLSX from 'xlsx';
import { SheetBuilder } from '../exchange/sheet-builder';
import { formatPointsShort, roundPoints, shownDiff } from '../scoring/format';
import { formatIndex, type MinutesModel, roundRemark } from './minutes';

const LAST = 7; // columns A–H
const POINTS = '0.00';

/** Column widths of a minutes sheet. */
export const MINUTES_WIDTHS: readonly number[] = [5, 8, 40, 20, 10, 20, 10, 44];

function line(b: SheetBuilder, r: number, text: string): number {
  b.text(r, 0, text).merge(r, 0, r, LAST);
  return r + 1;
}

/** Writes `m` from row `r0` (0-based); returns the first row after it. */
export function writeMinutes(b: SheetBuilder, m: MinutesModel, r0: number): number {
  let r = r0;
  b.text(r, 0, m.issuer).merge(r, 0, r, 2);
  b.text(r, 3, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').merge(r, 3, r, LAST);
  r++;
  b.text(r, 0, 'TỔ THẨM TRA').merge(r, 0, r, 2).text(r, 3, 'Độc lập - Tự do - Hạnh phúc').merge(r, 3, r, LAST);
  r += 2;
  r = line(b, r, m.title);
  r = line(b, r, m.subtitle);
  r = line(b, r + 1, m.opening);
  r = line(b, r + 1, 'I. THÀNH PHẦN TỔ THẨM TRA');
  m.team.forEach((t, i) => {
    b.text(r, 0, String(i + 1))
      .text(r, 1, t.name)
      .merge(r, 1, r, 2)
      .text(r, 3, t.position)
      .merge(r, 3, r, LAST);
    r++;
  });
  r = line(b, r + 1, `II. CÁC CHỈ SỐ ĐIỀU CHỈNH (${m.adjusted.length})`);
  [
    'TT',
    'Mã',
    'Chỉ số',
    'Số liệu tự đánh giá',
    'Điểm tự chấm',
    'Số liệu thẩm tra',
    'Điểm thẩm tra',
    'Lý do điều chỉnh',
  ].forEach((h, c) => b.text(r, c, h));
  r++;
  m.adjusted.forEach((a, i) => {
    b.num(r, 0, i + 1, '0')
      .text(r, 1, a.code)
      .text(r, 2, a.name)
      .text(r, 3, a.selfDisplay)
      .num(r, 4, roundPoints(a.selfPoints), POINTS);
    b.text(r, 5, a.verifiedDisplay).num(r, 6, roundPoints(a.verifiedPoints), POINTS).text(r, 7, roundRemark(a));
    r++;
  });
  r = line(b, r + 1, `III. CÁC CHỈ SỐ YÊU CẦU BỔ SUNG (${m.requested.length})`);
  ['TT', 'Mã', 'Chỉ số', 'Số liệu tự đánh giá', 'Nội dung yêu cầu bổ sung'].forEach((h, c) => b.text(r, c, h));
  b.merge(r, 4, r, LAST);
  r++;
  m.requested.forEach((q, i) => {
    b.num(r, 0, i + 1, '0')
      .text(r, 1, q.code)
      .text(r, 2, q.name)
      .text(r, 3, q.selfDisplay)
      .text(r, 4, roundRemark(q))
      .merge(r, 4, r, LAST);
    r++;
  });
  r = line(b, r + 1, 'IV. KẾT QUẢ');
  b.text(r, 2, 'Nội dung').text(r, 3, 'Tự đánh giá').text(r, 5, 'Thẩm tra').text(r, 6, 'Chênh lệch');
  r++;
  const { self: s, verified: v } = m.totals;
  b.text(r, 2, `Tổng điểm (tối đa ${formatPointsShort(s.maxPoints)})`)
    .num(r, 3, roundPoints(s.points), POINTS)
    .num(r, 5, roundPoints(v.points), POINTS)
    .num(r, 6, shownDiff(s.points, v.points), POINTS);
  r++;
  b.text(r, 2, 'Hoàn thành và cơ bản hoàn thành')
    .text(r, 3, `${s.completed}/${s.total}`)
    .text(r, 5, `${v.completed}/${v.total}`)
    .num(r, 6, v.completed - s.completed, '0');
  r++;
  b.text(r, 2, 'Chỉ số (điểm ÷ điểm tối đa)').text(r, 3, formatIndex(s)).text(r, 5, formatIndex(v));
  r++;
  r = line(b, r + 1, m.conclusion);
  if (m.followUp !== '') r = line(b, r, m.followUp);
  r = line(b, r, m.closing);
  r++;
  b.text(r, 0, `ĐẠI DIỆN ${m.unitName.toUpperCase()}`)
    .merge(r, 0, r, 3)
    .text(r, 4, 'TỔ TRƯỞNG TỔ THẨM TRA')
    .merge(r, 4, r, LAST);
  return r + 1;
}

/** The minutes of one commune as a sheet of its own. */
export function minutesSheet(m: MinutesModel): XLSX.WorkSheet {
  const b = new SheetBuilder();
  writeMinutes(b, m, 0);
  return b.finish(MINUTES_WIDTHS);
}
