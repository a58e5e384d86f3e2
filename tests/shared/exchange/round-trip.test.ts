// Export → import gives back exactly what was exported; the file holds no formula; planted edits are all found.
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_FIELDS, GENERAL_INFO_FIELDS, type EntryData, type GeneralInfo } from '../../../shared/entry/types';
import { exportAssessment } from '../../../shared/exchange/export';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { normalizeEntries, normalizeInfo, RAW_FIELDS } from '../../../shared/exchange/manifest';
import {
  communeFw,
  ESCAPE_LOOKALIKE_NOTE,
  NOTES,
  readBook,
  resolveCommune,
  rowOf,
  sampleInput,
  writeBook,
} from './sample';
import { unzip } from './zip-tools';
import { frameworkFromCatalog } from '../../../shared/framework/catalog';
import { shippedIndex, shippedText } from '../helpers';

const TRICKY = [
  '=1+1',
  '=HYPERLINK("http://x","y")',
  "'",
  "''a",
  '-',
  '+84',
  '@x',
  '\tx',
  'a\r\nb',
  '2.416',
  '71,79',
  '1e3',
  'Nhận thức'.normalize('NFD'),
  ' trailing ',
  '__proto__',
  '😀 emoji',
];
const field = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 12 }), fc.constant(''));
const rawArb = fc.record(
  Object.fromEntries(RAW_FIELDS.map((f) => [f, field])) as Record<(typeof RAW_FIELDS)[number], typeof field>,
  { requiredKeys: [] },
);
const entryArb = (code: string) =>
  fc.record({
    code: fc.constant(code),
    raw: rawArb,
    evidence: fc.record(
      Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, field])) as Record<
        (typeof EVIDENCE_FIELDS)[number],
        typeof field
      >,
    ),
    note: field,
  });
const entriesArb = fc
  .tuple(...communeFw.indicators.map((i) => fc.option(entryArb(i.code), { nil: undefined })))
  .map((xs) => xs.filter((x): x is EntryData => x !== undefined));
const infoArb = fc.record(
  Object.fromEntries(GENERAL_INFO_FIELDS.map((f) => [f, field])) as Record<keyof GeneralInfo, typeof field>,
);

/** Row (1-based) whose cell in column `col` holds `text`. */
function rowWith(ws: XLSX.WorkSheet, col: string, text: string): number {
  for (let r = 1; r < 200; r++) if ((ws[`${col}${r}`] as XLSX.CellObject | undefined)?.v === text) return r;
  throw new Error(`no row with ${text}`);
}

