import { describe, expect, it } from 'vitest';
import { formatViCompact, formatViNumber, parseViNumber } from '../../../shared/text/numbers';

function value(s: string): number {
  const r = parseViNumber(s);
  if (!r.ok) throw new Error(`expected "${s}" to parse: ${r.error}`);
  return r.value;
}

describe('parseViNumber', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['0', 0],
    ['71,79', 71.79],
    ['2.416', 2416],
    ['10.000', 10000],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1.234.567,891', 1234567.891],
    ['71.79', 71.79],
    ['0.5', 0.5],
    ['0.500', 0.5],
    ['1234.567', 1234.567],
    ['12.3456', 12.3456],
    ['-3', -3],
    ['-2.416', -2416],
    ['-0', 0],
    ['\u00a012,5\u00a0', 12.5],
  ])('reads %j as %d', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    '12abc',
    '1,2,3',
    '1.2.3',
    '1.23.456',
    '1,234.5',
    '1e3',
    '12 %',
    '--1',
    '1 000',
    ',5',
    '5,',
    '.5',
    'NaN',
    'Infinity',
  ])('refuses %j with a Vietnamese message', (input) => {
    const r = parseViNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/số/);
  });
});

describe('formatViNumber', () => {
  it('uses a decimal comma and thousands dots', () => {
    expect(formatViNumber(71.79, 2)).toBe('71,79');
    expect(formatViNumber(2416, 0)).toBe('2.416');
    expect(formatViNumber(1234.5, 2)).toBe('1.234,50');
    expect(formatViNumber(587.405, 1)).toBe('587,4');
  });
  it('shows a dash for non-finite numbers', () => {
    expect(formatViNumber(Number.NaN, 2)).toBe('—');
    expect(formatViNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });
  it('round-trips through parseViNumber', () => {
    for (const n of [0, 1, 12.5, 2416, 1234.56, 1000000.25]) expect(value(formatViNumber(n, 2))).toBe(n);
  });
  it('formatViCompact drops trailing zeros', () => {
    expect(formatViCompact(16, 2)).toBe('16');
    expect(formatViCompact(20 / 3, 2)).toBe('6,67');
    expect(formatViCompact(0.5, 4)).toBe('0,5');
  });
});

describe('formatted numbers, remembered', () => {
  const intl = (max: number) =>
    new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: max });
  it('give what Intl gives for integers, fractions, signs and -0, on first and repeated calls', () => {
    const values = [0, -0, 1, 7, 999, 1000, 2416, -5, -1000, 0.5, 6.666666, 1.005, 1234567.891, -0.25, 85.5];
    for (let pass = 0; pass < 2; pass++)
      for (const n of values)
        for (const d of [0, 2, 4, 6]) {
          if (d > 0)
            expect(formatViNumber(n, d)).toBe(
              new Intl.NumberFormat('vi-VN', { minimumFractionDigits: d, maximumFractionDigits: d }).format(n),
            );
          expect(formatViCompact(n, d)).toBe(intl(d).format(n));
          if (d === 0) expect(formatViNumber(n)).toBe(intl(0).format(n));
        }
  });
  it('keeps -0 and 0 apart whichever comes first', () => {
    expect(formatViCompact(-0, 3)).toBe(intl(3).format(-0));
    expect(formatViCompact(0, 3)).toBe('0');
    expect(formatViCompact(-0, 3)).toBe(intl(3).format(-0));
  });
});
