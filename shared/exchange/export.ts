/**
 * Export of a unit's self-assessment as one xlsx file: "Biểu mẫu 01" (the printed form), "Tổng hợp" (the
 * summary) and the very hidden "_manifest" (the machine copy the district imports). The workbook is laid out as a
 * model (../excel/doc.ts) and written by the lazily loaded styling writer (../excel/xlsx-write.ts). No formula is
 * ever written.
 */
import { fieldLabel } from '../entry/field-labels';
import type { BookDoc, SheetDoc } from '../excel/doc';
import { BookBuilder, writeXlsx } from '../excel/xlsx-write';
import type { DocSettings } from '../documents/settings';
import { parseRaw } from '../entry/raw';
import type { EntryData, GeneralInfo, Period } from '../entry/types';
import { frameworkFingerprint } from '../framework/fingerprint';
import type { Framework } from '../framework/types';
import { aggregate, type IndicatorValue } from '../scoring';
import { assessmentFileName } from './file-name';
import { buildFormSheet, formDoc, periodTitle } from './form-sheet';
import { stripBidi } from '../text/normalize';
import { formatViNumber } from '../text/numbers';
import { INFO_LABELS, SHEET_FORM, SHEET_MANIFEST, SHEET_SUMMARY } from './form-layout';
import {
  type Manifest,
  MANIFEST_FORMAT,
  MANIFEST_FORMAT_VERSION,
  manifestHead,
  MAX_TEXT,
  normalizeEntries,
  normalizeInfo,
  payloadSha256,
} from './manifest';
import { manifestSheet as kvSheet } from './manifest-sheet';
import { buildSummarySheet } from './summary-sheet';
import { sealExport } from './export-seal';
import { sealBinding } from './form-seal';

/** Everything an export needs; `revision` is the new revision (≥ 1), `exportId` a UUID from the caller. */
export interface ExportInput {
  framework: Framework;
  unit: { code: string; name: string; type: string; list?: string };
  district: { code: string; name: string; level?: 'district' | 'province' };
  period: Period;
  info: GeneralInfo;
  entries: EntryData[];
  revision: number;
  exportId: string;
  exportedAt: number;
  appVersion: string;
  /** The officer's document settings (number, place, signers); defaults leave them to be written by hand. */
  documents?: DocSettings;
  /**
   * Whom the report is addressed to when not `district`: a district's own report names itself as `district` in
   * the manifest but goes to its province ("Tỉnh Ninh Bình", or "UBND tỉnh" when not known).
   */
  receivingName?: string;
}

/** The exported file: bytes, file name and the manifest it carries. */
export interface ExportResult {
  bytes: Uint8Array;
  fileName: string;
  manifest: Manifest;
}

/** Where a text is longer than `MAX_TEXT`: "chỉ số 1.3 (Giải trình, 100.000 ký tự)"; undefined when none is. */
export function tooLongText(m: Pick<Manifest, 'info' | 'entries'>): string | undefined {
  const over = (t: string) => t.length > MAX_TEXT;
  for (const [f, label] of INFO_LABELS)
    if (over(m.info[f])) return `Thông tin chung, mục "${label}" (${formatViNumber(m.info[f].length)} ký tự)`;
  for (const e of m.entries) {
    const fields: [string, string][] = [...Object.entries(e.raw), ...Object.entries(e.evidence), ['note', e.note]] as [
      string,
      string,
    ][];
    for (const [f, t] of fields)
      if (over(t)) return `chỉ số ${e.code}, mục "${fieldLabel(f)}" (${formatViNumber(t.length)} ký tự)`;
  }
  return undefined;
}

function checkLengths(m: Manifest): void {
  const where = tooLongText(m);
  if (where)
    throw new RangeError(
      `Nội dung ở ${where} dài quá ${formatViNumber(MAX_TEXT)} ký tự, quá mức một ô Excel chứa an toàn. Hãy rút gọn nội dung này trên biểu mẫu rồi xuất lại.`,
    );
}

function manifestSheet(m: Manifest): SheetDoc {
  return kvSheet(manifestHead(m), { info: m.info, entries: m.entries });
}

/** Builds the manifest of an export (normalised values and their SHA-256). */
export function buildManifest(input: ExportInput): Manifest {
  if (!Number.isInteger(input.revision) || input.revision < 1)
    throw new RangeError('Số lần xuất (revision) phải là số nguyên ≥ 1.');
  const info = normalizeInfo(input.info);
  const entries = normalizeEntries(input.framework, input.entries);
  const nfc = (s: string) => s.normalize('NFC');
  const m: Manifest = {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    appVersion: input.appVersion,
    framework: {
      id: input.framework.id,
      version: input.framework.version,
      fingerprint: frameworkFingerprint(input.framework),
    },
    unit: {
      code: nfc(input.unit.code),
      name: stripBidi(nfc(input.unit.name)),
      type: input.unit.type,
      ...(input.unit.list ? { list: input.unit.list } : {}),
    },
    district: {
      code: nfc(input.district.code),
      name: stripBidi(nfc(input.district.name)),
      ...(input.district.level ? { level: input.district.level } : {}),
    },
    period: { year: input.period.year, kind: input.period.kind },
    exportId: input.exportId,
    revision: input.revision,
    exportedAt: new Date(input.exportedAt).toISOString(),
    info,
    entries,
    sha256: payloadSha256({ info, entries }),
    plainText: true,
  };
  checkLengths(m);
  return m;
}

/** The workbook of an export as a layout model, with its manifest (no bytes yet). */
export function buildAssessmentBook(input: ExportInput): { book: BookDoc; manifest: Manifest } {
  const manifest = buildManifest(input);
  const fw = input.framework;
  const values = new Map<string, IndicatorValue | null>();
  const byCode = new Map(fw.indicators.map((i) => [i.code, i]));
  for (const e of manifest.entries) {
    const ind = byCode.get(e.code);
    if (ind) values.set(e.code, parseRaw(ind, e.raw).value);
  }
  const agg = aggregate(fw, values);
  const receiving = input.receivingName?.normalize('NFC') ?? manifest.district.name;
  const header = {
    unitName: manifest.unit.name,
    districtName: receiving,
    period: manifest.period,
    doc: formDoc(manifest.unit.name, receiving, input.exportedAt, input.documents),
  };
  const book = new BookBuilder()
    .add(SHEET_FORM, buildFormSheet(fw, header, manifest.info, manifest.entries, agg))
    .add(SHEET_SUMMARY, buildSummarySheet(manifest.unit.name, periodTitle(manifest.period), agg))
    .add(SHEET_MANIFEST, manifestSheet(manifest), true)
    .book(`Tự đánh giá chuyển đổi số — ${manifest.unit.name}`, new Date(input.exportedAt));
  return { book, manifest };
}

/** Exports an assessment (rejects with RangeError only for a bad revision or a text too long for Excel). */
export async function exportAssessment(input: ExportInput): Promise<ExportResult> {
  const { book, manifest } = buildAssessmentBook(input);
  return {
    // Sealed when it reads back clean (./form-seal): the district then need not parse its form again.
    bytes: sealExport(await writeXlsx(book), sealBinding(manifest), input.framework),
    fileName: assessmentFileName(manifest.unit.name, manifest.period, manifest.revision),
    manifest,
  };
}
