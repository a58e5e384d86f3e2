/**
 * The remarks file (return for correction): what the verification team sends back to a commune. A sheet
 * "Yêu cầu bổ sung" for people (every outstanding request, then every adjustment, with the self value, the remark,
 * verifier and date) and the hidden "_manifest" (format `dti-desk/remarks`) the commune's DTI Desk reads.
 * Stale verdicts are not sent: they wait for a new decision.
 */
import * as XLSX from 'xlsx';
import type { RawValue } from '../entry/raw';
import type { EntryData, Period } from '../entry/types';
import { slugVi } from '../exchange/file-name';
import { displayValue } from '../exchange/form-layout';
import { SHEET_MANIFEST } from '../exchange/form-layout';
import { periodTitle } from '../exchange/form-sheet';
import { SheetBuilder } from '../exchange/sheet-builder';
import type { Framework } from '../framework/types';
import { viDate } from './dates';
import { nameInSentence } from './minutes';
import { hashPayload, manifestSheet } from '../exchange/manifest-sheet';
import { currentVerdict, layerOf, type LayersInput, VERDICT_LABELS_VI } from './types';

/** The `format` of remarks files. */
export const REMARKS_FORMAT = 'dti-desk/remarks';
/** The remarks manifest layout version this build writes and reads. */
export const REMARKS_FORMAT_VERSION = 1;
/** The human sheet of the remarks file. */
export const SHEET_REMARKS = 'Yêu cầu bổ sung';

/** One remark sent to the commune: a request, or an adjustment with the verified value. */
export interface RemarkItem {
  code: string;
  verdict: 'request' | 'adjust';
  remark: string;
  /** The verified raw value (adjust); {} for a request. */
  raw: RawValue;
  verifier: string;
  /** ms since epoch. */
  at: number;
}

/** The manifest of a remarks file. `revision` is the revision of the commune's file the remarks refer to. */
export interface RemarksManifest {
  format: string;
  formatVersion: number;
  appVersion: string;
  framework: { id: string; version: string };
  unit: { code: string; name: string };
  district: { code: string; name: string };
  period: Period;
  revision: number;
  exportId: string;
  /** ISO 8601. */
  exportedAt: string;
  remarks: RemarkItem[];
  /** Hex SHA-256 of the canonical JSON of `{ remarks }`. */
  sha256: string;
}

/** What `exportRemarks` needs. */
export interface RemarksInput {
  framework: Framework;
  unit: { code: string; name: string };
  district: { code: string; name: string };
  period: Period;
  /** Revision of the commune's file that was verified. */
  revision: number;
  selfEntries: readonly Pick<EntryData, 'code' | 'raw'>[];
  layers: LayersInput;
  exportId: string;
  exportedAt: number;
  appVersion: string;
}

const HEADERS = [
  'STT',
  'Mã chỉ số',
  'Chỉ số',
  'Số liệu tự đánh giá',
  'Kết luận',
  'Giá trị thẩm tra',
  'Nhận xét, yêu cầu',
  'Người thẩm tra',
  'Ngày',
];

/** The remarks to send, requests first then adjustments, each in framework order. */
export function collectRemarks(fw: Framework, layers: LayersInput): RemarkItem[] {
  const pick = (verdict: RemarkItem['verdict']) =>
    fw.indicators.flatMap((ind): RemarkItem[] => {
      const l = layerOf(layers, ind.code);
      return l && currentVerdict(l) === verdict
        ? [
            {
              code: ind.code,
              verdict,
              remark: l.remark,
              raw: verdict === 'adjust' ? l.raw : {},
              verifier: l.verifier,
              at: l.at,
            },
          ]
        : [];
    });
  return [...pick('request'), ...pick('adjust')];
}

/** Builds the manifest of a remarks file. */
export function buildRemarksManifest(input: RemarksInput): RemarksManifest {
  if (!Number.isInteger(input.revision) || input.revision < 1)
    throw new RangeError('Số lần xuất (revision) phải là số nguyên ≥ 1.');
  const nfc = (s: string) => s.normalize('NFC');
  const remarks = collectRemarks(input.framework, input.layers);
  return {
    format: REMARKS_FORMAT,
    formatVersion: REMARKS_FORMAT_VERSION,
    appVersion: input.appVersion,
    framework: { id: input.framework.id, version: input.framework.version },
    unit: { code: nfc(input.unit.code), name: nfc(input.unit.name) },
    district: { code: nfc(input.district.code), name: nfc(input.district.name) },
    period: { year: input.period.year, kind: input.period.kind },
    revision: input.revision,
    exportId: input.exportId,
    exportedAt: new Date(input.exportedAt).toISOString(),
    remarks,
    sha256: hashPayload({ remarks }),
  };
}

/** The key/value rows of the remarks manifest (before the payload). */
export function remarksHead(m: RemarksManifest): [string, string][] {
  return [
    ['format', m.format],
    ['formatVersion', String(m.formatVersion)],
    ['appVersion', m.appVersion],
    ['frameworkId', m.framework.id],
    ['frameworkVersion', m.framework.version],
    ['unitCode', m.unit.code],
    ['unitName', m.unit.name],
    ['districtCode', m.district.code],
    ['districtName', m.district.name],
    ['periodYear', String(m.period.year)],
    ['periodKind', m.period.kind],
    ['revision', String(m.revision)],
    ['exportId', m.exportId],
    ['exportedAt', m.exportedAt],
    ['sha256', m.sha256],
  ];
}