describe('round trip', () => {
  it('imports back the values, evidence, giải trình and info of any export (property)', async () => {
    await fc.assert(
      fc.asyncProperty(entriesArb, infoArb, fc.integer({ min: 1, max: 999 }), async (entries, info, revision) => {
        const out = await exportAssessment(sampleInput({ entries, info, revision }));
        const r = readAssessmentFile(out.bytes, out.fileName, { resolveFramework: resolveCommune });
        if (!r.ok) throw new Error(r.error.message);
        expect(r.entries).toEqual(normalizeEntries(communeFw, entries));
        expect(r.info).toEqual(normalizeInfo(info));
        expect(r.sheetEntries).toEqual(r.entries);
        expect(r.sheetInfo).toEqual(r.info);
        expect(r.differences).toEqual([]);
        expect(r.problems.filter((p) => p.kind !== 'unparsable')).toEqual([]);
        expect(r.manifest.revision).toBe(revision);
      }),
      { numRuns: 25 },
    );
  });

  it('names the self values that cannot be scored, with the reason, and still reads the file', async () => {
    const input = sampleInput();
    const entries = input.entries.map((e) =>
      e.code === '1.2' ? { ...e, raw: { numerator: '36', denominator: '30' } } : e,
    );
    const out = await exportAssessment({ ...input, entries });
    const r = readAssessmentFile(out.bytes, out.fileName, { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.unscorable).toEqual([
      { code: '1.2', reason: expect.stringMatching(/^Tử số a = 36 lớn hơn mẫu số b = 30 /) },
    ]);
    // Without the framework nothing can be scored here, so nothing is named.
    const unknown = readAssessmentFile(out.bytes, out.fileName);
    expect(unknown.ok && unknown.unscorable).toEqual([]);
    // The sample itself has none.
    const sample = await exportAssessment(input);
    const s = readAssessmentFile(sample.bytes, sample.fileName, { resolveFramework: resolveCommune });
    expect(s.ok && s.unscorable).toEqual([]);
  });

  it('keeps the sample exactly, including formula-looking and long text', async () => {
    const input = sampleInput();
    const out = await exportAssessment(input);
    const r = readAssessmentFile(out.bytes, out.fileName, { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.problems).toEqual([]);
    expect(r.differences).toEqual([]);
    expect(r.entries.slice(0, NOTES.length).map((e) => e.note)).toEqual(NOTES.map((n) => n.normalize('NFC')));
    expect(r.manifest).toMatchObject({
      format: 'dti-desk/assessment',
      formatVersion: 1,
      unit: input.unit,
      district: input.district,
      period: input.period,
      exportId: input.exportId,
      revision: 3,
      exportedAt: '2025-01-15T08:30:00.000Z',
      framework: { id: 'ninh-binh-xa', version: '2022.1' },
    });
    expect(r.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.fileName).toBe('DTI_2024_xa-gia-phong_tu-danh-gia_r3.xlsx');
  });

  it('keeps a text that looks like a workbook escape ("_x0041_") as typed, in the manifest and on the form', async () => {
    const input = sampleInput();
    const note = ESCAPE_LOOKALIKE_NOTE;
    const address = '_x0020_Thôn Đông';
    const entries = input.entries.map((e, i) => (i === 0 ? { ...e, note } : e));
    const out = await exportAssessment({ ...input, entries, info: { ...input.info, address } });
    for (const seal of [undefined, 'ignore'] as const) {
      const r = readAssessmentFile(out.bytes, out.fileName, {
        resolveFramework: resolveCommune,
        ...(seal ? { seal } : {}),
      });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.formSealed).toBe(seal === undefined);
      expect([r.entries[0]!.note, r.sheetEntries[0]!.note]).toEqual([note, note]);
      expect([r.info.address, r.sheetInfo.address]).toEqual([address, address]);
      expect(r.differences).toEqual([]);
    }
    // A spreadsheet shows it as typed too: the underscore that begins each look-alike is written escaped.
    const sst = Buffer.from(unzip(out.bytes).get('xl/sharedStrings.xml')!).toString('utf8');
    expect(sst).toContain('Mã _x005F_x0041_, _x005F_X00e9_ và _x005F_x0041_x005F_x0042_ giữ nguyên');
    // The manifest's payload holds no underscore at all: written as the JSON escape, nothing in it reads as an escape.
    const manifest = Buffer.from(unzip(out.bytes).get('xl/worksheets/sheet3.xml')!).toString('utf8');
    const payload = [...manifest.matchAll(/<v>(\{[^<]*|,[^<]*)<\/v>/g)].map((m) => m[1]).join('');
    expect(payload).toContain('Mã \\u005fx0041\\u005f, \\u005fX00e9\\u005f');
    expect(payload).not.toContain('_');
  });

  it("writes no formula: no <f> in any sheet XML; the visible sheets' text is in the shared strings", async () => {
    const files = unzip((await exportAssessment(sampleInput())).bytes);
    const sheets = [...files].filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(3);
    for (const [name, data] of sheets) {
      const xml = Buffer.from(data).toString('utf8');
      expect(xml).not.toMatch(/<f[\s>]/);
      // The hidden manifest (the third sheet) carries its own text (shared/excel/inline-text); the sheets people read
      // refer to the shared strings only.
      if (name !== 'xl/worksheets/sheet3.xml') expect(xml).not.toMatch(/t="(?:str|inlineStr)"/);
      else expect(xml).toMatch(/t="str"/);
    }
    const sst = Buffer.from(files.get('xl/sharedStrings.xml') ?? new Uint8Array()).toString('utf8');
    // People's text is written as typed, in the Text format "@" (no apostrophe shows); only the hidden manifest
    // keeps the formula-safe escape.
    expect(sst.includes('<t>=HYPERLINK(&quot;http://evil&quot;,&quot;bấm&quot;)</t>')).toBe(true);
    expect(sst.includes('<t>&apos;=HYPERLINK(')).toBe(false);
    const wb = XLSX.read((await exportAssessment(sampleInput())).bytes, { type: 'array', cellNF: true });
    const ws = wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
    const r = rowOf(ws, '1.1');
    expect(ws[`J${r}`]).toMatchObject({ t: 's', v: '=HYPERLINK("http://evil","bấm")', z: '@' });
    expect(ws[`B${r}`]).toMatchObject({ t: 's', z: '@' });
  });

  it('lays out the form: header, groups, subtotals, total, widths, merges, number formats, hidden manifest', async () => {
    const wb = XLSX.read((await exportAssessment(sampleInput())).bytes, {
      type: 'array',
      cellStyles: true,
      cellNF: true,
    });
    expect(wb.SheetNames).toEqual(['Biểu mẫu 01', 'Tổng hợp', '_manifest']);
    expect(wb.Workbook?.Sheets?.map((s) => s.Hidden)).toEqual([0, 0, 2]);
    const ws = wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
    const cells = Object.keys(ws)
      .filter((k) => !k.startsWith('!'))
      .map((k) => String((ws[k] as XLSX.CellObject).v));
    expect(cells).toContain('UBND HUYỆN GIA VIỄN');
    expect(cells).toContain('ỦY BAN NHÂN DÂN XÃ GIA PHONG');
    expect(cells).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(cells).toContain('Kính gửi: UBND huyện Gia Viễn');
    expect(cells.some((c) => c.startsWith('Kỳ báo cáo: Năm 2024'))).toBe(true);
    expect(cells).toContain('1. Nhận thức số (100)');
    expect(cells).toContain('Cộng nhóm 8');
    expect(cells).toContain('TỔNG CỘNG');
    const r = rowOf(ws, '1.2');
    expect(ws[`F${r}`]?.v).toBe('a = 12; b = 15');
    expect(ws[`G${r}`]).toMatchObject({ t: 'n', v: 16, z: '[$-42A]#,##0.00' });
    expect(ws[`H${r}`]?.v).toBe('Cơ bản hoàn thành');
    expect(ws['!cols']?.length).toBeGreaterThanOrEqual(19);
    expect(ws['!merges']?.length).toBeGreaterThan(10);
    const sum = wb.Sheets['Tổng hợp'] as XLSX.WorkSheet;
    expect(
      Object.values(sum).some(
        (c) =>
          typeof (c as XLSX.CellObject).v === 'string' &&
          String((c as XLSX.CellObject).v).startsWith('Đã hoàn thành và cơ bản hoàn thành'),
      ),
    ).toBe(true);
  });

  it('reports exactly k planted edits, each with sheet, row, column and code', async () => {
    const base = (await exportAssessment(sampleInput())).bytes;
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(fc.integer({ min: 0, max: 49 }), fc.constantFrom('J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S')),
          { maxLength: 6, selector: ([i, c]) => `${i}${c}` },
        ),
        (edits) => {
          const wb = readBook(base);
          const ws = wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
          const planted = edits.map(([i, col]) => {
            const code = communeFw.indicators[i]?.code ?? '';
            const row = rowOf(ws, code);
            ws[`${col}${row}`] = { t: 's', v: `sửa ${i}${col}` };
            return { code, row, column: col };
          });
          const r = readAssessmentFile(writeBook(wb), 'x.xlsx', { resolveFramework: resolveCommune });
          if (!r.ok) throw new Error(r.error.message);
          const got = r.differences.map(({ code, row, column, sheet }) => ({ code, row, column, sheet }));
          expect(got.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column))).toEqual(
            planted
              .map((p) => ({ ...p, sheet: 'Biểu mẫu 01' }))
              .sort((a, b) => a.row - b.row || a.column.localeCompare(b.column)),
          );
        },
      ),
      { numRuns: 15 },
    );
  });

  it('finds an edit of a human column (Số liệu, điểm, trạng thái, tài liệu) and of Thông tin chung', async () => {
    const wb = readBook((await exportAssessment(sampleInput())).bytes);
    const ws = wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
    const r = rowOf(ws, '1.2');
    ws[`F${r}`] = { t: 's', v: 'a = 15; b = 15' };
    ws[`G${r}`] = { t: 'n', v: 20 };
    ws[`H${r}`] = { t: 's', v: 'Hoàn thành' };
    ws[`I${r}`] = { t: 's', v: 'Số: 2/QĐ' };
    const addr = rowWith(ws, 'B', 'Địa chỉ');
    ws[`C${addr}`] = { t: 's', v: 'Thôn Tây' };
    const got = readAssessmentFile(writeBook(wb), 'x.xlsx', { resolveFramework: resolveCommune });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.differences.map((d) => `${d.code}:${d.field}:${d.column}${d.row}`).sort()).toEqual(
      [
        `1.2:display:F${r}`,
        `1.2:score:G${r}`,
        `1.2:status:H${r}`,
        `1.2:evidenceDisplay:I${r}`,
        `:info.address:C${addr}`,
      ].sort(),
    );
  });

  it('refuses a text longer than an Excel cell, and a revision below 1', async () => {
    const long = sampleInput({
      entries: [
        {
          code: '1.1',
          raw: {},
          evidence: { docNumber: '', docDate: '', summary: '', link: '' },
          note: 'x'.repeat(40000),
        },
      ],
    });
    await expect(exportAssessment(long)).rejects.toThrow(RangeError);
    await expect(exportAssessment(sampleInput({ revision: 0 }))).rejects.toThrow(RangeError);
  });
});

