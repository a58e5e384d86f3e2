// A changed long giải trình shows where the texts differ, not the same clipped opening twice.
import { describe, expect, it } from 'vitest';
import { exportAssessment } from '../../../shared/exchange/export';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { changeExcerpts, type DiffPart, firstDifference, wordDiff } from '../../../shared/exchange/text-diff';
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

describe('word diff', () => {
  const join = (parts: DiffPart[], keep: DiffPart['kind']) =>
    parts
      .filter((p) => p.kind === 'same' || p.kind === keep)
      .map((p) => p.text)
      .join('');

  it('marks every changed word, not only the first, and gives both texts back', () => {
    const edited = LONG.replace('12/15 thôn', '15/15 thôn').replace('quý IV', 'quý III');
    const parts = wordDiff(LONG, edited);
    expect(join(parts, 'removed')).toBe(LONG);
    expect(join(parts, 'added')).toBe(edited);
    const changed = parts.filter((p) => p.kind !== 'same');
    expect(changed.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['12/15', 'IV.']);
    expect(changed.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['15/15', 'III.']);
  });

  it('handles inserted and deleted words, empty sides and equal texts', () => {
    expect(wordDiff('a b c', 'a x b c')).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'added', text: 'x ' },
      { kind: 'same', text: 'b c' },
    ]);
    expect(wordDiff('a b c', 'a c')).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'removed', text: 'b ' },
      { kind: 'same', text: 'c' },
    ]);
    expect(wordDiff('', 'mới')).toEqual([{ kind: 'added', text: 'mới' }]);
    expect(wordDiff('cũ', '')).toEqual([{ kind: 'removed', text: 'cũ' }]);
    expect(wordDiff('giống', 'giống')).toEqual([{ kind: 'same', text: 'giống' }]);
  });

  it('stays exact on two different 10,000-character texts (one removed and one added run past the pair cap)', () => {
    const a = 'á '.repeat(5000);
    const b = 'b '.repeat(5000);
    const parts = wordDiff(a, b);
    expect(join(parts, 'removed')).toBe(a);
    expect(join(parts, 'added')).toBe(b);
  });
});
