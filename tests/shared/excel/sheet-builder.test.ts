import { describe, expect, it } from 'vitest';
import { textHeight } from '../../../shared/excel/sheet-builder';

/** The estimate as first written: lines of ⌈code points ÷ per line⌉, at least one per paragraph. */
function reference(text: string, widthChars: number, size = 11): number {
  const perLine = Math.max(4, (widthChars * 1.2 * 11) / size);
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil([...l].length / perLine)), 0);
  return Math.ceil(lines * size * 1.22 + 3);
}

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
  ])('counts lines of %j in %i characters as the code-point estimate does', (text, width) => {
    for (const size of [11, 13]) expect(textHeight(text, width, size)).toBe(reference(text, width, size));
  });

  it('grows with the text: twice the text in the same width needs more height', () => {
    const t = 'Hồ sơ kiểm chứng chưa đầy đủ. '.repeat(5);
    expect(textHeight(t + t, 20)).toBeGreaterThan(textHeight(t, 20));
  });
});