describe('a yes/no indicator worded as a negative', () => {
  const entry2025 = shippedIndex().find((e) => e.file === 'commune-50-2025.csv')!;
  const built = frameworkFromCatalog(entry2025.meta, shippedText(entry2025.file));
  if (!built.ok) throw new Error('the 2025 commune framework does not build');
  const fw = built.framework;
  const resolve = () => fw;
  const input = sampleInput({
    framework: fw,
    period: { year: 2025, kind: 'year' },
    entries: sampleInput().entries.map((e) => (e.code === '5.2' ? { ...e, raw: { value: 'yes' } } : e)),
  });

  it('shows the answer in its own words ("Không xảy ra sự cố"), not "Có", and reads it back unchanged', async () => {
    const bytes = (await exportAssessment(input)).bytes;
    const ws = readBook(bytes).Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
    expect(ws[`F${rowOf(ws, '5.2')}`]?.v).toBe('Không xảy ra sự cố');
    const r = readAssessmentFile(bytes, 'x.xlsx', { resolveFramework: resolve });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.differences).toEqual([]);
  });

  it('still reads a file of an earlier version, which wrote "Có" there, as unchanged', async () => {
    const wb = readBook((await exportAssessment(input)).bytes);
    const ws = wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
    ws[`F${rowOf(ws, '5.2')}`] = { t: 's', v: 'Có' };
    const r = readAssessmentFile(writeBook(wb), 'x.xlsx', { resolveFramework: resolve });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.differences).toEqual([]);
  });
});

describe('a value typed that is no value (letters in a number)', () => {
  const input = sampleInput({
    entries: sampleInput().entries.map((e) => (e.code === '1.5' ? { ...e, raw: { value: 'abc' } } : e)),
  });

  it('is shown as typed with "Cần xem lại", as the form says, not "Chưa nhập"; it reads back unchanged', async () => {
    const bytes = (await exportAssessment(input)).bytes;
    const ws = readBook(bytes).Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
    const r = rowOf(ws, '1.5');
    expect(ws[`H${r}`]?.v).toBe('Cần xem lại');
    const read = readAssessmentFile(bytes, 'x.xlsx', { resolveFramework: resolveCommune });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.differences).toEqual([]);
  });

  it('still reads a file of an earlier version, which said "Chưa nhập" there, as unchanged', async () => {
    const wb = readBook((await exportAssessment(input)).bytes);
    const ws = wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
    ws[`H${rowOf(ws, '1.5')}`] = { t: 's', v: 'Chưa nhập' };
    const read = readAssessmentFile(writeBook(wb), 'x.xlsx', { resolveFramework: resolveCommune });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.differences).toEqual([]);
  });
});
