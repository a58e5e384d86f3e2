import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { CATALOG_COLUMNS } from '../../../shared/framework/columns';
import type { FrameworkError } from '../../../shared/framework/errors';
import {
  frameworkTemplateWorkbook,
  frameworkToWorkbook,
  workbookToFramework,
} from '../../../shared/exchange/framework-workbook';
import { frameworkArb } from '../arbitraries';
import { shippedFramework } from '../helpers';

const district = shippedFramework('district');
const bytes = frameworkToWorkbook(district);

function sheets(b: Uint8Array): XLSX.WorkBook {
  return XLSX.read(b, { type: 'array', cellStyles: true });
}
function grid(wb: XLSX.WorkBook, name: string): unknown[][] {
  const ws = wb.Sheets[name];
  if (!ws) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
}
function write(wb: XLSX.WorkBook, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}
function errorsOf(b: Uint8Array): FrameworkError[] {
  const r = workbookToFramework(b);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}
/** Edits cell `addr` of `sheet` in a copy of the shipped workbook. */
function edit(sheet: string, addr: string, v: string | number | null): Uint8Array {
  const wb = sheets(bytes);
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(sheet);
  if (v === null) delete ws[addr];
  else XLSX.utils.sheet_add_aoa(ws, [[v]], { origin: addr });
  return write(wb);
}

describe('frameworkToWorkbook', () => {
  it('writes ChiSo with exactly the catalogue columns and Nhom with groups and metadata', () => {
    const wb = sheets(bytes);
    expect(wb.SheetNames).toEqual(['ChiSo', 'Nhom']);
    const chiSo = grid(wb, 'ChiSo');
    expect(chiSo[0]).toEqual([...CATALOG_COLUMNS]);
    expect(chiSo).toHaveLength(73);
    expect(chiSo[1]?.slice(0, 3)).toEqual(['1.1', 1, 'Nhận thức số']);
    const nhom = grid(wb, 'Nhom');
    expect(nhom[0]).toEqual(['group_code', 'group_name_vi', 'group_name_en', 'max_points']);
    expect(nhom[1]).toEqual([1, 'Nhận thức số', 'Digital awareness', 100]);
    const meta = new Map(nhom.slice(10).map((r) => [r[0], r[1]]));
    expect(meta.get('id')).toBe('ninh-binh-huyen');
    expect(meta.get('level')).toBe('district');
    expect(meta.get('threshold_complete')).toBe(0.9);
    expect(wb.Sheets.ChiSo?.['!cols']?.length).toBe(CATALOG_COLUMNS.length);
  });

  it('reads back equal', () => {
    const r = workbookToFramework(bytes);
    expect(r.ok && r.framework).toEqual(district);
  });

  it('round-trips random valid frameworks', () => {
    fc.assert(
      fc.property(frameworkArb, (fw) => {
        const r = workbookToFramework(frameworkToWorkbook(fw));
        if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
        expect(r.framework).toEqual(fw);
      }),
      { numRuns: 40 },
    );
  });

  it('offers a blank template with the groups and metadata', () => {
    const t = frameworkTemplateWorkbook(district);
    expect(grid(sheets(t), 'ChiSo')).toEqual([[...CATALOG_COLUMNS]]);
    expect(errorsOf(t).map((e) => e.code)).toEqual(['no-indicators']);
    const full = workbookToFramework(frameworkTemplateWorkbook(district, true));
    expect(full.ok && full.framework).toEqual(district);
  });
});

