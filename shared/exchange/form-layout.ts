/**
 * Layout of the "Biểu mẫu 01" sheet shared by the writer and the reader: column headers (the reader finds columns
 * by header, so an inserted column does not break it), the Thông tin chung labels, and the human renderings of
 * values and evidence that the reader compares against the manifest.
 */
import { INFO_LABELS, NOTE_LABEL, SHOWN_LABELS } from '../entry/field-labels';
import { parseRaw, type RawField } from '../entry/raw';
import type { EntryData } from '../entry/types';
import { boolLabels } from '../framework/bool-labels';
import type { Framework, Indicator } from '../framework/types';
import { REVIEW_LABEL_VI, scoreIndicator, STATUS_LABELS_VI } from '../scoring';
import { formatViCompact, parseViNumber } from '../text/numbers';

/** The printed form sheet (sheet names: ≤ 31 characters, none of : \ / ? * [ ]). */
export const SHEET_FORM = 'Biểu mẫu 01';
/** The summary sheet. */
export const SHEET_SUMMARY = 'Tổng hợp';
/** The hidden machine sheet holding the manifest. */
export const SHEET_MANIFEST = '_manifest';

/** What a form column holds: a human column, or a machine column holding one stored field exactly. */
export type FormField =
  | 'code'
  | 'name'
  | 'unit'
  | 'max'
  | 'method'
  | 'display'
  | 'score'
  | 'status'
  | 'evidenceDisplay'
  | 'note'
  | RawField
  | 'docNumber'
  | 'docDate'
  | 'summary'
  | 'link';

/** Columns of table B, in sheet order, with their header text and width. */
export const FORM_COLUMNS: readonly { field: FormField; header: string; width: number }[] = [
  { field: 'code', header: 'TT', width: 6 },
  { field: 'name', header: 'Chỉ số', width: 44 },
  { field: 'unit', header: 'Đơn vị tính', width: 10 },
  { field: 'max', header: 'Điểm tối đa', width: 8 },
  { field: 'method', header: 'Phương pháp xác định và cách cho điểm', width: 50 },
  { field: 'display', header: SHOWN_LABELS.display, width: 22 },
  { field: 'score', header: SHOWN_LABELS.score, width: 9 },
  { field: 'status', header: SHOWN_LABELS.status, width: 16 },
  { field: 'evidenceDisplay', header: SHOWN_LABELS.evidenceDisplay, width: 40 },
  { field: 'note', header: NOTE_LABEL, width: 40 },
  // Machine columns: their headers are part of the file format (the reader finds them by these words), so they
  // stay as first written even where the label a person reads (../entry/field-labels.ts) has changed.
  { field: 'value', header: 'Giá trị (máy đọc)', width: 12 },
  { field: 'numerator', header: 'Tử số a (máy đọc)', width: 10 },
  { field: 'denominator', header: 'Mẫu số b (máy đọc)', width: 10 },
  { field: 'declared', header: 'Kê khai (máy đọc)', width: 14 },
  { field: 'points', header: 'Điểm nhập (máy đọc)', width: 10 },
  { field: 'docNumber', header: 'Số hiệu văn bản (máy đọc)', width: 14 },
  { field: 'docDate', header: 'Ngày văn bản (máy đọc)', width: 12 },
  { field: 'summary', header: 'Trích yếu (máy đọc)', width: 24 },
  { field: 'link', header: 'Đường dẫn (máy đọc)', width: 24 },
];

/** Thông tin chung rows: field and label (column B; the value is in column C). */
export { INFO_LABELS };

const UNITLESS = new Set(['', 'có/không', 'mức', '%']);

/** A typed number the Vietnamese way ("85.5" → "85,5", "2416" → "2.416"); text that is no number, trimmed. */
export function viNumberText(raw: string | undefined): string {
  const t = (raw ?? '').trim();
  if (t === '') return '';
  const n = parseViNumber(t);
  return n.ok ? formatViCompact(n.value, 6) : t;
}

