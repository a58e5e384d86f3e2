/**
 * Biểu mẫu 01 as a printed document (the app's "In / Lưu PDF" on the assessment): the same words as the exported
 * workbook — header block, recipient, date line and signers from `formDoc` (./form-sheet.ts), the method
 * as words, values in Vietnamese format, statuses as words (./form-layout.ts) — as plain strings a view
 * lays out. Pure: the renderer draws it, tests read it.
 */
import { parseRaw } from '../entry/raw';
import type { EntryData, GeneralInfo, Period } from '../entry/types';
import type { Framework } from '../framework/types';
import { aggregate, formatIndexPercent, formatPointsShort, type IndicatorValue, unitSentence } from '../scoring';
import { displayEvidence, displayValue, INFO_LABELS, scoreOf } from './form-layout';
import { methodText } from '../framework/method-text';
import { type FormDoc, formDoc, periodTitle } from './form-sheet';
import type { DocSettings } from '../documents/settings';

/** One printed indicator row. */
export interface FormPrintRow {
  code: string;
  name: string;
  max: string;
  method: string;
  value: string;
  points: string;
  status: string;
  evidence: string;
  /** Giải trình, as typed. */
  note: string;
}

/** One group: its heading, rows and subtotal. */
export interface FormPrintGroup {
  heading: string;
  rows: FormPrintRow[];
  /** "Cộng nhóm 1: 85/100 điểm — hoàn thành 4/5". */
  subtotal: string;
}

/** The whole printed form. */
export interface FormPrint {
  doc: FormDoc;
  /** "BÁO CÁO TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2024". */
  title: string;
  /** "Kỳ báo cáo: Năm 2024 — Bộ chỉ số: … (phiên bản …)". */
  period: string;
  unitName: string;
  /** A. Thông tin chung: label and value, the unit's name first. */
  info: [string, string][];
  groups: FormPrintGroup[];
  /** "Tổng cộng: 612,5/1.000 điểm — chỉ số 61,25%". */
  total: string;
  /** "Đã hoàn thành và cơ bản hoàn thành 41/50 chỉ số, …." */
  sentence: string;
}

/** What the print needs: the same facts as an export, the settings, and the date it is printed. */
export interface FormPrintInput {
  framework: Framework;
  unitName: string;
  /** The receiving unit ("Huyện Gia Viễn" before 7/2025, "Tỉnh Ninh Bình" from then). */
  receivingName: string;
  period: Period;
  info: GeneralInfo;
  entries: readonly Pick<EntryData, 'code' | 'raw' | 'evidence' | 'note'>[];
  settings?: DocSettings;
  at: number;
}

/** Builds the printed Biểu mẫu 01 (indicators without an entry print with empty value, "Chưa nhập"). */
export function formPrint(input: FormPrintInput): FormPrint {
  const fw = input.framework;
  const byCode = new Map(input.entries.map((e) => [e.code, e]));
  const values = new Map<string, IndicatorValue | null>();
  for (const ind of fw.indicators) values.set(ind.code, parseRaw(ind, byCode.get(ind.code)?.raw ?? {}).value);
  const agg = aggregate(fw, values);
  const groups = agg.groups.map((g): FormPrintGroup => {
    const rows = fw.indicators
      .filter((i) => i.groupCode === g.group.code)
      .map((ind): FormPrintRow => {
        const e = byCode.get(ind.code);
        const raw = e?.raw ?? {};
        const s = scoreOf(fw, ind, raw);
        return {
          code: ind.code,
          name: ind.name,
          max: formatPointsShort(ind.maxPoints),
          method: methodText(ind),
          value: displayValue(ind, raw),
          points: s.points === undefined ? '' : formatPointsShort(s.points),
          status: s.status,
          evidence: e ? displayEvidence(e.evidence) : '',
          note: (e?.note ?? '').normalize('NFC'),
        };
      });
    return {
      heading: `${g.group.code}. ${g.group.name}`,
      rows,
      subtotal: `Cộng nhóm ${g.group.code}: ${formatPointsShort(g.points)}/${formatPointsShort(g.group.maxPoints)} điểm — hoàn thành và cơ bản hoàn thành ${g.completed}/${g.total}`,
    };
  });
  const level = fw.level === 'commune' ? 'CẤP XÃ' : 'CẤP HUYỆN';
  return {
    doc: formDoc(input.unitName, input.receivingName, input.at, input.settings),
    title: `BÁO CÁO TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ ${level} ${periodTitle(input.period).toUpperCase()}`,
    period: `Kỳ báo cáo: ${periodTitle(input.period)} — Bộ chỉ số: ${fw.title} (phiên bản ${fw.version})`,
    unitName: input.unitName,
    info: [
      ['Tên đơn vị', input.unitName],
      ...INFO_LABELS.map(([f, label]): [string, string] => [label, input.info[f]]),
    ],
    groups,
    total: `Tổng cộng: ${formatPointsShort(agg.points)}/${formatPointsShort(agg.maxPoints)} điểm — chỉ số ${formatIndexPercent(agg.points, agg.maxPoints)}`,
    sentence: `${unitSentence(agg)}.`,
  };
}
