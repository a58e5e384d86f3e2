/**
 * The Vietnamese name of every field an officer fills, defined once. The form, the history dialog, the conflict
 * text of a row, the import's difference messages and the Excel writer (its column and Thông tin chung labels)
 * all read these. The Excel reader finds columns and rows by the same words, so a label changed here is also a
 * change of the file's layout: files written before it would lose that column (see form-read.ts).
 * Hidden machine columns are named by the file format, not here (FORM_COLUMNS in ../exchange/form-layout.ts).
 */
import type { RawField } from './raw';
import type { Evidence, GeneralInfo } from './types';

/** The typed figures (raw input) of an indicator. */
export const RAW_LABELS: Readonly<Record<RawField, string>> = {
  value: 'Giá trị',
  numerator: 'Tử số a',
  denominator: 'Mẫu số b',
  declared: 'Số liệu kê khai',
  points: 'Điểm tự chấm',
};

/** The evidence document of an indicator. */
export const EVIDENCE_LABELS: Readonly<Record<keyof Evidence, string>> = {
  docNumber: 'Số hiệu văn bản',
  docDate: 'Ngày văn bản',
  summary: 'Trích yếu',
  link: 'Đường dẫn',
};

/** The officer's explanation of an indicator. */
export const NOTE_LABEL = 'Giải trình';

/** What the form and the sheet show from the figures: the value as read, the score, the status, the evidence. */
export const SHOWN_LABELS = {
  display: 'Số liệu',
  score: 'Điểm tự chấm',
  status: 'Trạng thái',
  evidenceDisplay: 'Tài liệu kiểm chứng',
} as const;

/** Thông tin chung, in the order the form and the sheet list them. */
export const INFO_LABELS: readonly (readonly [keyof GeneralInfo, string])[] = [
  ['address', 'Địa chỉ'],
  ['civilServants', 'Số cán bộ, công chức'],
  ['enterprises', 'Số doanh nghiệp'],
  ['population', 'Dân số'],
  ['contactName', 'Người liên hệ (họ và tên)'],
  ['contactPosition', 'Chức vụ'],
  ['contactPhone', 'Điện thoại'],
  ['contactEmail', 'Thư điện tử'],
];

const INFO_BY_FIELD: Readonly<Record<string, string>> = Object.fromEntries(INFO_LABELS);

/**
 * The name of a stored field as history and messages show it: "raw.numerator" → "Tử số a", "evidence.link" →
 * "Đường dẫn", "info.population" → "Dân số", "note" → "Giải trình"; a bare field name ("numerator", "display")
 * as well. An unknown key is returned as it is.
 */
export function fieldLabel(key: string): string {
  const dot = key.indexOf('.');
  const part = dot < 0 ? key : key.slice(dot + 1);
  const table: Readonly<Record<string, string>> =
    dot < 0
      ? { ...RAW_LABELS, ...EVIDENCE_LABELS, ...SHOWN_LABELS, note: NOTE_LABEL }
      : key.startsWith('raw.')
        ? RAW_LABELS
        : key.startsWith('evidence.')
          ? EVIDENCE_LABELS
          : key.startsWith('info.')
            ? INFO_BY_FIELD
            : {};
  return table[part] ?? key;
}
