// The print view of a workbook sheet (issue 10: the remarks letter and the consolidated report as PDF from the
// app): the same words and grid as the exported sheet, the table header as the repeated head, numbers the
// Vietnamese way, only the print area.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOC_SETTINGS } from '../../../shared/documents/settings';
import type { Run } from '../../../shared/excel/doc';
import { printedNumber, type PrintRow, sheetPrint, type SheetPrint } from '../../../shared/excel/sheet-print';
import { SheetBuilder } from '../../../shared/excel/sheet-builder';
import { INT_FMT, PERCENT_FMT, POINTS_FMT, S } from '../../../shared/excel/styles';
import { buildConsolidatedBook, SHEET_CONSOLIDATED } from '../../../shared/verify/consolidated';
import { remarksSheet } from '../../../shared/verify/remarks';
import { communeFw, sampleEntries, sampleInput } from '../exchange/sample';
import { agreeAll, ind, layer } from '../verify/fixtures';

const SETTINGS = { ...DEFAULT_DOC_SETTINGS, place: 'Gia Phong', signerName: 'Nguyễn Văn Chủ' };
const textOf = (t: string | readonly Run[]) => (typeof t === 'string' ? t : t.map((r) => r.text).join(''));
const rowsText = (rows: readonly PrintRow[]) => rows.map((r) => r.cells.map((c) => textOf(c.text)).join(' | '));
const allText = (p: SheetPrint) =>
  [...rowsText(p.before), ...rowsText(p.head), ...rowsText(p.body), ...rowsText(p.after)].join('\n');

