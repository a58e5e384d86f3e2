/** Writes the "Tổng hợp" sheet: per group entered x/y, completion x/y, points/max; the total, index and sentence. */
import type * as XLSX from 'xlsx';
import { unitSentence, type UnitAggregate } from '../scoring';
import { SheetBuilder } from './sheet-builder';

const HEADERS = ['Nhóm', 'Tên nhóm', 'Đã nhập', 'Hoàn thành và cơ bản hoàn thành', 'Điểm', 'Điểm tối đa', 'Tỷ lệ điểm'];

/** Builds the "Tổng hợp" sheet from the engine's aggregate. */
export function buildSummarySheet(unitName: string, periodText: string, agg: UnitAggregate): XLSX.WorkSheet {
  const b = new SheetBuilder();
  b.text(0, 0, `TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ — ${unitName} — ${periodText}`).merge(0, 0, 0, HEADERS.length - 1);
  HEADERS.forEach((h, c) => b.text(2, c, h));
  let r = 3;
  for (const g of agg.groups) {
    b.text(r, 0, String(g.group.code)).text(r, 1, g.group.name);
    b.text(r, 2, `${g.entered}/${g.total}`).text(r, 3, `${g.completed}/${g.total}`);
    b.num(r, 4, g.points, '0.00')
      .num(r, 5, g.maxPoints, '0')
      .num(r, 6, g.maxPoints > 0 ? g.points / g.maxPoints : 0, '0.00%');
    r++;
  }
  b.text(r, 1, 'Tổng cộng').text(r, 2, `${agg.entered}/${agg.total}`).text(r, 3, `${agg.completed}/${agg.total}`);
  b.num(r, 4, agg.points, '0.00').num(r, 5, agg.maxPoints, '0').num(r, 6, agg.index, '0.00%');
  r += 2;
  b.text(r, 0, 'Chỉ số chuyển đổi số (điểm ÷ điểm tối đa)').merge(r, 0, r, 3).num(r, 4, agg.index, '0.0000');
  r += 1;
  b.text(r, 0, `${unitSentence(agg)}.`).merge(r, 0, r, HEADERS.length - 1);
  return b.finish([7, 30, 10, 16, 10, 10, 10]);
}
