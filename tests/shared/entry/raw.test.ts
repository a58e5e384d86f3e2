import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkFromCatalog } from '../../../shared/framework/catalog';
import { parseFrameworkIndex } from '../../../shared/framework/framework-index';
import type { Framework } from '../../../shared/framework/types';
import { fieldsFor, parseRaw, ratioTerms, sameRaw } from '../../../shared/entry/raw';
import { shippedFramework } from '../helpers';
import { evaluate } from '../../../shared/entry/evaluate';

function commune(): Framework {
  const dir = join(__dirname, '..', '..', '..', 'renderer', 'public', 'frameworks');
  const index = parseFrameworkIndex(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
  if (!index.ok) throw new Error('index');
  const entry = index.entries.find((e) => e.meta.level === 'commune')!;
  const fw = frameworkFromCatalog(entry.meta, readFileSync(join(dir, entry.file), 'utf8'));
  if (!fw.ok) throw new Error('framework');
  return fw.framework;
}
const fw = commune();
const ind = (code: string) => fw.indicators.find((i) => i.code === code)!;

describe('parseRaw', () => {
  it('reads every value type typed the Vietnamese way', () => {
    expect(parseRaw(ind('1.1'), { value: 'pho' }).value).toEqual({ type: 'choice', key: 'pho' });
    expect(parseRaw(ind('1.4'), { value: 'yes' }).value).toEqual({ type: 'boolean', value: true });
    expect(parseRaw(ind('1.4'), { value: 'no' }).value).toEqual({ type: 'boolean', value: false });
    expect(parseRaw(ind('1.3'), { value: ' 2 ' }).value).toEqual({ type: 'count', value: 2 });
    expect(parseRaw(ind('1.5'), { value: '71,79' }).value).toEqual({ type: 'percent', value: 71.79 });
    expect(parseRaw(ind('1.2'), { numerator: '3', denominator: '4' }).value).toEqual({
      type: 'ratio',
      numerator: 3,
      denominator: 4,
    });
    expect(parseRaw(ind('2.4'), { declared: '2.416', points: '12,5' }).value).toEqual({
      type: 'manual',
      points: 12.5,
      declared: '2.416',
    });
  });

  it('empty is not an error, and is distinct from 0', () => {
    expect(parseRaw(ind('1.3'), {})).toEqual({ value: null, touched: false, errors: {} });
    expect(parseRaw(ind('1.3'), { value: '   ' }).touched).toBe(false);
    expect(parseRaw(ind('1.3'), { value: '0' }).value).toEqual({ type: 'count', value: 0 });
  });

  it('keeps a value that does not parse out of scoring and says why, per field', () => {
    expect(parseRaw(ind('1.3'), { value: 'abc' })).toMatchObject({ value: null, touched: true });
    expect(parseRaw(ind('1.3'), { value: 'abc' }).errors.value).toContain('không phải là số hợp lệ');
    expect(parseRaw(ind('1.3'), { value: '-2' }).errors.value).toBe('Giá trị không được âm.');
    expect(parseRaw(ind('1.3'), { value: '2,5' }).errors.value).toContain('số nguyên');
    expect(parseRaw(ind('1.5'), { value: '120' }).errors.value).toContain('100%');
    expect(parseRaw(ind('1.1'), { value: 'chairman' }).errors.value).toContain('Chọn một mức');
    expect(parseRaw(ind('1.4'), { value: 'maybe' }).errors.value).toContain('Có hoặc Không');
    const half = parseRaw(ind('1.2'), { numerator: '3' });
    expect(half.value).toBeNull();
    expect(half.errors).toEqual({ denominator: 'Cần nhập mẫu số (b).' });
    expect(parseRaw(ind('2.4'), { declared: '2.416' }).errors.points).toBe('Cần nhập điểm tự chấm.');
    expect(parseRaw(ind('2.4'), { declared: 'nhiều', points: '10' }).errors.declared).toContain('không phải là số');
  });

  it('lists the fields of each value type in reading order', () => {
    expect(fieldsFor(ind('1.2'))).toEqual(['numerator', 'denominator']);
    expect(fieldsFor(ind('2.4'))).toEqual(['declared', 'points']);
    expect(fieldsFor(ind('1.1'))).toEqual(['value']);
  });

  it('sameRaw treats a missing field as empty', () => {
    expect(sameRaw({ value: '' }, {})).toBe(true);
    expect(sameRaw({ value: '1' }, { value: '2' })).toBe(false);
  });
});

describe('evaluate', () => {
  it('scores what parses, counts what does not as not entered, ignores unknown codes', () => {
    const r = evaluate(fw, [
      { code: '1.1', raw: { value: 'truong' } },
      { code: '1.3', raw: { value: 'abc' } },
      { code: '3.1', raw: { numerator: '0', denominator: '0' } },
      { code: '99.9', raw: { value: '1' } },
    ]);
    expect(r.aggregate.entered).toBe(2);
    expect(r.aggregate.points).toBe(20);
    expect(r.aggregate.byStatus['khong-ap-dung']).toBe(1);
    expect(r.parsed.get('1.3')!.errors.value).toBeDefined();
    expect(r.parsed.has('99.9')).toBe(false);
  });
});

describe('ratioTerms', () => {
  it('reads what a and b count from the method text', () => {
    expect(
      ratioTerms(
        'Nhập a = số cuộc họp về chuyển đổi số do Chủ tịch chủ trì; b = tổng số cuộc họp của xã trong năm; điểm = min(a/b, 1) × 20.',
      ),
    ).toEqual({ a: 'số cuộc họp về chuyển đổi số do Chủ tịch chủ trì', b: 'tổng số cuộc họp của xã trong năm' });
    expect(ratioTerms('Tỷ lệ phần trăm.')).toEqual({});
  });
  it('finds them in every shipped ratio indicator', () => {
    for (const level of ['commune', 'district'] as const)
      for (const ind of shippedFramework(level).indicators.filter((i) => i.valueType === 'ratio')) {
        const t = ratioTerms(ind.method);
        expect(t.a, ind.code).toBeTruthy();
        expect(t.b, ind.code).toBeTruthy();
      }
  });
});
