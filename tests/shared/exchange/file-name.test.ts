// File names and the formula-safe cell text encoding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCellText, encodeCellText } from '../../../shared/excel/cell-text';
import { assessmentFileName, slugVi } from '../../../shared/exchange/file-name';

describe('assessmentFileName', () => {
  it('builds DTI_<year>[-6T]_<slug>_tu-danh-gia_r<rev>.xlsx', () => {
    expect(assessmentFileName('Xã Gia Phong', { year: 2024, kind: 'year' }, 3)).toBe(
      'DTI_2024_xa-gia-phong_tu-danh-gia_r3.xlsx',
    );
    expect(assessmentFileName('Thị trấn Me', { year: 2025, kind: 'mid-year' }, 1)).toBe(
      'DTI_2025-6T_thi-tran-me_tu-danh-gia_r1.xlsx',
    );
    expect(assessmentFileName('Huyện Đồng Văn'.normalize('NFD'), { year: 2024, kind: 'year' }, 12)).toBe(
      'DTI_2024_huyen-dong-van_tu-danh-gia_r12.xlsx',
    );
  });
  it('slugs are ASCII and never empty', () => {
    expect(slugVi('  Phường  Đông Thành / số 1 ')).toBe('phuong-dong-thanh-so-1');
    expect(slugVi('???')).toBe('don-vi');
    fc.assert(fc.property(fc.string(), (s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slugVi(s))));
  });
});

describe('cell text encoding', () => {
  it('puts formula-looking text behind one apostrophe and reverses it exactly', () => {
    expect(encodeCellText('=1+1')).toBe("'=1+1");
    expect(encodeCellText("'x")).toBe("''x");
    expect(encodeCellText('Bình thường')).toBe('Bình thường');
    for (const s of ['=cmd|x', '+1', '-2', '@A1', '\tx', '\rx']) expect(encodeCellText(s).startsWith("'")).toBe(true);
    fc.assert(
      fc.property(
        fc.string(),
        (s) => decodeCellText(encodeCellText(s)) === s && !/^[=+\-@\t\r]/.test(encodeCellText(s)),
      ),
    );
  });
});