function humanSheet(fw: Framework, m: RemarksManifest, selfEntries: RemarksInput['selfEntries']): XLSX.WorkSheet {
  const self = new Map(selfEntries.map((e) => [e.code, e.raw]));
  const inds = new Map(fw.indicators.map((i) => [i.code, i]));
  const b = new SheetBuilder();
  const last = HEADERS.length - 1;
  b.text(0, 0, `Đơn vị thẩm tra: Tổ thẩm tra ${nameInSentence(m.district.name)}`).merge(0, 0, 0, last);
  b.text(1, 0, `Đơn vị được thẩm tra: ${m.unit.name}`).merge(1, 0, 1, last);
  b.text(3, 0, 'YÊU CẦU BỔ SUNG, GIẢI TRÌNH KẾT QUẢ TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ').merge(3, 0, 3, last);
  b.text(
    4,
    0,
    `Kỳ đánh giá: ${periodTitle(m.period)} — tệp tự đánh giá lần ${m.revision} — ${fw.title} (phiên bản ${m.framework.version})`,
  ).merge(4, 0, 4, last);
  const requests = m.remarks.filter((r) => r.verdict === 'request').length;
  b.text(5, 0, `Số chỉ số yêu cầu bổ sung: ${requests}; số chỉ số điều chỉnh: ${m.remarks.length - requests}.`).merge(
    5,
    0,
    5,
    last,
  );
  HEADERS.forEach((h, c) => b.text(7, c, h));
  m.remarks.forEach((item, i) => {
    const r = 8 + i;
    const ind = inds.get(item.code);
    b.num(r, 0, i + 1, '0')
      .text(r, 1, item.code)
      .text(r, 2, ind?.name ?? '');
    b.text(r, 3, ind ? displayValue(ind, self.get(item.code) ?? {}) : '').text(r, 4, VERDICT_LABELS_VI[item.verdict]);
    b.text(r, 5, ind && item.verdict === 'adjust' ? displayValue(ind, item.raw) : '');
    b.text(r, 6, item.remark).text(r, 7, item.verifier).text(r, 8, viDate(item.at));
  });
  return b.finish([5, 8, 44, 22, 14, 22, 50, 20, 11]);
}

/** `DTI_2025_xa-gia-phong_yeu-cau-bo-sung_r1.xlsx`. */
export function remarksFileName(unitName: string, period: Period, revision: number): string {
  const p = period.kind === 'year' ? String(period.year) : `${period.year}-6T`;
  return `DTI_${p}_${slugVi(unitName)}_yeu-cau-bo-sung_r${revision}.xlsx`;
}

/** Exports the remarks file of a commune (throws RangeError only for a bad revision). */
export function exportRemarks(input: RemarksInput): { bytes: Uint8Array; fileName: string; manifest: RemarksManifest } {
  const m = buildRemarksManifest(input);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, humanSheet(input.framework, m, input.selfEntries), SHEET_REMARKS);
  XLSX.utils.book_append_sheet(wb, manifestSheet(remarksHead(m), { remarks: m.remarks }), SHEET_MANIFEST);
  wb.Workbook = {
    Sheets: [
      { name: SHEET_REMARKS, Hidden: 0 },
      { name: SHEET_MANIFEST, Hidden: 1 },
    ],
  };
  wb.Props = { Title: `Yêu cầu bổ sung — ${m.unit.name}`, Author: 'DTI Desk', CreatedDate: new Date(input.exportedAt) };
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer;
  return { bytes: new Uint8Array(out), fileName: remarksFileName(m.unit.name, m.period, m.revision), manifest: m };
}

/**
 * The headline of the remarks banner on the commune's form: how many indicators were adjusted and requested,
 * then EVERY one of them by code, in the order given (the file's order): "Huyện yêu cầu bổ sung 1 chỉ số, điều
 * chỉnh 1 chỉ số: 1.2 (điều chỉnh), 1.3 (yêu cầu bổ sung)". `who` is the verifier ("Huyện", "Tỉnh").
 */
export function remarksHeadline(
  items: readonly { code: string; verdict: 'request' | 'adjust' }[],
  who = 'Huyện',
): string {
  const requests = items.filter((i) => i.verdict === 'request').length;
  const adjusts = items.filter((i) => i.verdict === 'adjust').length;
  const parts: string[] = [];
  if (requests > 0) parts.push(`yêu cầu bổ sung ${requests} chỉ số`);
  if (adjusts > 0) parts.push(`điều chỉnh ${adjusts} chỉ số`);
  if (parts.length === 0) return `${who} không có nhận xét nào.`;
  const codes = items.map((i) => `${i.code} (${i.verdict === 'request' ? 'yêu cầu bổ sung' : 'điều chỉnh'})`);
  return `${who} ${parts.join(', ')}: ${codes.join(', ')}`;
}