/** The value as a person reads it: "a = 12; b = 15", "Có" (or the yes/no words), the choice label, "85,5 %". */
export function displayValue(ind: Indicator, raw: EntryData['raw']): string {
  const v = raw.value ?? '';
  switch (ind.valueType) {
    case 'boolean': {
      // In the indicator's own words ("Không xảy ra sự cố" for "Không để xảy ra sự cố…"), else Có / Không.
      const words = boolLabels(ind);
      return v === 'yes' ? words.yes : v === 'no' ? words.no : v;
    }
    case 'choice': {
      const opt = ind.scoring.kind === 'choice' ? ind.scoring.options.find((o) => o.key === v) : undefined;
      return opt && opt.label !== '' ? opt.label : v;
    }
    case 'percent':
      return v.trim() === '' ? '' : `${viNumberText(v)} %`;
    case 'count':
      return v.trim() === '' || UNITLESS.has(ind.unit) ? viNumberText(v) : `${viNumberText(v)} ${ind.unit}`;
    case 'ratio':
      return raw.numerator === undefined && raw.denominator === undefined
        ? ''
        : `a = ${viNumberText(raw.numerator)}; b = ${viNumberText(raw.denominator)}`;
    case 'money':
    case 'text': {
      const parts = [];
      if (raw.declared !== undefined)
        parts.push(`Kê khai: ${ind.valueType === 'money' ? viNumberText(raw.declared) : raw.declared}`);
      if (raw.points !== undefined) parts.push(`Điểm: ${viNumberText(raw.points)}`);
      return parts.join('; ');
    }
  }
}

/** The value as files of format 1 before this layout showed it (raw text as typed); the reader accepts both. */
export function legacyDisplayValue(ind: Indicator, raw: EntryData['raw']): string {
  const v = raw.value ?? '';
  switch (ind.valueType) {
    case 'boolean': // "Có" / "Không" whatever the indicator's words, as earlier versions wrote them
      return v === 'yes' ? 'Có' : v === 'no' ? 'Không' : v;
    case 'percent':
      return v === '' ? '' : `${v} %`;
    case 'count':
      return v === '' || UNITLESS.has(ind.unit) ? v : `${v} ${ind.unit}`;
    case 'ratio':
      return raw.numerator === undefined && raw.denominator === undefined
        ? ''
        : `a = ${raw.numerator ?? ''}; b = ${raw.denominator ?? ''}`;
    case 'money':
    case 'text': {
      const parts = [];
      if (raw.declared !== undefined) parts.push(`Kê khai: ${raw.declared}`);
      if (raw.points !== undefined) parts.push(`Điểm: ${raw.points}`);
      return parts.join('; ');
    }
    default:
      return displayValue(ind, raw);
  }
}

/** Evidence in one cell: number, date, summary and link on their own lines. */
export function displayEvidence(e: EntryData['evidence']): string {
  const lines: string[] = [];
  if (e.docNumber !== '') lines.push(`Số: ${e.docNumber}`);
  if (e.docDate !== '') lines.push(`Ngày: ${e.docDate}`);
  if (e.summary !== '') lines.push(`Trích yếu: ${e.summary}`);
  if (e.link !== '') lines.push(`Đường dẫn: ${e.link}`);
  return lines.join('\n');
}

/** The engine's points (undefined unless scored) and status label for an entry. */
export function scoreOf(
  fw: Framework,
  ind: Indicator,
  raw: EntryData['raw'],
): { points: number | undefined; status: string; legacyStatus: string } {
  const parsed = parseRaw(ind, raw);
  const s = scoreIndicator(ind, parsed.value, fw.thresholds);
  const legacyStatus = STATUS_LABELS_VI[s.status];
  // What was typed but is no value (letters in a number, 120 %) reads "Cần xem lại", as the form's row says, not
  // "Chưa nhập"; files of earlier versions said the latter (`legacyStatus`, which their reader still accepts).
  const review = (parsed.touched && !parsed.value) || s.state === 'invalid';
  return {
    points: s.state === 'scored' ? s.points : undefined,
    status: review ? REVIEW_LABEL_VI : legacyStatus,
    legacyStatus,
  };
}
