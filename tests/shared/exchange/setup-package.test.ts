import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { frameworkToWorkbook } from '../../../shared/exchange/framework-workbook';
import {
  readSetupPackage,
  SHEET_PACKAGE,
  setupPackageFileName,
  writeSetupPackage,
  type SetupPackage,
} from '../../../shared/exchange/setup-package';
import { shippedFramework } from '../helpers';

const commune = shippedFramework('commune');
const NINH_BINH: SetupPackage = {
  list: '2025',
  receiving: { code: '37', name: 'Tỉnh Ninh Bình', level: 'province' },
  framework: commune,
  createdAt: '2026-12-06T00:00:00.000Z',
};

/** The package with cell `addr` of `sheet` set to `value`. */
function edited(sheet: string, addr: string, value: string): Uint8Array {
  const wb = XLSX.read(writeSetupPackage(NINH_BINH), { type: 'array' });
  wb.Sheets[sheet]![addr] = { t: 's', v: value };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('Gói thiết lập cho xã', () => {
  it('round-trips the period, the receiving unit and the framework in force', () => {
    const r = readSetupPackage(writeSetupPackage(NINH_BINH));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pkg.list).toBe('2025');
    expect(r.pkg.receiving).toEqual(NINH_BINH.receiving);
    expect(r.pkg.framework).toEqual(commune);
    expect(setupPackageFileName(NINH_BINH)).toMatch(/^goi-thiet-lap_tinh-ninh-binh_.+\.xlsx$/);
  });

  it('refuses, in Vietnamese, what is not a package or was changed', () => {
    const refusal = (bytes: Uint8Array) => {
      const r = readSetupPackage(bytes);
      return r.ok ? 'accepted' : r.error;
    };
    expect(refusal(frameworkToWorkbook(commune))).toMatch(/không phải gói thiết lập .*_goi_thiet_lap/);
    expect(refusal(new TextEncoder().encode('not a workbook'))).not.toBe('accepted');
    expect(refusal(edited(SHEET_PACKAGE, 'B4', '2023'))).toMatch(
      /không ghi danh mục 2024 hay 2025 \(trang "_goi_thiet_lap", dòng 4/,
    );
    expect(refusal(edited(SHEET_PACKAGE, 'B7', 'district'))).toMatch(/không khớp danh mục 2025/);
    expect(refusal(edited(SHEET_PACKAGE, 'B5', '3a'))).toMatch(/Mã đơn vị nhận "3a" không hợp lệ/);
    expect(refusal(edited(SHEET_PACKAGE, 'B10', 'abc'))).toMatch(/dấu kiểm không khớp/);
    expect(refusal(edited('ChiSo', 'D2', 'Chỉ số đã bị sửa'))).toMatch(/dấu kiểm không khớp/);
    expect(refusal(edited(SHEET_PACKAGE, 'B3', '2'))).toMatch(/hãy cập nhật DTI Desk/);
  });

  it('refuses a package carrying a district framework', () => {
    const r = readSetupPackage(writeSetupPackage({ ...NINH_BINH, framework: shippedFramework('district') }));
    expect(r.ok ? '' : r.error).toMatch(/không phải bộ chỉ số cấp xã/);
  });
});
