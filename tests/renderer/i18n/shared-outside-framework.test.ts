// A framework that does not load, said in English: every message here is made by shared/framework and
// shared/exchange/framework-workbook over a broken catalogue, workbook or object (a location, then the reason).
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { frameworkFromCatalog } from '../../../shared/framework/catalog';
import { parseCsv, writeCsv } from '../../../shared/framework/csv';
import type { FrameworkError, FrameworkErrorCode } from '../../../shared/framework/errors';
import { validateFramework } from '../../../shared/framework/validate';
import { frameworkToWorkbook, workbookToFramework } from '../../../shared/exchange/framework-workbook';
import { shippedFramework, shippedSource } from '../../shared/helpers';
import { sharedText } from '../../../renderer/i18n/shared-text';
import { expectEnglish } from './english';
import { rezip, setText, text } from '../../shared/exchange/zip-tools';

const { entry, csv } = shippedSource('district');
const meta = entry.meta as unknown as Record<string, unknown>;
const records = (() => {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(r.error);
  return r.records.map((x) => x.cells);
})();

/** The district catalogue with `column` of indicator `code` set to `value`. */
function mutated(code: string, column: string, value: string): string {
  const rows = records.map((r) => [...r]);
  const col = rows[0]!.indexOf(column);
  rows.find((r) => r[0] === code)![col] = value;
  return writeCsv(rows);
}

const errors: FrameworkError[] = [];
const fromCsv = (text: string, m: unknown = meta) => {
  const r = frameworkFromCatalog(m, text);
  if (r.ok) throw new Error('expected errors');
  errors.push(...r.errors);
};
const fromObject = (input: unknown) => {
  const r = validateFramework(input);
  if (r.ok) throw new Error('expected errors');
  errors.push(...r.errors);
};
/** The commune framework as a workbook, with `edit` applied to its sheets. */
const fromWorkbook = (edit: (wb: XLSX.WorkBook) => void, after = (b: Uint8Array) => b) => {
  const wb = XLSX.read(frameworkToWorkbook(shippedFramework('commune')), { type: 'array' });
  edit(wb);
  const r = workbookToFramework(
    after(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)),
  );
  if (r.ok) throw new Error('expected errors');
  errors.push(...r.errors);
};
const cell = (wb: XLSX.WorkBook, sheet: string, addr: string, v: string | number) => {
  wb.Sheets[sheet]![addr] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
};

for (const [code, column, value] of [
  ['1.3', 'code', '1-3'],
  ['1.3', 'code', '1.2'],
  ['1.3', 'code', '1.9'],
  ['1.3', 'code', '2.9'],
  ['1.3', 'code', ''],
  ['1.3', 'group_code', '9'],
  ['1.3', 'group_code', 'x'],
  ['1.3', 'group_name_vi', 'Other'],
  ['1.3', 'name_vi', ''],
  ['1.3', 'max_points', '0'],
  ['1.3', 'provenance', 'X'],
  ['1.5', 'value_type', 'count'],
  ['1.5', 'value_type', 'so'],
  ['1.5', 'max_points', '15'],
  ...[
    'steps:4=20;x',
    'foo',
    'target:x',
    'bad:1',
    'steps:',
    'steps:a=b',
    'steps:-1=20',
    'steps:5=25;4=20;1=5',
    'steps:4=15;1=5',
    'steps:1=20;4=5',
  ].map((rule) => ['1.3', 'scoring', rule]),
  ...[
    'choice:Truong=1',
    'choice:truong=x',
    'choice:truong=0.8;pho=0.5;khong=0',
    'choice:truong=1;pho=1.5;khong=0',
    'choice:truong=1;pho=0.5;moi=0',
    'choice:truong=1;truong=0.5;khong=0',
    'target:0',
  ].map((rule) => ['1.1', 'scoring', rule]),
])
  fromCsv(mutated(code!, column!, value!));
fromCsv(writeCsv([records[0]!]));
fromCsv('');
fromCsv(writeCsv(records.map((r) => r.slice(1))));
fromCsv(writeCsv(records.map((r) => [...r, r[0]!])));
for (const broken of ['a"b,c', '"abc', '"a"b']) fromCsv(broken);
for (const [field, value] of [
  ['id', 'Bad Id'],
  ['id', ''],
  ['level', 'x'],
  ['level', ''],
  ['version', ''],
  ['title', ''],
  ['sourceNote', {}],
  ['periods', '1999'],
  ['periods', ['2025']],
  ['thresholds', { complete: 2, basic: 3 }],
  ['groups', []],
  ['groups', [{ code: 'x' }]],
  [
    'groups',
    [
      { code: 1, name: {}, nameEn: '', maxPoints: 0 },
      { code: 1, nameEn: '', maxPoints: 5 },
    ],
  ],
] as const)
  fromCsv(csv, { ...meta, [field]: value });
fromCsv(csv, { ...meta, groups: [...(meta.groups as unknown[]), { code: 9, name: 'G', nameEn: '', maxPoints: 5 }] });
fromCsv(csv, 'not an object');

