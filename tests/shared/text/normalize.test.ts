import { describe, expect, it } from 'vitest';
import { compareVi, foldVi, nfc } from '../../../shared/text/normalize';

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
