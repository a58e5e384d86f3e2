/** Writes the "Tổng hợp" sheet: per group entered x/y, completion x/y, points/max; the total, index and sentence. */
import type { SheetDoc } from '../excel/doc';
import { S } from '../excel/styles';
import { indexPercent, unitSentence, type UnitAggregate } from '../scoring';
import { SheetBuilder } from '../excel/sheet-builder';

const HEADERS = ['Nhóm', 'Tên nhóm', 'Đã nhập', 'Hoàn thành và cơ bản hoàn thành', 'Điểm', 'Điểm tối đa', 'Tỷ lệ điểm'];
const WIDTHS = [7, 34, 10, 16, 11, 10, 10];
const LAST = HEADERS.length - 1;

/** Builds the "Tổng hợp" sheet from the engine's aggregate. */
export function buildSummarySheet(unitName: string, periodText: string, agg: UnitAggregate): SheetDoc {
  const b = new SheetBuilder(WIDTHS);
  b.para(0, 0, LAST, `TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ`, S.title);
  b.para(1, 0, LAST, `${unitName} — ${periodText}`, S.subtitle);
  HEADERS.forEach((h, c) => b.text(3, c, h, S.th));
  let r = 4;
  for (const g of agg.groups) {
    b.text(r, 0, String(g.group.code), S.tdCenter).text(r, 1, g.group.name);
    b.text(r, 2, `${g.entered}/${g.total}`, S.tdRight).text(r, 3, `${g.completed}/${g.total}`, S.tdRight);
    b.num(r, 4, g.points, S.tdPoints)
      .num(r, 5, g.maxPoints, S.tdInt)
      .num(r, 6, g.maxPoints > 0 ? g.points / g.maxPoints : 0, S.tdPercent);
    r++;
  }
  b.text(r, 1, 'Tổng cộng', S.total).text(r, 2, `${agg.entered}/${agg.total}`, { ...S.total, h: 'right' });
  b.text(r, 3, `${agg.completed}/${agg.total}`, { ...S.total, h: 'right' });
  b.num(r, 4, agg.points, S.totalPoints).num(r, 5, agg.maxPoints, S.totalInt);
  b.num(r, 6, agg.index, { ...S.totalPoints, numFmt: S.tdPercent.numFmt }).fill(r, 0, LAST, S.total);
  r += 2;
  b.para(r, 0, 3, 'Chỉ số chuyển đổi số (điểm ÷ điểm tối đa, %)', S.label);
  b.num(r, 4, indexPercent(agg.points, agg.maxPoints), { ...S.tdPoints, border: false });
  r += 1;
  b.para(r, 0, LAST, `${unitSentence(agg)}.`);
  return b.finish(WIDTHS, { page: { orientation: 'landscape', lastCol: LAST, titleRows: [3, 3] }, freezeRows: 4 });
}
