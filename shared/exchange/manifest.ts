/**
 * The manifest of an exported assessment: who, what period, which framework and revision, and every value in a
 * normalised form (NFC, LF line breaks, empty raw fields dropped) with the SHA-256 of its canonical JSON.
 * It is what the district imports; the visible form is checked against it.
 */
import type { RawField } from '../entry/raw';
import {
  type EntryData,
  type Evidence,
  EVIDENCE_FIELDS,
  type GeneralInfo,
  GENERAL_INFO_FIELDS,
  type Period,
} from '../entry/types';
import type { Framework } from '../framework/types';
import { stripBidi } from '../text/normalize';
import { normText } from '../excel/cell-text';
import { hashPayload } from './payload-hash';

/** The `format` of our assessment files. */
export const MANIFEST_FORMAT = 'dti-desk/assessment';
/** The manifest layout version this build writes and reads. */
export const MANIFEST_FORMAT_VERSION = 1;
/** Longest text one field may hold: an Excel cell holds 32,767 characters, and NFD may triple Vietnamese text. */
export const MAX_TEXT = 10000;
/** Every raw field, in the order of the machine columns. */
export const RAW_FIELDS: readonly RawField[] = ['value', 'numerator', 'denominator', 'declared', 'points'];

/** A reporting unit as named in the manifest. */
export interface ManifestUnit {
  code: string;
  name: string;
  type: string;
  /**
   * The official list its code belongs to ('2024' or '2025'): a merged commune keeps an old commune's code. Absent
   * in files from before the official lists, or for a unit added by hand ('').
   */
  list?: string;
}

/** The unit the reporting unit sends to (its parent): the district before 7/2025, the province from 7/2025. */
export interface ManifestParent {
  code: string;
  name: string;
  /** 'district' or 'province'; absent in files from before the official lists (they were all districts). */
  level?: 'district' | 'province';
}

/** What the hashed payload holds: Thông tin chung and one normalised entry per indicator, framework order. */
export interface ManifestPayload {
  info: GeneralInfo;
  entries: EntryData[];
}

/** The manifest of one exported file. */
export interface Manifest extends ManifestPayload {
  format: string;
  formatVersion: number;
  appVersion: string;
  framework: { id: string; version: string; fingerprint: string };
  unit: ManifestUnit;
  /** The parent (receiving) unit; named `district` for the files written before 7/2025 support. */
  district: ManifestParent;
  period: Period;
  exportId: string;
  revision: number;
  /** ISO 8601. */
  exportedAt: string;
  /** Hex SHA-256 of `canonicalJson({ info, entries })`. */
  sha256: string;
  /**
   * True when the visible sheets hold text exactly as written (Text format "@", key `cellText = plain`); files
   * without the key escaped formula-looking text behind an apostrophe. The manifest sheet itself stays escaped.
   */
  plainText?: boolean;
}

/** Text as stored and exported: NFC, LF line breaks, no bidirectional controls (U+202E would disguise names). */
export function cleanText(s: string): string {
  return stripBidi(normText(s));
}

/** One entry normalised: clean text (`cleanText`), raw fields in fixed order and only when non-empty. */
export function normalizeEntry(code: string, e: Partial<EntryData> | undefined): EntryData {
  const raw: EntryData['raw'] = {};
  for (const f of RAW_FIELDS) {
    const v = e?.raw?.[f];
    if (typeof v === 'string' && v !== '') raw[f] = cleanText(v);
  }
  const evidence = {} as Evidence;
  for (const f of EVIDENCE_FIELDS) evidence[f] = cleanText(e?.evidence?.[f] ?? '');
  return { code, raw, evidence, note: cleanText(e?.note ?? '') };
}

/** Thông tin chung normalised (clean text, missing fields empty). */
export function normalizeInfo(info: Partial<GeneralInfo>): GeneralInfo {
  const out = {} as GeneralInfo;
  for (const f of GENERAL_INFO_FIELDS) out[f] = cleanText(typeof info[f] === 'string' ? info[f] : '');
  return out;
}

/** One normalised entry per indicator of `fw`, in framework order (the first entry given for a code wins). */
export function normalizeEntries(fw: Framework, entries: readonly EntryData[]): EntryData[] {
  const byCode = new Map<string, EntryData>();
  for (const e of entries) if (!byCode.has(e.code)) byCode.set(e.code, e);
  return fw.indicators.map((ind) => normalizeEntry(ind.code, byCode.get(ind.code)));
}

/** Hex SHA-256 of the manifest's payload (`{ info, entries }`), by the one manifest hash. */
export function payloadSha256(payload: ManifestPayload): string {
  return hashPayload({ info: payload.info, entries: payload.entries });
}

/** The key/value head of an assessment manifest (everything but the payload). */
export function manifestHead(m: Manifest): [string, string][] {
  return [
    ['format', m.format],
    ['formatVersion', String(m.formatVersion)],
    ['appVersion', m.appVersion],
    ['frameworkId', m.framework.id],
    ['frameworkVersion', m.framework.version],
    ['frameworkFingerprint', m.framework.fingerprint],
    ['unitCode', m.unit.code],
    ['unitName', m.unit.name],
    ['unitType', m.unit.type],
    ['unitList', m.unit.list ?? ''],
    ['districtCode', m.district.code],
    ['districtName', m.district.name],
    ['parentCode', m.district.code],
    ['parentName', m.district.name],
    ['parentLevel', m.district.level ?? 'district'],
    ['periodYear', String(m.period.year)],
    ['periodKind', m.period.kind],
    ['exportId', m.exportId],
    ['revision', String(m.revision)],
    ['exportedAt', m.exportedAt],
    ['sha256', m.sha256],
    ...(m.plainText ? [['cellText', 'plain'] as [string, string]] : []),
  ];
}
