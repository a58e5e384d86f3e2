/**
 * Writes the "Biểu mẫu 01" sheet as an administrative report (Nghị định 30/2020/NĐ-CP): the header block (issuing
 * body, number, national motto, place and date), "BIỂU MẪU 01", the title and "Kính gửi: …", A. Thông tin chung,
 * B. Chỉ số đánh giá grouped "1. Nhận thức số (100)" → 1.1, 1.2 … with group subtotals and a total, the summary
 * sentence, then the date line and both signature blocks in one row. A4 landscape, one page wide, the table header
 * on every printed page. Columns K–S repeat the stored fields exactly for the reader: hidden, outside the print
 * area. Words (bodies, recipient, signers) come from `FormDoc`, built by `formDoc` from the units and settings.
 */
import type { SheetDoc } from '../excel/doc';
import { type CellStyle, S } from '../excel/styles';
import type { EntryData, GeneralInfo, Period } from '../entry/types';
import type { Framework } from '../framework/types';
import { formatPointsShort, unitSentence, type UnitAggregate } from '../scoring';
import { formatViNumber } from '../text/numbers';
import {
  type AdminHeader,
  type Halves,
  SIGN_PERSON,
  SIGN_SEAL,
  type Signature,
  writeAdminHeader,
  writeClosing,
} from '../documents/admin-block';
import { DEFAULT_DOC_SETTINGS, type DocKind, type DocSettings } from '../documents/settings';
import { dateLine, documentNumber, issuingBody, placeOf, supervisingBody, ubndInText } from '../documents/words';
import { displayEvidence, displayValue, FORM_COLUMNS, INFO_LABELS, scoreOf } from './form-layout';
import { methodText } from '../framework/method-text';
import { SheetBuilder } from '../excel/sheet-builder';

/** The words of the form's header block and closing. */
export interface FormDoc {
  header: AdminHeader;
  /** "UBND huyện Gia Viễn" (Kính gửi). */
  recipient: string;
  dateLine: string;
  preparer: Signature;
  head: Signature;
}

/** What the form needs besides the framework and values. */
export interface FormHeader {
  unitName: string;
  districtName: string;
  period: Period;
  /** Header block and closing words; `formDoc(...)` when not given. */
  doc?: FormDoc;
}

/** The printed columns are A–J; K–S are the machine columns (hidden, outside the print area). */
export const FORM_LAST = 9;
const LAST = FORM_LAST;
/** Column widths of the printed form (characters), machine columns after them. */
export const FORM_WIDTHS: readonly number[] = [
  5,
  24,
  7,
  7,
  30,
  11,
  8,
  10,
  16,
  14,
  ...FORM_COLUMNS.slice(10).map((c) => c.width),
];
/** Left half [A–C] and right half [E–J] of the page for the header block and signatures. */
export const FORM_HALVES: Halves = { left: [0, 3], right: [4, LAST] };

/** "UBND huyện Gia Viễn" from "Huyện Gia Viễn". */
export function receivingUnit(districtName: string): string {
  return ubndInText(districtName);
}

/** "Năm 2024" or "6 tháng đầu năm 2024". */
export function periodTitle(period: Period): string {
  return period.kind === 'year' ? `Năm ${period.year}` : `6 tháng đầu năm ${period.year}`;
}

/** The words of a report (form, consolidated) of `unitName` to `receivingName`, from the settings, dated `at`. */
export function formDoc(
  unitName: string,
  receivingName: string,
  at: number,
  settings: DocSettings = DEFAULT_DOC_SETTINGS,
  kind: DocKind = 'report',
): FormDoc {
  const place = settings.place.trim() === '' ? placeOf(unitName) : settings.place;
  return {
    header: {
      supervising: supervisingBody(receivingName),
      issuing: issuingBody(unitName),
      number: documentNumber(settings.numbers[kind], 'BC'),
    },
    recipient: receivingUnit(receivingName),
    dateLine: dateLine(place, at),
    preparer: { title: 'NGƯỜI LẬP BIỂU', note: SIGN_PERSON, name: settings.preparer },
    head: {
      authority: settings.signerAuthority,
      title: settings.signerTitle.trim() === '' ? 'THỦ TRƯỞNG ĐƠN VỊ' : settings.signerTitle,
      note: SIGN_SEAL,
      name: settings.signerName,
    },
  };
}

const docOf = (h: FormHeader): FormDoc => h.doc ?? formDoc(h.unitName, h.districtName, Date.now());

/** Writes the form's header block and titles; returns the first row after them. */
export function header(b: SheetBuilder, fw: Framework, h: FormHeader, last = LAST): number {
  const doc = docOf(h);
  const halves: Halves = { left: FORM_HALVES.left, right: [FORM_HALVES.right[0], last] };
  let r = writeAdminHeader(b, { ...doc.header, dateLine: doc.dateLine }, halves, 0);
  b.para(r++, 0, last, 'BIỂU MẪU 01', S.subtitle);
  const level = fw.level === 'commune' ? 'CẤP XÃ' : 'CẤP HUYỆN';
  b.para(
    r++,
    0,
    last,
    `BÁO CÁO TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ ${level} ${periodTitle(h.period).toUpperCase()}`,
    S.title,
  );
  b.para(r++, 0, last, `Kính gửi: ${doc.recipient}`, S.centered);
  b.para(r++, 0, last, `Kỳ báo cáo: ${periodTitle(h.period)} — Bộ chỉ số: ${fw.title} (phiên bản ${fw.version})`, {
    ...S.centered,
    size: 12,
    italic: true,
  });
  return r + 1;
}

