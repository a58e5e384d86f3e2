/**
 * "Gói thiết lập cho xã": the small file a verifier (the province from 7/2025, the district before) sends its
 * communes so that each sets itself up with nothing typed. One workbook:
 * - sheet "_goi_thiet_lap": key | value | what it is — the format, the administrative period (which official
 *   list), the receiving unit (code, name, level) and the commune framework in force (id, version, fingerprint);
 * - sheets "ChiSo" and "Nhom": that framework, exactly as Cài đặt → Bộ chỉ số writes it.
 * Reading goes through the one guarded door (open-workbook) and returns Vietnamese refusals, never throws.
 */
import * as XLSX from 'xlsx';
import { frameworkFingerprint } from '../framework/fingerprint';
import type { Framework } from '../framework/types';
import { slugVi } from './file-name';
import { frameworkBook, SHEET_GROUPS, SHEET_INDICATORS, toBytes, workbookToFramework } from './framework-workbook';
import { exchangeError } from './errors';
import { gridOf, openOutsideWorkbook } from './open-workbook';
import { findSheet } from '../excel/sheet-grid';

export const SHEET_PACKAGE = '_goi_thiet_lap';
export const PACKAGE_FORMAT = 'dti-desk-setup-package';
export const PACKAGE_VERSION = 1;

/** What a package sets up on a commune's machine. */
export interface SetupPackage {
  /** The official list of the period: '2024' (before 1/7/2025) or '2025' (from 1/7/2025). */
  list: '2024' | '2025';
  receiving: { code: string; name: string; level: 'district' | 'province' };
  framework: Framework;
  createdAt: string;
}

const LABELS: Record<string, string> = {
  format: 'Loại tệp',
  formatVersion: 'Phiên bản định dạng',
  unitList: 'Danh mục đơn vị hành chính (2024: trước 1/7/2025; 2025: từ 1/7/2025)',
  receivingCode: 'Mã đơn vị nhận tệp của xã',
  receivingName: 'Tên đơn vị nhận tệp của xã',
  receivingLevel: 'Cấp của đơn vị nhận (district: huyện; province: tỉnh)',
  frameworkId: 'Bộ chỉ số cấp xã đang áp dụng',
  frameworkVersion: 'Phiên bản bộ chỉ số',
  frameworkFingerprint: 'Dấu kiểm nội dung bộ chỉ số',
  createdAt: 'Thời điểm lập gói',
};

/** The package as xlsx bytes. */
export function writeSetupPackage(p: SetupPackage): Uint8Array {
  const values: [string, string][] = [
    ['format', PACKAGE_FORMAT],
    ['formatVersion', String(PACKAGE_VERSION)],
    ['unitList', p.list],
    ['receivingCode', p.receiving.code],
    ['receivingName', p.receiving.name],
    ['receivingLevel', p.receiving.level],
    ['frameworkId', p.framework.id],
    ['frameworkVersion', p.framework.version],
    ['frameworkFingerprint', frameworkFingerprint(p.framework)],
    ['createdAt', p.createdAt],
  ];
  const sheet = XLSX.utils.aoa_to_sheet([
    ['thuoc_tinh', 'gia_tri', 'mo_ta'],
    ...values.map(([k, v]) => [k, v, LABELS[k] ?? '']),
    [],
    ['', '', `Gói thiết lập cho xã của ${p.receiving.name}: mở tệp này ở lần chạy đầu của DTI Desk trên máy của xã.`],
  ]);
  sheet['!cols'] = [{ wch: 22 }, { wch: 40 }, { wch: 70 }];
  const fw = frameworkBook(p.framework, true);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet, SHEET_PACKAGE);
  for (const name of fw.SheetNames) XLSX.utils.book_append_sheet(wb, fw.Sheets[name]!, name);
  return toBytes(wb);
}

/** "goi-thiet-lap_tinh-ninh-binh_<framework>-<version>.xlsx". */
export function setupPackageFileName(p: Pick<SetupPackage, 'receiving' | 'framework'>): string {
  const fw = `${p.framework.id}-${p.framework.version}`.replace(/[^A-Za-z0-9._-]/g, '-');
  return `goi-thiet-lap_${slugVi(p.receiving.name)}_${fw}.xlsx`;
}

const NOT_PACKAGE = 'Tệp này không phải gói thiết lập cho xã của DTI Desk';

