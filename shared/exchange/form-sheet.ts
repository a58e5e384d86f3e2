/**
 * Writes the "Biểu mẫu 01" sheet as in the real commune reports: header (reporting unit → receiving unit, period),
 * A. Thông tin chung, B. Chỉ số đánh giá grouped "1. Nhận thức số (100)" → 1.1, 1.2 … with group subtotals and a
 * total, then the summary sentence and signatures. Columns K–S repeat the stored fields exactly for the reader.
 */
import type * as XLSX from 'xlsx';
import type { EntryData, GeneralInfo, Period } from '../entry/types';
import type { Framework } from '../framework/types';
import { formatPointsShort, unitSentence, type UnitAggregate } from '../scoring';
import { formatViNumber } from '../text/numbers';
import { displayEvidence, displayValue, FORM_COLUMNS, INFO_LABELS, scoreOf } from './form-layout';
import { SheetBuilder } from './sheet-builder';

/** What the form needs besides the framework and values. */
export interface FormHeader {
  unitName: string;
  districtName: string;
  period: Period;
}

const LAST = 9; // column J: the printed form; K–S are the machine columns.
const POINTS = '0.00';

/** "UBND huyện Gia Viễn" from "Huyện Gia Viễn". */
export function receivingUnit(districtName: string): string {
  const name = districtName.trim();
  if (/^ubnd\b/i.test(name)) return name;
  return `UBND ${name.replace(/^(Huyện|Quận|Thị xã|Thành phố)\b/u, (w) => w.toLowerCase())}`;
}

/** "Năm 2024" or "6 tháng đầu năm 2024". */
export function periodTitle(period: Period): string {
  return period.kind === 'year' ? `Năm ${period.year}` : `6 tháng đầu năm ${period.year}`;
}

/** Writes the form's header block (rows 1–7): units, national motto, title, period and framework. */
export function header(b: SheetBuilder, fw: Framework, h: FormHeader): void {
  b.text(0, 0, `Đơn vị báo cáo: ${h.unitName}`).merge(0, 0, 0, 4);
  b.text(0, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').merge(0, 5, 0, LAST);
  b.text(1, 0, `Đơn vị nhận báo cáo: ${receivingUnit(h.districtName)}`).merge(1, 0, 1, 4);
  b.text(1, 5, 'Độc lập - Tự do - Hạnh phúc').merge(1, 5, 1, LAST);
  b.text(3, 0, 'BIỂU MẪU 01').merge(3, 0, 3, LAST);
  const level = fw.level === 'commune' ? 'CẤP XÃ' : 'CẤP HUYỆN';
  b.text(4, 0, `BÁO CÁO TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ ${level} ${periodTitle(h.period).toUpperCase()}`).merge(
    4,
    0,
    4,
    LAST,
  );
  b.text(5, 0, `Kỳ báo cáo: ${periodTitle(h.period)}`).merge(5, 0, 5, LAST);
  b.text(6, 0, `Bộ chỉ số: ${fw.title} (phiên bản ${fw.version})`).merge(6, 0, 6, LAST);
}

/** Writes A. Thông tin chung from row `r0`; returns the row after it. */
export function infoBlock(b: SheetBuilder, h: FormHeader, info: GeneralInfo, r0: number): number {
  b.text(r0, 0, 'A. THÔNG TIN CHUNG').merge(r0, 0, r0, LAST);
  const rows: [string, string][] = [
    ['Tên đơn vị', h.unitName],
    ...INFO_LABELS.map(([f, label]): [string, string] => [label, info[f]]),
  ];
  rows.forEach(([label, value], i) => {
    const r = r0 + 1 + i;
    b.text(r, 0, String(i + 1))
      .text(r, 1, label)
      .text(r, 2, value)
      .merge(r, 2, r, LAST);
  });
  return r0 + 1 + rows.length;
}

/** Builds the "Biểu mẫu 01" sheet from normalised entries (one per indicator, framework order). */
export function buildFormSheet(
  fw: Framework,
  h: FormHeader,
  info: GeneralInfo,
  entries: readonly EntryData[],
  agg: UnitAggregate,
): XLSX.WorkSheet {
  const b = new SheetBuilder();
  header(b, fw, h);
  let r = infoBlock(b, h, info, 8) + 1;
  b.text(r, 0, 'B. CHỈ SỐ ĐÁNH GIÁ').merge(r, 0, r, LAST);
  r++;
  FORM_COLUMNS.forEach((col, c) => b.text(r, c, col.header));
  r++;
  const byCode = new Map(entries.map((e) => [e.code, e]));
  for (const g of agg.groups) {
    b.text(r, 0, `${g.group.code}. ${g.group.name} (${formatPointsShort(g.group.maxPoints)})`).merge(r, 0, r, 2);
    b.num(r, 3, g.group.maxPoints, '0');
    r++;
    for (const ind of fw.indicators.filter((i) => i.groupCode === g.group.code)) {
      const e = byCode.get(ind.code);
      if (!e) continue;
      const s = scoreOf(fw, ind, e.raw);
      FORM_COLUMNS.forEach((col, c) => {
        switch (col.field) {
          case 'code':
            return void b.text(r, c, ind.code);
          case 'name':
            return void b.text(r, c, ind.name);
          case 'unit':
            return void b.text(r, c, ind.unit);
          case 'max':
            return void b.num(r, c, ind.maxPoints, '0');
          case 'method':
            return void b.text(r, c, ind.method);
          case 'display':
            return void b.text(r, c, displayValue(ind, e.raw));
          case 'score':
            return void b.num(r, c, s.points, POINTS);
          case 'status':
            return void b.text(r, c, s.status);
          case 'evidenceDisplay':
            return void b.text(r, c, displayEvidence(e.evidence));
          case 'note':
            return void b.text(r, c, e.note);
          case 'docNumber':
          case 'docDate':
          case 'summary':
          case 'link':
            return void b.text(r, c, e.evidence[col.field]);
          default:
            return void b.text(r, c, e.raw[col.field] ?? '');
        }
      });
      r++;
    }
    b.text(r, 1, `Cộng nhóm ${g.group.code}`).num(r, 3, g.group.maxPoints, '0').num(r, 6, g.points, POINTS);
    b.text(r, 7, `Hoàn thành ${g.completed}/${g.total}`);
    r++;
  }
  b.text(r, 1, 'TỔNG CỘNG').num(r, 3, agg.maxPoints, '0').num(r, 6, agg.points, POINTS);
  b.text(r, 7, `Chỉ số: ${formatViNumber(agg.index * 100, 2)}%`);
  r += 2;
  b.text(r, 0, `${unitSentence(agg)}.`).merge(r, 0, r, LAST);
  r += 2;
  b.text(r, 0, 'NGƯỜI LẬP BIỂU').merge(r, 0, r, 4).text(r, 5, 'THỦ TRƯỞNG ĐƠN VỊ').merge(r, 5, r, LAST);
  return b.finish(FORM_COLUMNS.map((c) => c.width));
}
