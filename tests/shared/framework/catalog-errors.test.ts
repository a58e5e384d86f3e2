// The validator on broken catalogues: each is the shipped district CSV with one cell changed, and must give its
// specific error with the right row, column and indicator code.
import { describe, expect, it } from 'vitest';
import { frameworkFromCatalog } from '../../../shared/framework/catalog';
import { parseCsv, writeCsv } from '../../../shared/framework/csv';
import type { FrameworkError, FrameworkErrorCode } from '../../../shared/framework/errors';
import { shippedFramework, shippedSource } from '../helpers';

const { entry, csv } = shippedSource('district');

/** Returns the CSV with `column` of the row of indicator `code` set to `value`, and that row's number. */
function mutate(code: string, column: string, value: string): { text: string; row: number } {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(r.error);
  const header = r.records[0]?.cells ?? [];
  const col = header.indexOf(column);
  const rec = r.records.find((x) => x.cells[0] === code);
  if (col < 0 || !rec) throw new Error(`no ${code}/${column}`);
  rec.cells[col] = value;
  return { text: writeCsv(r.records.map((x) => x.cells)), row: rec.row };
}

function errorsOf(text: string, meta: unknown = entry.meta): FrameworkError[] {
  const r = frameworkFromCatalog(meta, text);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

function expectError(
  errors: FrameworkError[],
  code: FrameworkErrorCode,
  where: Partial<FrameworkError>,
  text: string,
): void {
  const found = errors.find((e) => e.code === code);
  expect(found, `${code} in ${errors.map((e) => e.message).join(' | ')}`).toBeDefined();
  expect(found).toMatchObject(where);
  expect(found?.message).toContain(text);
}

describe('broken district catalogue', () => {
  it('accepts the unchanged file', () => {
    expect(frameworkFromCatalog(entry.meta, csv).ok).toBe(true);
  });

  const cases: [string, string, string, string, FrameworkErrorCode, Partial<FrameworkError>, string][] = [
    [
      'duplicate code',
      '1.3',
      'code',
      '1.2',
      'code-duplicate',
      { column: 'code', indicator: '1.2' },
      'bị trùng (đã có ở dòng 3)',
    ],
    ['malformed code', '1.3', 'code', '1-3', 'code-invalid', { column: 'code', indicator: '1-3' }, '"nhóm.số thứ tự"'],
    ['gap in numbering', '1.3', 'code', '1.9', 'code-gap', { group: 1 }, 'thiếu chỉ số 1.3'],
    [
      'code in another group',
      '1.3',
      'code',
      '2.9',
      'code-group-mismatch',
      { column: 'group_code' },
      'không thuộc nhóm 1',
    ],
    ['unknown group', '1.3', 'group_code', '9', 'group-unknown', { column: 'group_code' }, 'Nhóm 9 không có'],
    ['group sum off', '1.5', 'max_points', '15', 'group-sum', { group: 1 }, 'là 105, khác điểm tối đa của nhóm (100)'],
    [
      'unparseable rule',
      '1.2',
      'scoring',
      'steps:4=20;x',
      'rule-unparseable',
      { column: 'scoring', indicator: '1.2' },
      'Không hiểu quy tắc',
    ],
    [
      'step above max',
      '1.2',
      'scoring',
      'steps:5=25;4=20;1=5',
      'step-above-max',
      { column: 'scoring' },
      'vượt điểm tối đa 20',
    ],
    [
      'top step not max',
      '1.2',
      'scoring',
      'steps:4=15;1=5',
      'top-step-not-max',
      { column: 'scoring' },
      'đúng điểm tối đa 20',
    ],
    [
      'choice without full option',
      '1.1',
      'scoring',
      'choice:truong=0.8;pho=0.5;khong=0',
      'choice-no-full',
      { column: 'scoring' },
      'hệ số 1',
    ],
    [
      'fraction outside [0,1]',
      '1.1',
      'scoring',
      'choice:truong=1;pho=1.5;khong=0',
      'fraction-range',
      { column: 'scoring' },
      '"pho" là 1.5',
    ],
    [
      'choice key without label',
      '1.1',
      'scoring',
      'choice:truong=1;pho=0.5;moi=0',
      'choice-no-label',
      { column: 'method_vi' },
      'nhãn của mức "moi"',
    ],
    [
      'value type not matching rule',
      '1.5',
      'value_type',
      'count',
      'rule-value-type-mismatch',
      { column: 'scoring' },
      '"bool" không dùng được cho kiểu giá trị "count"',
    ],
    [
      'unknown value type',
      '1.5',
      'value_type',
      'so',
      'value-type-unknown',
      { column: 'value_type' },
      'Kiểu giá trị "so"',
    ],
    ['zero max', '1.5', 'max_points', '0', 'max-not-positive', { column: 'max_points' }, 'số dương'],
    ['negative max', '1.5', 'max_points', '-10', 'max-not-positive', { column: 'max_points' }, '"-10"'],
    ['text max', '1.5', 'max_points', 'mười', 'max-not-positive', { column: 'max_points' }, '"mười"'],
    ['missing name', '1.5', 'name_vi', '', 'name-missing', { column: 'name_vi', indicator: '1.5' }, 'Thiếu tên chỉ số'],
    [
      'group name differs',
      '1.3',
      'group_name_vi',
      'Nhận thức',
      'group-name-mismatch',
      { column: 'group_name_vi' },
      '"Nhận thức số"',
    ],
    ['bad provenance', '1.3', 'provenance', 'X', 'provenance-invalid', { column: 'provenance' }, 'V, P, R, I'],
  ];

  it.each(cases)('%s', (_name, code, column, value, errCode, where, text) => {
    const { text: broken, row } = mutate(code, column, value);
    const errors = errorsOf(broken);
    const withRow = errCode === 'code-gap' || errCode === 'group-sum' ? where : { ...where, row };
    expectError(errors, errCode, withRow, text);
    for (const e of errors) expect(e.message.normalize('NFC')).toBe(e.message);
  });

  it('names row and column in the message', () => {
    const { text } = mutate('1.2', 'scoring', 'steps:4=20;x');
    expect(errorsOf(text)[0]?.message).toMatch(/^Dòng 3, cột "scoring", chỉ số 1\.2: Không hiểu quy tắc/);
  });

  it('reports every broken row at once', () => {
    const a = mutate('1.5', 'value_type', 'so').text;
    const r = parseCsv(a);
    const recs = r.ok ? r.records.map((x) => x.cells) : [];
    const row = recs.find((c) => c[0] === '2.1');
    if (row) row[3] = '';
    const codes = errorsOf(writeCsv(recs)).map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['value-type-unknown', 'name-missing']));
  });

  it('checks the header', () => {
    const errors = errorsOf(csv.replace('max_points', 'diem_toi_da'));
    expectError(errors, 'header-missing-column', { row: 1 }, 'Thiếu cột "max_points"');
    const dup = errorsOf(csv.replace('name_en', 'name_vi'));
    expect(dup.map((e) => e.code)).toEqual(
      expect.arrayContaining(['header-duplicate-column', 'header-missing-column']),
    );
  });

  it('reports CSV syntax errors with the record number', () => {
    const lines = csv.split('\r\n');
    lines[4] = `${lines[4]},"unterminated`;
    expectError(errorsOf(lines.join('\r\n')), 'csv-syntax', { row: 5 }, 'ngoặc kép');
  });

  it('checks the metadata', () => {
    const errors = errorsOf(csv, { ...entry.meta, level: 'tinh', thresholds: { complete: 0.4, basic: 0.5 }, id: '' });
    expect(errors.map((e) => e.code)).toEqual(['meta-invalid', 'meta-invalid', 'thresholds-invalid']);
  });

  it('refuses a group with no indicators', () => {
    const meta = { ...entry.meta, groups: [...entry.meta.groups, { code: 9, nameEn: 'Extra', maxPoints: 10 }] };
    expectError(errorsOf(csv, meta), 'group-empty', { group: 9 }, 'Nhóm 9 không có chỉ số nào');
  });

  it('normalises decomposed (NFD) text instead of refusing it', () => {
    const r = frameworkFromCatalog(entry.meta, csv.normalize('NFD'));
    expect(r.ok && r.framework).toEqual(shippedFramework('district'));
  });

  it('accepts LF line ends, a BOM, blank rows, columns in another order and Vietnamese numbers', () => {
    const parsed = parseCsv(mutate('1.5', 'max_points', '10,0').text);
    if (!parsed.ok) throw new Error(parsed.error);
    const recs = parsed.records.map((x) => [...x.cells].reverse());
    recs.splice(10, 0, recs[0]?.map(() => '') ?? []);
    const text = `\uFEFF${writeCsv(recs).replace(/\r\n/g, '\n')}`;
    const r = frameworkFromCatalog(entry.meta, text);
    expect(r.ok && r.framework).toEqual(shippedFramework('district'));
  });
});
