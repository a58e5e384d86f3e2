// A changed long giải trình shows where the texts differ, not the same clipped opening twice.
import { describe, expect, it } from 'vitest';
import { exportAssessment } from '../../../shared/exchange/export';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { changeExcerpts, firstDifference } from '../../../shared/exchange/text-diff';
import { readBook, resolveCommune, rowOf, sampleInput, writeBook } from './sample';

const LONG = `${'Xã đã ban hành kế hoạch chuyển đổi số và tổ chức triển khai tại các thôn. '.repeat(8)}Kết quả: đạt 12/15 thôn có tổ công nghệ số cộng đồng. ${'Các thôn còn lại sẽ hoàn thành trong quý IV. '.repeat(4)}`;

describe('long text differences', () => {
  it('shows the text around the first difference, on both sides', () => {
    const edited = LONG.replace('12/15 thôn', '15/15 thôn');
    const d = changeExcerpts(LONG, edited);
    expect(d.at).toBe(firstDifference(LONG, edited) + 1);
    expect(d.before).toContain('12/15 thôn');
    expect(d.after).toContain('15/15 thôn');
    expect(d.before.startsWith('…')).toBe(true);
    expect(d.before.length).toBeLessThan(100);
  });

  it('names the differing part of a giải trình edited in the sheet', async () => {
    const input = sampleInput({
      entries: sampleInput().entries.map((e) => (e.code === '1.3' ? { ...e, note: LONG } : e)),
    });
    const wb = readBook((await exportAssessment(input)).bytes);
    const ws = wb.Sheets['Biểu mẫu 01'] ?? {};
    ws[`J${rowOf(ws, '1.3')}`] = { t: 's', v: LONG.replace('12/15 thôn', '15/15 thôn') };
    const r = readAssessmentFile(writeBook(wb), 'x.xlsx', { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.differences).toHaveLength(1);
    const [diff] = r.differences;
    expect(diff?.message).toMatch(/khác từ ký tự thứ \d{1,3}(\.\d{3})*/);
    expect(diff?.message).toContain('15/15 thôn');
    expect(diff?.message).toContain('12/15 thôn');
    // The whole texts stay on the difference, for "Xem toàn văn".
    expect(diff?.manifestValue).toBe(LONG);
    expect(diff?.sheetValue).toBe(LONG.replace('12/15 thôn', '15/15 thôn'));
  });
});
