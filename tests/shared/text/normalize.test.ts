import { describe, expect, it } from 'vitest';
import { cleanTyped, compareVi, foldVi, matchesWordStart, nfc } from '../../../shared/text/normalize';

describe('nfc', () => {
  it('composes decomposed Vietnamese', () => {
    const nfd = 'Nhận thức số'.normalize('NFD');
    expect(nfd).not.toBe('Nhận thức số');
    expect(nfc(nfd)).toBe('Nhận thức số');
  });
});

describe('foldVi', () => {
  it('removes marks, maps đ and lower-cases', () => {
    expect(foldVi('Nhận thức')).toBe('nhan thuc');
    expect(foldVi('Đường  ĐỜI')).toBe('duong doi');
    expect(foldVi('An toàn thông tin mạng'.normalize('NFD'))).toBe('an toan thong tin mang');
  });
  it('makes NFC and NFD equal', () => {
    expect(foldVi('Hạ tầng số'.normalize('NFD'))).toBe(foldVi('Hạ tầng số'));
  });
});

describe('compareVi', () => {
  it('sorts in Vietnamese alphabet order', () => {
    const sorted = ['Ư', 'U', 'Đ', 'D', 'Ă', 'A', 'Â', 'E'].sort(compareVi);
    expect(sorted).toEqual(['A', 'Ă', 'Â', 'D', 'Đ', 'E', 'U', 'Ư']);
  });
  it('treats NFC and NFD as equal', () => {
    expect(compareVi('Gia Viễn', 'Gia Viễn'.normalize('NFD'))).toBe(0);
  });
});

describe('cleanTyped', () => {
  it('stores NFC with single spaces, keeps line breaks', () => {
    const typed = '  Quyết  định   số\t15 '.normalize('NFD');
    expect(cleanTyped(typed)).toBe('Quyết định số 15');
    expect(cleanTyped(typed).normalize('NFC')).toBe(cleanTyped(typed));
    expect(cleanTyped('Dòng 1  \r\n  Dòng  2\n\n')).toBe('Dòng 1\nDòng 2');
    expect(cleanTyped('   ')).toBe('');
  });
});

describe('matchesWordStart', () => {
  const hoaDon = '2.3 Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử';
  const hoatDong = '6. Hoạt động chính quyền số';
  it('matches words from their start, diacritics ignored', () => {
    expect(matchesWordStart(hoaDon, 'hoa don')).toBe(true);
    expect(matchesWordStart(hoatDong, 'hoa don')).toBe(false);
    expect(matchesWordStart(hoatDong, 'hoat')).toBe(true);
    expect(matchesWordStart(hoatDong, 'oat')).toBe(false); // not inside a word
    expect(matchesWordStart(hoaDon, 'hoa ')).toBe(true); // a finished word matches a whole word
    expect(matchesWordStart(hoatDong, 'hoa ')).toBe(false);
    expect(matchesWordStart('Nhận thức số'.normalize('NFD'), 'NHAN th')).toBe(true);
    expect(matchesWordStart(hoaDon, '2.3')).toBe(true);
    expect(matchesWordStart(hoaDon, '')).toBe(true);
  });
});
