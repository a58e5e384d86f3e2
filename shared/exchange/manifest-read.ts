/**
 * Reads an assessment file's manifest back through the one manifest module (./manifest-sheet), trusting nothing:
 * the payload JSON is picked field by field into fresh objects, and every string is capped.
 */
import { type RawValue } from '../entry/raw';
import {
  type EntryData,
  type Evidence,
  EVIDENCE_FIELDS,
  type GeneralInfo,
  GENERAL_INFO_FIELDS,
  type Period,
} from '../entry/types';
import type * as XLSX from 'xlsx';
import { normText } from '../excel/cell-text';
import { type Manifest, MANIFEST_FORMAT, MANIFEST_FORMAT_VERSION, MAX_TEXT, RAW_FIELDS } from './manifest';
import {
  kvInt as int,
  kvText as short,
  manifestInvalid as invalid,
  type ManifestKind,
  own,
  parsePayload,
  type Read,
  readManifestSheet,
} from './manifest-sheet';

const MAX_ENTRIES = 1000;
const CODE = /^[0-9A-Za-z][0-9A-Za-z.]{0,19}$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** What an assessment file's manifest must say it is. */
export const ASSESSMENT_MANIFEST: ManifestKind = {
  format: MANIFEST_FORMAT,
  version: MANIFEST_FORMAT_VERSION,
  what: 'tệp',
};

function text(v: unknown, what: string): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') throw new Error(`${what} không phải chuỗi`);
  // The cap applies to the NFC form: a tool may have re-saved the text decomposed (longer).
  const n = v.length > 4 * MAX_TEXT ? v : normText(v);
  if (n.length > MAX_TEXT) throw new Error(`${what} dài quá ${MAX_TEXT} ký tự`);
  return n;
}

function readEntry(e: unknown, i: number): EntryData {
  const code = own(e, 'code');
  if (typeof code !== 'string' || !CODE.test(code)) throw new Error(`mã chỉ số của mục ${i + 1} không hợp lệ`);
  const raw: RawValue = {};
  const rawIn = own(e, 'raw');
  for (const f of RAW_FIELDS) {
    const v = text(own(rawIn, f), `${code}.${f}`);
    if (v !== '') raw[f] = v;
  }
  const evidence = {} as Evidence;
  const evIn = own(e, 'evidence');
  for (const f of EVIDENCE_FIELDS) evidence[f] = text(own(evIn, f), `${code}.${f}`);
  return { code, raw, evidence, note: text(own(e, 'note'), `${code}.note`) };
}

function readPayload(json: string): Read<{ info: GeneralInfo; entries: EntryData[] }> {
  try {
    const data = parsePayload(json);
    const info = {} as GeneralInfo;
    const infoIn = own(data, 'info');
    for (const f of GENERAL_INFO_FIELDS) info[f] = text(own(infoIn, f), `info.${f}`);
    const list = own(data, 'entries');
    if (!Array.isArray(list) || list.length > MAX_ENTRIES) throw new Error('danh sách chỉ số không hợp lệ');
    const entries = list.map(readEntry);
    const codes = new Set(entries.map((e) => e.code));
    if (codes.size !== entries.length) throw new Error('mã chỉ số lặp lại trong dữ liệu');
    return { ok: true, value: { info, entries } };
  } catch (e) {
    return invalid(e instanceof Error ? e.message : 'dữ liệu không hợp lệ');
  }
}

function unitOf(m: Map<string, string>): Manifest['unit'] {
  const unit: Manifest['unit'] = {
    code: short(m, 'unitCode', 40),
    name: short(m, 'unitName'),
    type: short(m, 'unitType', 20),
  };
  const list = m.get('unitList');
  if (list !== undefined && list !== '') {
    if (list !== '2024' && list !== '2025') throw new Error('unitList không hợp lệ');
    unit.list = list;
  }
  return unit;
}

/** The parent unit: "parent*" keys when present (files from 12/2026 on), else the older "district*" keys. */
function parentOf(m: Map<string, string>): Manifest['district'] {
  const hasParent = m.has('parentCode');
  const parent: Manifest['district'] = {
    code: short(m, hasParent ? 'parentCode' : 'districtCode', 40),
    name: short(m, hasParent ? 'parentName' : 'districtName'),
  };
  const level = m.get('parentLevel');
  if (level !== undefined) {
    if (level !== 'district' && level !== 'province') throw new Error('parentLevel không hợp lệ');
    parent.level = level;
  }
  return parent;
}

/** Reads an assessment workbook's manifest (the hash is not checked here), or a specific refusal. */
export function readAssessmentManifest(wb: XLSX.WorkBook): Read<Manifest> {
  const sheet = readManifestSheet(wb, ASSESSMENT_MANIFEST);
  if (!sheet.ok) return sheet;
  const { kv: m, formatVersion, payloadJson } = sheet.value;
  try {
    const kind = short(m, 'periodKind');
    if (kind !== 'year' && kind !== 'mid-year') throw new Error('periodKind không hợp lệ');
    const period: Period = { year: int(m, 'periodYear', 2000, 2100), kind };
    const sha = short(m, 'sha256').toLowerCase();
    if (!HEX64.test(sha)) throw new Error('sha256 không hợp lệ');
    const payload = readPayload(payloadJson);
    if (!payload.ok) return payload;
    return {
      ok: true,
      value: {
        format: MANIFEST_FORMAT,
        formatVersion,
        appVersion: short(m, 'appVersion', 40),
        framework: {
          id: short(m, 'frameworkId', 80),
          version: short(m, 'frameworkVersion', 40),
          fingerprint: short(m, 'frameworkFingerprint', 80),
        },
        unit: unitOf(m),
        district: parentOf(m),
        period,
        exportId: short(m, 'exportId', 80),
        revision: int(m, 'revision', 1, 1_000_000),
        exportedAt: short(m, 'exportedAt', 40),
        sha256: sha,
        ...(m.get('cellText') === 'plain' ? { plainText: true } : {}),
        info: payload.value.info,
        entries: payload.value.entries,
      },
    };
  } catch (e) {
    return invalid(e instanceof Error ? e.message : 'dữ liệu không hợp lệ');
  }
}