/** Writes A. Thông tin chung from row `r0` (label in B, value in C); returns the row after it. */
export function infoBlock(b: SheetBuilder, h: FormHeader, info: GeneralInfo, r0: number, last = LAST): number {
  b.para(r0, 0, last, 'A. THÔNG TIN CHUNG', S.paraBold);
  const rows: [string, string][] = [
    ['Tên đơn vị', h.unitName],
    ...INFO_LABELS.map(([f, label]): [string, string] => [label, info[f]]),
  ];
  rows.forEach(([label, value], i) => {
    const r = r0 + 1 + i;
    b.text(r, 0, String(i + 1), S.tdCenter).text(r, 1, label, S.td);
    b.text(r, 2, value, S.td).merge(r, 2, r, last);
    b.fit(r, 2, last, value, 11);
  });
  return r0 + 1 + rows.length;
}

/** Writes the closing: date line and the two signature blocks, one row. */
export function closing(b: SheetBuilder, h: FormHeader, r: number, last = LAST): number {
  const doc = docOf(h);
  return writeClosing(
    b,
    r,
    { left: FORM_HALVES.left, right: [FORM_HALVES.right[0], last] },
    {
      dateLine: doc.dateLine,
      left: doc.preparer,
      right: doc.head,
    },
  );
}

/** Builds the "Biểu mẫu 01" sheet from normalised entries (one per indicator, framework order). */
export function buildFormSheet(
  fw: Framework,
  h: FormHeader,
  info: GeneralInfo,
  entries: readonly EntryData[],
  agg: UnitAggregate,
): SheetDoc {
  const b = new SheetBuilder(FORM_WIDTHS);
  let r = infoBlock(b, h, info, header(b, fw, h)) + 1;
  b.para(r++, 0, LAST, 'B. CHỈ SỐ ĐÁNH GIÁ', S.paraBold);
  const headerRow = r;
  FORM_COLUMNS.forEach((col, c) => b.text(r, c, col.header, c <= LAST ? S.th : S.machine));
  r++;
  const byCode = new Map(entries.map((e) => [e.code, e]));
  for (const g of agg.groups) {
    b.text(r, 0, `${g.group.code}. ${g.group.name} (${formatPointsShort(g.group.maxPoints)})`, S.group).merge(
      r,
      0,
      r,
      2,
    );
    b.num(r, 3, g.group.maxPoints, S.groupInt).fill(r, 4, LAST, S.group);
    r++;
    for (const ind of fw.indicators.filter((i) => i.groupCode === g.group.code)) {
      const e = byCode.get(ind.code);
      if (!e) continue;
      const s = scoreOf(fw, ind, e.raw);
      FORM_COLUMNS.forEach((col, c) => {
        const m = c > LAST;
        const t = (text: string, style: CellStyle = S.td) =>
          void (m ? b.text(r, c, text, S.machine) : b.text(r, c, text, style));
        switch (col.field) {
          case 'code':
            return t(ind.code, S.tdCenter);
          case 'name':
            return t(ind.name);
          case 'unit':
            return t(ind.unit, S.tdCenter);
          case 'max':
            return void b.num(r, c, ind.maxPoints, S.tdInt);
          case 'method':
            return t(methodText(ind));
          case 'display':
            return t(displayValue(ind, e.raw), S.tdRight);
          case 'score':
            return void b.num(r, c, s.points, S.tdPoints);
          case 'status':
            return t(s.status);
          case 'evidenceDisplay':
            return t(displayEvidence(e.evidence));
          case 'note':
            return t(e.note);
          case 'docNumber':
          case 'docDate':
          case 'summary':
          case 'link':
            return t(e.evidence[col.field]);
          default:
            return t(e.raw[col.field] ?? '');
        }
      });
      r++;
    }
    b.text(r, 1, `Cộng nhóm ${g.group.code}`, S.total).num(r, 3, g.group.maxPoints, S.totalInt);
    // The count in the domain's words over status, evidence and giải trình ("Hoàn thành 3/5" read as the status).
    b.num(r, 6, g.points, S.totalPoints).text(r, 7, groupCompleted(g.completed, g.total), S.total).merge(r, 7, r, LAST);
    b.fill(r, 0, LAST, S.total);
    r++;
  }
  b.text(r, 1, 'TỔNG CỘNG', S.total).num(r, 3, agg.maxPoints, S.totalInt).num(r, 6, agg.points, S.totalPoints);
  b.text(r, 7, `Chỉ số: ${formatViNumber(agg.index * 100, 2)}%`, S.total).fill(r, 0, LAST, S.total);
  r += 2;
  b.para(r, 0, LAST, `${unitSentence(agg)}.`);
  r = closing(b, h, r + 2);
  return b.finish(FORM_WIDTHS, {
    page: { orientation: 'landscape', lastCol: LAST, titleRows: [headerRow, headerRow] },
    hiddenCols: FORM_COLUMNS.map((_, c) => c).filter((c) => c > LAST),
  });
}

/** A group's subtotal count: "3/5 hoàn thành và cơ bản hoàn thành". */
export function groupCompleted(completed: number, total: number): string {
  return `${completed}/${total} hoàn thành và cơ bản hoàn thành`;
}