/** Reads a package from outside; a refusal says what is wrong and where, in Vietnamese. */
export function readSetupPackage(bytes: Uint8Array): { ok: true; pkg: SetupPackage } | { ok: false; error: string } {
  const opened = openOutsideWorkbook(bytes, {
    wanted: [
      {
        name: SHEET_PACKAGE,
        missing: exchangeError('unknown-format', `${NOT_PACKAGE} (không có trang "${SHEET_PACKAGE}").`),
      },
      { name: SHEET_INDICATORS, missing: exchangeError('unknown-format', `${NOT_PACKAGE}: thiếu trang "ChiSo".`) },
      { name: SHEET_GROUPS, missing: exchangeError('unknown-format', `${NOT_PACKAGE}: thiếu trang "Nhom".`) },
    ],
  });
  if (!opened.ok) return { ok: false, error: opened.error.message };
  const found = findSheet(opened.wb, SHEET_PACKAGE);
  if (!found) return { ok: false, error: `${NOT_PACKAGE} (không có trang "${SHEET_PACKAGE}").` };
  const grid = gridOf(SHEET_PACKAGE, found.sheet);
  if (!grid.ok) return { ok: false, error: grid.error.message };
  const v = new Map<string, { value: string; row: number }>();
  for (const { row, cells } of grid.rows.slice(1)) {
    const key = typeof cells[0] === 'string' ? cells[0].trim() : '';
    if (key && !v.has(key)) v.set(key, { value: String(cells[1] ?? '').trim(), row });
  }
  const at = (key: string) => `trang "${SHEET_PACKAGE}", dòng ${v.get(key)?.row ?? '?'} (${key})`;
  const get = (key: string) => v.get(key)?.value ?? '';
  if (get('format') !== PACKAGE_FORMAT) return { ok: false, error: `${NOT_PACKAGE} (${at('format')}).` };
  if (get('formatVersion') !== String(PACKAGE_VERSION))
    return {
      ok: false,
      error: `Gói thiết lập có định dạng phiên bản ${get('formatVersion') || '?'}, máy này đọc được phiên bản ${PACKAGE_VERSION}: hãy cập nhật DTI Desk.`,
    };
  const list = get('unitList');
  if (list !== '2024' && list !== '2025')
    return { ok: false, error: `Gói thiết lập không ghi danh mục 2024 hay 2025 (${at('unitList')}).` };
  const level = list === '2025' ? 'province' : 'district';
  if (get('receivingLevel') !== level)
    return {
      ok: false,
      error: `Gói thiết lập ghi cấp "${get('receivingLevel')}" không khớp danh mục ${list} (${at('receivingLevel')}).`,
    };
  const code = get('receivingCode');
  if (!new RegExp(`^\\d{${level === 'province' ? 2 : 3}}$`).test(code))
    return { ok: false, error: `Mã đơn vị nhận "${code}" không hợp lệ (${at('receivingCode')}).` };
  const name = get('receivingName').normalize('NFC');
  if (!name) return { ok: false, error: `Gói thiết lập thiếu tên đơn vị nhận (${at('receivingName')}).` };
  const fw = workbookToFramework(bytes);
  if (!fw.ok)
    return {
      ok: false,
      error: `Bộ chỉ số trong gói thiết lập không đọc được: ${fw.errors.map((e) => e.message).join('; ')}`,
    };
  const f = fw.framework;
  if (f.level !== 'commune') return { ok: false, error: 'Bộ chỉ số trong gói thiết lập không phải bộ chỉ số cấp xã.' };
  if (f.id !== get('frameworkId') || f.version !== get('frameworkVersion'))
    return {
      ok: false,
      error: `Gói thiết lập ghi bộ chỉ số ${get('frameworkId')} phiên bản ${get('frameworkVersion')} nhưng trang ChiSo/Nhom là ${f.id} phiên bản ${f.version}.`,
    };
  if (frameworkFingerprint(f) !== get('frameworkFingerprint'))
    return {
      ok: false,
      error: `Nội dung bộ chỉ số trong gói thiết lập đã bị sửa sau khi lập gói (dấu kiểm không khớp, ${at('frameworkFingerprint')}). Hãy xin gói mới từ đơn vị nhận.`,
    };
  return {
    ok: true,
    pkg: { list, receiving: { code, name, level }, framework: f, createdAt: get('createdAt') },
  };
}
