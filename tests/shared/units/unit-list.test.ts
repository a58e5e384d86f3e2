import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { parseUnitList } from '../../../shared/units/unit-list';
import { readUnitSheet } from '../../../shared/units/unit-sheet';

describe('pasted unit lists', () => {
  it('reads tab, semicolon or comma separated lines, skips a header and blanks, normalises to NFC', () => {
    const r = parseUnitList(
      `Mã\tTên\r\n09244\tXã Gia Phong\r\n\r\n09247;${'Xã Gia Trung'.normalize('NFD')}\n09250, Thị trấn Me `,
    );
    expect(r.errors).toEqual([]);
    expect(r.items).toEqual([
      { code: '09244', name: 'Xã Gia Phong' },
      { code: '09247', name: 'Xã Gia Trung' },
      { code: '09250', name: 'Thị trấn Me' },
    ]);
  });

  it('names the line of each refused row and keeps the first of a duplicated code', () => {
    const r = parseUnitList('09244\tXã Gia Phong\n09244\tXã Khác\nmã có dấu\tXã X\n09251');
    expect(r.items).toEqual([{ code: '09244', name: 'Xã Gia Phong' }]);
    expect(r.errors).toEqual([
      'Dòng 2: mã 09244 bị trùng, bỏ qua.',
      expect.stringContaining('Dòng 3: mã đơn vị "mã có dấu" không hợp lệ'),
      'Dòng 4: thiếu tên đơn vị cho mã 09251.',
    ]);
  });
});

describe('unit lists from Excel', () => {
  function book(rows: unknown[][]): Uint8Array {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Danh sách');
    return XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as Uint8Array;
  }

  it('reads code and name from columns A and B, numeric codes included', () => {
    const r = readUnitSheet(
      book([
        ['Mã', 'Tên'],
        [9244, 'Xã Gia Phong'],
        ['09247', 'Xã Gia Trung'],
        [null, null],
      ]),
    );
    expect(r).toEqual({
      items: [
        { code: '9244', name: 'Xã Gia Phong' },
        { code: '09247', name: 'Xã Gia Trung' },
      ],
      errors: [],
    });
  });

  it('names sheet and row of a bad row; a broken file gives one error and no units', () => {
    const r = readUnitSheet(
      book([
        ['Mã', 'Tên'],
        ['09244', ''],
        ['09247', 'Xã Gia Trung'],
      ]),
    );
    expect(r.errors).toEqual(['Trang "Danh sách", dòng 2: thiếu tên đơn vị cho mã 09244.']);
    expect(r.items).toHaveLength(1);
    const broken = readUnitSheet(new TextEncoder().encode('<html>not a workbook</html>'));
    expect(broken.items).toEqual([]);
    expect(broken.errors).toHaveLength(1);
  });
});