/** Every printed row covers the printed columns exactly once (spans, and cells covered from rows above). */
function expectGrid(p: SheetPrint) {
  const n = p.widths.length;
  const rows = [...p.before, ...p.head, ...p.body, ...p.after];
  const carried = new Map<number, number>(); // row → columns taken by row spans from above
  for (const r of rows) {
    const cols = r.cells.reduce((a, c) => a + c.colSpan, 0) + (carried.get(r.row) ?? 0);
    expect(cols, `row ${r.row}`).toBe(n);
    for (const c of r.cells)
      for (let k = 1; k < c.rowSpan; k++) carried.set(r.row + k, (carried.get(r.row + k) ?? 0) + c.colSpan);
  }
  expect(p.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
}

function gardenLayers() {
  const entries = sampleEntries();
  const layers = agreeAll(communeFw, entries);
  const e = entries.find((x) => x.code === '1.4')!;
  layers.set('1.4', layer(ind('1.4'), e, { verdict: 'adjust', raw: { value: 'no' }, remark: '- chưa cập nhật' }));
  return { entries, layers };
}

describe('sheetPrint', () => {
  it('prints the remarks letter: header block, Kính gửi, the table with its head, closing and signer', () => {
    const { entries, layers } = gardenLayers();
    const p = sheetPrint(
      remarksSheet({
        framework: communeFw,
        unit: { code: '14761', name: 'Xã Gia Trung' },
        district: { code: '373', name: 'Huyện Gia Viễn' },
        period: { year: 2024, kind: 'year' },
        revision: 1,
        selfEntries: entries,
        layers,
        exportId: 'r-1',
        exportedAt: Date.UTC(2025, 1, 3, 3),
        appVersion: '0.1.0',
        documents: SETTINGS,
      }),
    );
    expect(p.orientation).toBe('landscape');
    const before = rowsText(p.before).join('\n');
    for (const t of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Gia Phong, ngày 03 tháng 02',
    ])
      expect(before).toContain(t);
    expect(before).toContain('Kính gửi: UBND xã Gia Trung');
    expect(rowsText(p.head)[0]).toContain('Nhận xét, yêu cầu');
    const body = rowsText(p.body).join('\n');
    expect(body).toContain('- chưa cập nhật');
    // The closing comes after the table, apart from it: a page holding only the closing repeats no table head.
    const after = rowsText(p.after).join('\n');
    expect(after).toContain('Nguyễn Văn Chủ');
    expect(after).toContain('Nơi nhận:');
    expect(body).not.toContain('Nơi nhận:');
    expect(p.scale).toBeGreaterThan(0.9); // nine columns: close to full size
    expectGrid(p);
  });

  it('prints the consolidated report sheet one page wide with every commune and no machine column', () => {
    const { entries, layers } = gardenLayers();
    const communes = ['Xã Gia Phong', 'Xã Gia Trung', 'Xã Gia Vân'].map((name, i) => ({
      unit: { code: String(14758 + i), name },
      framework: communeFw,
      info: sampleInput().info,
      entries,
      layers: i === 1 ? layers : agreeAll(communeFw, entries),
      revision: 1,
      exportId: `e-${i}`,
      fileSha256: String(i).repeat(64),
    }));
    const book = buildConsolidatedBook({
      district: { code: '373', name: 'Huyện Gia Viễn' },
      period: { year: 2024, kind: 'year' },
      communes,
      team: [],
      exportId: 'c-1',
      exportedAt: Date.UTC(2025, 1, 3, 3),
      appVersion: '0.1.0',
      documents: SETTINGS,
    });
    const sheet = book.wb.sheets.find((s) => s.name === SHEET_CONSOLIDATED)!;
    const p = sheetPrint(sheet);
    const text = allText(p);
    for (const name of ['Xã Gia Phong', 'Xã Gia Trung', 'Xã Gia Vân']) expect(text).toContain(name);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Nguyễn Văn Chủ');
    expect(p.head.length).toBeGreaterThan(0);
    // Only the print area: as many columns as the sheet prints, none hidden.
    const printed = [...Array((sheet.page?.lastCol ?? 0) + 1).keys()].filter((c) => !sheet.hiddenCols.has(c));
    expect(p.widths).toHaveLength(printed.length);
    // One page wide at its own size: the groups' columns are in the appendix, which prints one page wide too.
    expect(p.scale).toBe(1);
    expect(printed.reduce((a, c) => a + (sheet.widths[c] ?? 10), 0) * 2).toBeLessThanOrEqual(252);
    for (const name of ['Phụ lục I', 'Phụ lục II']) {
      const a = book.wb.sheets.find((s) => s.name === name)!;
      expect(sheetPrint(a).scale, name).toBe(1);
      expect(allText(sheetPrint(a))).toContain('Xã Gia Phong');
    }
    expect(text).not.toMatch(/\d\.\d{2}(?!\d)/); // no English decimal point in a printed number
    expectGrid(p);
  });

  it('writes numbers as their format shows them, the Vietnamese way', () => {
    expect(printedNumber(1234.5, POINTS_FMT)).toBe('1.234,50');
    expect(printedNumber(1000, INT_FMT)).toBe('1.000');
    expect(printedNumber(0.6125, PERCENT_FMT)).toBe('61,25%');
  });

  it('spans merges over printed columns only and leaves hidden and out-of-area columns out', () => {
    const b = new SheetBuilder([10, 10, 10, 10, 10]);
    b.text(0, 0, 'Tiêu đề', S.title).merge(0, 0, 0, 4);
    b.text(1, 0, 'a', S.th).text(1, 1, 'máy', S.th).text(1, 2, 'b', S.th).text(1, 3, 'c', S.th);
    b.text(2, 0, 'x').machine(2, 1, 'máy đọc').num(2, 2, 85.5, S.tdPoints).text(2, 4, 'ngoài vùng in');
    const p = sheetPrint(
      b.finish(undefined, { page: { orientation: 'landscape', lastCol: 3, titleRows: [1, 1] }, hiddenCols: [1] }),
    );
    expect(p.widths).toHaveLength(3);
    expect(p.before[0]!.cells[0]!.colSpan).toBe(3);
    expect(rowsText(p.head)).toEqual(['a | b | c']);
    expect(rowsText(p.body)).toEqual(['x | 85,50 | ']);
    expectGrid(p);
  });
});