const fw = shippedFramework('commune');
fromObject('not an object');
fromObject({ ...fw, indicators: undefined });
fromObject({ ...fw, groups: fw.groups.map((g, i) => (i === 0 ? { ...g, name: '' } : g)) });
fromObject({ ...fw, indicators: fw.indicators.map((x, i) => (i === 2 ? { ...x, name: {} } : x)) });
fromObject({ ...fw, indicators: fw.indicators.map((x, i) => (i === 2 ? { ...x, code: '' } : x)) });

fromWorkbook((wb) => void wb.SheetNames.splice(1, 1));
fromWorkbook((wb) => cell(wb, 'ChiSo', 'I2', 'foo'));
fromWorkbook((wb) => cell(wb, 'ChiSo', 'A1', 'group_code'));
fromWorkbook((wb) => cell(wb, 'ChiSo', 'L1', 'x'));
fromWorkbook((wb) => cell(wb, 'ChiSo', 'H2', 5));
fromWorkbook(
  (wb) => cell(wb, 'ChiSo', 'K5', 'x'.repeat(30_000)),
  (b) =>
    rezip(b, (f) => {
      for (const name of f.keys()) setText(f, name, text(f, name).replace('x'.repeat(30_000), 'x'.repeat(40_000)));
    }),
);
fromWorkbook((wb) => {
  const nhom = wb.Sheets.Nhom!;
  for (const addr of Object.keys(nhom)) if (nhom[addr]?.v === 'version') nhom[addr] = { t: 's', v: 'unused' };
});
fromWorkbook((wb) => {
  const nhom = wb.Sheets.Nhom!;
  for (const addr of Object.keys(nhom)) if (nhom[addr]?.v === 'id') cell(wb, 'Nhom', addr.replace('A', 'B'), 'Bad Id');
});

/** Every code a framework error can have; a new one must be produced above (and so said in English). */
const CODES: Record<FrameworkErrorCode, true> = {
  'file-unreadable': true,
  'file-too-large': true,
  'csv-syntax': true,
  'sheet-missing': true,
  'header-missing-column': true,
  'header-duplicate-column': true,
  'cell-too-long': true,
  'cell-type': true,
  'not-an-object': true,
  'meta-invalid': true,
  'thresholds-invalid': true,
  'group-invalid': true,
  'group-duplicate': true,
  'group-unknown': true,
  'group-empty': true,
  'group-name-mismatch': true,
  'group-sum': true,
  'no-indicators': true,
  'code-invalid': true,
  'code-group-mismatch': true,
  'code-duplicate': true,
  'code-gap': true,
  'name-missing': true,
  'value-type-unknown': true,
  'max-not-positive': true,
  'number-invalid': true,
  'provenance-invalid': true,
  'rule-unparseable': true,
  'rule-value-type-mismatch': true,
  'step-negative': true,
  'step-above-max': true,
  'top-step-not-max': true,
  'steps-order': true,
  'target-not-positive': true,
  'choice-duplicate-key': true,
  'choice-no-full': true,
  'fraction-range': true,
  'choice-no-label': true,
};
/** Codes of a file the guarded door refuses (areas/refusals.ts says them). */
const REFUSED: FrameworkErrorCode[] = ['file-unreadable', 'file-too-large'];

describe('a framework that does not load, in English', () => {
  const messages = [...new Set(errors.map((e) => e.message))];

  it('meets every kind of framework error', () => {
    const seen = new Set(errors.map((e) => e.code));
    expect(Object.keys(CODES).filter((c) => !seen.has(c as FrameworkErrorCode))).toEqual(REFUSED);
    expect(messages.length).toBeGreaterThan(60);
  });

  for (const message of messages) {
    it(message, () => {
      // Vietnamese data the messages name: the shipped group names, and the word a choice label is written with.
      expectEnglish(message, ['Nhận thức số', '(… điểm)']);
    });
  }

  it('says the location and the reason', () => {
    const en = (m: string) => expectEnglish(m);
    expect(
      en(
        'Trang "ChiSo", dòng 4, cột "scoring", chỉ số 1.3: Không hiểu quy tắc chấm điểm "foo": phải là bool, ratio, manual, target:N, steps:… hoặc choice:….',
      ),
    ).toBe(
      'Sheet "ChiSo", row 4, column "scoring", indicator 1.3: Scoring rule "foo" cannot be understood: it must be bool, ratio, manual, target:N, steps:… or choice:….',
    );
    expect(en('Dòng 4, cột "code", chỉ số 1.2: Mã chỉ số "1.2" bị trùng (đã có ở dòng 3).')).toBe(
      'Row 4, column "code", indicator 1.2: Indicator code "1.2" is repeated (already at row 3).',
    );
  });

  it('keeps a message whose reason is not listed whole, in Vietnamese', () => {
    const unknown = 'Trang "ChiSo", dòng 4: Một lý do khác.';
    expect(sharedText(unknown, 'en')).toBe(unknown);
  });
});