describe('workbookToFramework on files from elsewhere', () => {
  it('reads text numbers, decomposed text, extra columns and blank rows', () => {
    const wb = sheets(bytes);
    const ws = wb.Sheets.ChiSo;
    if (!ws) throw new Error('ChiSo');
    const rows = grid(wb, 'ChiSo').map((r) =>
      r.map((c) => (typeof c === 'string' ? c.normalize('NFD') : typeof c === 'number' ? String(c) : c)),
    );
    rows[0]?.push('ghi_chu');
    rows.splice(5, 0, []);
    rows.push([], [null, '', '  ']);
    wb.Sheets.ChiSo = XLSX.utils.aoa_to_sheet(rows);
    const r = workbookToFramework(write(wb));
    expect(r.ok && r.framework).toEqual(district);
  });

  it('reads .ods and .xlsb files', () => {
    // SheetJS's own .xls writer truncates cells at 255 characters, so .xls is not round-tripped here.
    for (const type of ['ods', 'xlsb'] as const) {
      const r = workbookToFramework(write(sheets(bytes), type));
      expect(r.ok && r.framework, type).toEqual(district);
    }
  });

  it('names sheet, row, column and indicator in errors', () => {
    // ChiSo!I3 is the scoring cell of indicator 1.2.
    const errors = errorsOf(edit('ChiSo', 'I3', 'steps:4=25;1=5'));
    expect(errors[0]).toMatchObject({
      code: 'step-above-max',
      sheet: 'ChiSo',
      row: 3,
      column: 'scoring',
      indicator: '1.2',
    });
    expect(errors[0]?.message).toMatch(/^Trang "ChiSo", dòng 3, cột "scoring", chỉ số 1\.2: /);
  });

  it('locates group sums and metadata errors on sheet Nhom', () => {
    const sum = errorsOf(edit('Nhom', 'D2', 90));
    expect(sum[0]).toMatchObject({ code: 'group-sum', sheet: 'Nhom', row: 2, group: 1 });
    const level = errorsOf(edit('Nhom', 'B13', 'tinh'));
    expect(level[0]).toMatchObject({ code: 'meta-invalid', sheet: 'Nhom', row: 13 });
    const noName = errorsOf(edit('Nhom', 'A3', 'x'));
    expect(noName[0]).toMatchObject({ code: 'group-invalid', sheet: 'Nhom', row: 3 });
  });

  it('carries the administrative periods (row "periods"): written, read, defaulted for older files, checked', () => {
    const nhom = grid(sheets(bytes), 'Nhom');
    expect(nhom[13]?.slice(0, 2)).toEqual(['periods', '2024']);
    // A commune set for periods from 7/2025 only reads back with them.
    const fw2025 = { ...shippedFramework('commune'), version: '2025.1', periods: ['2025' as const] };
    const back = workbookToFramework(frameworkToWorkbook(fw2025));
    expect(back.ok && back.framework).toEqual(fw2025);
    // A file from before periods existed (no such row): the level's default, the same framework as before.
    const old = sheets(bytes);
    XLSX.utils.sheet_add_aoa(old.Sheets.Nhom!, [['', '']], { origin: 'A14' });
    expect(workbookToFramework(write(old))).toEqual({ ok: true, framework: district });
    // "2024, 2025" written out in full for a commune set equals the default: nothing stored.
    const both = workbookToFramework(frameworkToWorkbook(shippedFramework('commune')));
    expect(both.ok && both.framework.periods).toBeUndefined();
    // A district set from 7/2025 (no districts any more) and an unknown period: refused where they are.
    const late = errorsOf(edit('Nhom', 'B14', '2024, 2025'));
    expect(late[0]).toMatchObject({ code: 'meta-invalid', sheet: 'Nhom', row: 14 });
    expect(late[0]?.message).toContain('không còn cấp huyện');
    const odd = errorsOf(edit('Nhom', 'B14', '2023'));
    expect(odd[0]).toMatchObject({ code: 'meta-invalid', sheet: 'Nhom', row: 14 });
    expect(odd[0]?.message).toContain('chỉ nhận 2024 và/hoặc 2025');
  });

  it('reports a missing sheet and a missing column', () => {
    const wb = sheets(bytes);
    wb.SheetNames = ['ChiSo'];
    delete wb.Sheets.Nhom;
    expect(errorsOf(write(wb))).toEqual([expect.objectContaining({ code: 'sheet-missing', sheet: 'Nhom' })]);
    const noCol = errorsOf(edit('ChiSo', 'H1', 'diem'));
    expect(noCol[0]).toMatchObject({ code: 'header-missing-column', sheet: 'ChiSo', row: 1 });
    expect(noCol[0]?.message).toContain('"max_points"');
  });

  it('finds sheets case-insensitively', () => {
    const wb = sheets(bytes);
    wb.SheetNames = ['chiso', 'NHOM'];
    wb.Sheets = { chiso: wb.Sheets.ChiSo as XLSX.WorkSheet, NHOM: wb.Sheets.Nhom as XLSX.WorkSheet };
    expect(workbookToFramework(write(wb)).ok).toBe(true);
  });

  it('never throws on garbage, huge or empty input', () => {
    expect(errorsOf(new Uint8Array([1, 2, 3, 4]))[0]?.code).toMatch(/file-unreadable|sheet-missing/);
    expect(errorsOf(new Uint8Array(0))[0]?.code).toMatch(/file-unreadable|sheet-missing/);
    expect(errorsOf(new Uint8Array(11 * 1024 * 1024))).toEqual([expect.objectContaining({ code: 'file-too-large' })]);
    const zipHeader = bytes.slice(0, 200);
    expect(workbookToFramework(zipHeader).ok).toBe(false);
  });

  it('refuses sheets over the row cap', () => {
    const wb = sheets(bytes);
    const ws = wb.Sheets.ChiSo;
    if (!ws) throw new Error('ChiSo');
    XLSX.utils.sheet_add_aoa(ws, [['x']], { origin: 'A2500' });
    expect(errorsOf(write(wb))[0]).toMatchObject({ code: 'file-too-large', sheet: 'ChiSo' });
  });

  it('ignores prototype-named metadata keys', () => {
    const wb = sheets(bytes);
    const ws = wb.Sheets.Nhom;
    if (!ws) throw new Error('Nhom');
    XLSX.utils.sheet_add_aoa(
      ws,
      [
        ['__proto__', 'x'],
        ['constructor', 'y'],
        ['toString', 1],
      ],
      { origin: -1 },
    );
    const r = workbookToFramework(write(wb));
    expect(r.ok && r.framework).toEqual(district);
  });
});
