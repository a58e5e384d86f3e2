// The consolidated report's appendix (shared/verify/consolidated-appendix.ts): four groups to a sheet whatever the
// framework holds, numbered I, II, …, each saying which report it goes with and printing one page wide.
import { describe, expect, it } from 'vitest';
import { documentNumber } from '../../../shared/documents/words';
import { sheetPrint } from '../../../shared/excel/sheet-print';
import type { Group } from '../../../shared/framework/types';
import { appendixChunks, attachedLine, buildAppendix, roman } from '../../../shared/verify/consolidated-appendix';
import type { ReportRow } from '../../../shared/verify/report';

const group = (code: number, name = `Nhóm số ${code}`): Group => ({ code, name, maxPoints: 100 }) as Group;

const row = (code: string, status: ReportRow['status']): ReportRow =>
  ({
    code,
    name: `Xã ${code}`,
    status,
    statusText: status,
    groups:
      status === 'missing'
        ? []
        : [{ groupCode: 1, total: 5, selfPoints: 40, selfCompleted: 3, verifiedPoints: 35, verifiedCompleted: 2 }],
  }) as unknown as ReportRow;

const text = (sheet: ReturnType<typeof buildAppendix>[number]['sheet']) =>
  [...sheet.rows.values()].flatMap((r) => [...r.values()].map((c) => (typeof c.v === 'string' ? c.v : String(c.v))));

describe('the appendix of the consolidated report', () => {
  it('puts four groups on a sheet, whatever the framework holds', () => {
    expect(appendixChunks([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    expect(appendixChunks([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
    expect(appendixChunks([])).toEqual([]);
    expect([1, 2, 3, 4, 9, 14].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV']);
  });

  it("says which report it goes with, from the report's number and date", () => {
    expect(attachedLine('Số: 21/BC-UBND', Date.UTC(2025, 1, 3, 3))).toBe(
      '(Kèm theo Báo cáo số 21/BC-UBND ngày 03 tháng 02 năm 2025)',
    );
    // A number not yet given keeps its blank, to be written in by hand.
    expect(attachedLine(documentNumber('', 'BC', 'SKHCN'), Date.UTC(2025, 6, 1, 3))).toBe(
      `(Kèm theo Báo cáo số ${'\u00a0'.repeat(8)}/BC-SKHCN ngày 01 tháng 7 năm 2025)`,
    );
  });

  it('titles each sheet, lists every unit, and prints one landscape page wide at its own size', () => {
    const groups = [1, 2, 3, 4, 5].map((c) =>
      group(c, c === 5 ? 'Một tên nhóm rất dài do tỉnh tự đặt cho bộ chỉ số của mình' : undefined),
    );
    const sheets = buildAppendix(
      groups,
      [row('1', 'verified'), row('2', 'unverified'), row('3', 'missing')],
      '(Kèm theo Báo cáo số 21/BC-UBND)',
    );
    expect(sheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Phụ lục II']);
    const [first, second] = sheets.map((s) => text(s.sheet));
    expect(first).toEqual(
      expect.arrayContaining([
        'Phụ lục I',
        'ĐIỂM VÀ SỐ CHỈ SỐ HOÀN THÀNH THEO NHÓM CHỈ SỐ (NHÓM 1 ĐẾN 4)',
        '(Kèm theo Báo cáo số 21/BC-UBND)',
      ]),
    );
    expect(second).toContain('ĐIỂM VÀ SỐ CHỈ SỐ HOÀN THÀNH THEO NHÓM CHỈ SỐ (NHÓM 5)');
    // A verified unit shows its verified figures, one not verified "chưa thẩm tra", one with no file "—".
    expect(first).toEqual(expect.arrayContaining(['Xã 1', 'Xã 2', 'Xã 3', '2/5', 'chưa thẩm tra', '—']));
    for (const s of sheets) {
      const p = sheetPrint(s.sheet);
      expect(p.orientation).toBe('landscape');
      expect(p.scale).toBe(1);
    }
    // A long group name gets the height it needs (three lines at 10 pt over its three columns).
    expect(sheets[1]!.sheet.heights.get(4)).toBeGreaterThan(30);
  });
});
