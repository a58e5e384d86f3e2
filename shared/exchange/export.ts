/**
 * Export of a unit's self-assessment as one xlsx file: "Biểu mẫu 01" (the printed form), "Tổng hợp" (the
 * summary) and the hidden "_manifest" (the machine copy the district imports). No formula is ever written.
 */
import * as XLSX from 'xlsx';
import { parseRaw } from '../entry/raw';
import type { EntryData, GeneralInfo, Period } from '../entry/types';
import { frameworkFingerprint } from '../framework/fingerprint';
import type { Framework } from '../framework/types';
import { aggregate, type IndicatorValue } from '../scoring';
import { assessmentFileName } from './file-name';
import { buildFormSheet, periodTitle } from './form-sheet';
import { SHEET_FORM, SHEET_MANIFEST, SHEET_SUMMARY } from './form-layout';
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

/** Everything an export needs; `revision` is the new revision (≥ 1), `exportId` a UUID from the caller. */
export interface ExportInput {
  framework: Framework;
  unit: { code: string; name: string; type: string };
  district: { code: string; name: string };
  period: Period;
  info: GeneralInfo;
  entries: EntryData[];
  revision: number;
  exportId: string;
  exportedAt: number;
  appVersion: string;
}

/** The exported file: bytes, file name and the manifest it carries. */
export interface ExportResult {
  bytes: Uint8Array;
  fileName: string;
  manifest: Manifest;
}

function checkLengths(m: Manifest): void {
  const texts = [
    ...Object.values(m.info),
    ...m.entries.flatMap((e) => [...Object.values(e.raw), ...Object.values(e.evidence), e.note]),
  ];
  if (texts.some((t) => t.length > MAX_TEXT))
    throw new RangeError(`Có nội dung dài quá ${MAX_TEXT} ký tự; Excel không chứa được trong một ô.`);
}

function manifestSheet(m: Manifest): XLSX.WorkSheet {
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
    unit: { code: nfc(input.unit.code), name: nfc(input.unit.name), type: input.unit.type },
    district: { code: nfc(input.district.code), name: nfc(input.district.name) },
    period: { year: input.period.year, kind: input.period.kind },
    exportId: input.exportId,
    revision: input.revision,
    exportedAt: new Date(input.exportedAt).toISOString(),
    info,
    entries,
    sha256: payloadSha256({ info, entries }),
  };
  checkLengths(m);
  return m;
}

/** Exports an assessment (throws RangeError only for a bad revision or a text too long for Excel). */
export function exportAssessment(input: ExportInput): ExportResult {
  const manifest = buildManifest(input);
  const fw = input.framework;
  const values = new Map<string, IndicatorValue | null>();
  const byCode = new Map(fw.indicators.map((i) => [i.code, i]));
  for (const e of manifest.entries) {
    const ind = byCode.get(e.code);
    if (ind) values.set(e.code, parseRaw(ind, e.raw).value);
  }
  const agg = aggregate(fw, values);
  const header = { unitName: manifest.unit.name, districtName: manifest.district.name, period: manifest.period };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, buildFormSheet(fw, header, manifest.info, manifest.entries, agg), SHEET_FORM);
  XLSX.utils.book_append_sheet(
    wb,
    buildSummarySheet(manifest.unit.name, periodTitle(manifest.period), agg),
    SHEET_SUMMARY,
  );
  XLSX.utils.book_append_sheet(wb, manifestSheet(manifest), SHEET_MANIFEST);
  wb.Workbook = {
    Sheets: [SHEET_FORM, SHEET_SUMMARY, SHEET_MANIFEST].map((name) => ({
      name,
      Hidden: name === SHEET_MANIFEST ? 1 : 0,
    })),
  };
  wb.Props = {
    Title: `Tự đánh giá chuyển đổi số — ${manifest.unit.name}`,
    Author: 'DTI Desk',
    CreatedDate: new Date(input.exportedAt),
  };
  // Shared strings (t="s"), the standard string cell; SheetJS's default inline t="str" is a formula-result type.
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer;
  return {
    bytes: new Uint8Array(out),
    fileName: assessmentFileName(manifest.unit.name, manifest.period, manifest.revision),
    manifest,
  };
}
