// Row heights of wrapped cells: estimated from the text, capitals wider than lowercase letters, without allocating.
import { describe, expect, it } from 'vitest';
import { CAPITAL_WIDTH, textHeight } from '../../../shared/excel/sheet-builder';

/** The estimate written plainly: lines of ⌈width ÷ per line⌉ (code points, capitals wider), ≥ 1 per paragraph. */
function reference(text: string, widthChars: number, size = 11): number {
  const perLine = Math.max(4, (widthChars * 1.2 * 11) / size);
  const width = (l: string) => [...l].reduce((w, ch) => w + (ch !== ch.toLowerCase() ? CAPITAL_WIDTH : 1), 0);
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(width(l) / perLine)), 0);
  return Math.ceil(lines * size * 1.22 + 3);
}

const ONE_LINE_12PT = textHeight('x', 36, 12);

describe('textHeight', () => {
  it.each([
    ['', 10],
    ['Ngắn', 10],
    ['Đã triển khai theo kế hoạch của huyện.', 12],
    ['một\nhai\n\nbốn dòng', 6],
    ['x'.repeat(500), 24],
    ['😀'.repeat(30), 10],
    ['\n', 5],
    ['tail\n', 5],
    ['ỦY BAN NHÂN DÂN XÃ GIA PHONG', 20],
  ])('counts lines of %j in %i characters as the plain estimate does', (text, width) => {
    for (const size of [11, 13]) expect(textHeight(text, width, size)).toBe(reference(text, width, size));
  });

  it('grows with the text: twice the text in the same width needs more height', () => {
    const t = 'Hồ sơ kiểm chứng chưa đầy đủ. '.repeat(5);
    expect(textHeight(t + t, 20)).toBeGreaterThan(textHeight(t, 20));
  });

  it('gives an uppercase header line the two lines it wraps to, and the same length in lowercase one', () => {
    const issuer = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH';
    expect(textHeight(issuer, 36, 12)).toBeGreaterThan(ONE_LINE_12PT);
    expect(textHeight(issuer.toLowerCase(), 36, 12)).toBe(ONE_LINE_12PT);
  });
});
