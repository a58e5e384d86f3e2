// Minutes of the verification: adjusted and requested lists, totals before/after, texts, and the sheet.
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { verificationFigures } from '../../../shared/verify/figures';
import { minutesModel, type MinutesInput } from '../../../shared/verify/minutes';
import { minutesSheet } from '../../../shared/verify/minutes-sheet';
import { agreeAll, AT, communeFw, ind, layer, plainEntries } from './fixtures';

const entries = plainEntries();
function input(): MinutesInput {
  const layers = agreeAll(communeFw, entries);
  layers.set(
    '1.4',
    layer(ind('1.4'), entries[3]!, {
      verdict: 'adjust',
      raw: { value: 'no' },
      remark: 'Chuyên mục chưa cập nhật trong năm',
    }),
  );
  layers.set(
    '1.2',
    layer(ind('1.2'), entries[1]!, {
      verdict: 'adjust',
      raw: { numerator: '6', denominator: '15' },
      remark: 'Chỉ 6 cuộc có thông báo kết luận',
    }),
  );
  layers.set('3.1', layer(ind('3.1'), entries[9]!, { verdict: 'request', remark: 'Bổ sung danh sách thiết bị' }));
  layers.set('4.1', { ...layers.get('4.1')!, stale: { revision: 2, at: AT, changes: [] } });
  layers.delete('8.1');
  return {
    framework: communeFw,
    unit: { name: 'Xã Gia Phong' },
    district: { name: 'Huyện Gia Viễn' },
    period: { year: 2025, kind: 'year' },
    revision: 2,
    team: [
      { name: 'Nguyễn Văn An', position: 'Phó Chủ tịch UBND huyện, Tổ trưởng' },
      { name: 'Lê Thị Hoa', position: 'Phòng Văn hóa và Thông tin, thành viên' },
    ],
    date: AT,
    place: 'Trụ sở UBND xã Gia Phong',
    selfEntries: entries,
    layers,
  };
}

describe('minutesModel', () => {
  it('lists adjustments (self → verified points, remark) and requests in framework order', () => {
    const m = minutesModel(input());
    expect(m.adjusted.map((a) => a.code)).toEqual(['1.2', '1.4']);
    expect(m.adjusted[1]).toEqual({
      code: '1.4',
      name: ind('1.4').name,
      maxPoints: 15,
      selfDisplay: 'Có',
      verifiedDisplay: 'Không',
      selfPoints: 15,
      verifiedPoints: 0,
      remark: 'Chuyên mục chưa cập nhật trong năm',
    });
    expect(m.adjusted[0]).toMatchObject({
      selfDisplay: 'a = 12; b = 15',
      verifiedDisplay: 'a = 6; b = 15',
      selfPoints: 16,
      verifiedPoints: 8,
    });
    expect(m.requested).toEqual([
      { code: '3.1', name: ind('3.1').name, selfDisplay: 'a = 12; b = 15', remark: 'Bổ sung danh sách thiết bị' },
    ]);
    expect(m.pending).toBe(2);
  });

  it('carries the totals of the engine, before and after', () => {
    const i = input();
    const m = minutesModel(i);
    const f = verificationFigures(communeFw, i.selfEntries, i.layers);
    expect(m.totals.self).toEqual({
      points: f.self.points,
      maxPoints: 1000,
      completed: f.self.completed,
      total: 50,
      index: f.self.index,
    });
    expect(m.totals.verified).toEqual({
      points: f.verified.points,
      maxPoints: 1000,
      completed: f.verified.completed,
      total: 50,
      index: f.verified.index,
    });
    expect(m.totals.verified.points).toBeLessThan(m.totals.self.points);
  });

  it('writes the opening, conclusion, follow-up and closing in Vietnamese', () => {
    const m = minutesModel(input());
    expect(m.opening).toBe(
      'Hôm nay, ngày 15 tháng 12 năm 2025, tại Trụ sở UBND xã Gia Phong, Tổ thẩm tra huyện Gia Viễn tiến hành thẩm tra, xác minh số liệu tự đánh giá năm 2025 của xã Gia Phong (tệp tự đánh giá lần 2).',
    );
    expect(m.conclusion).toMatch(
      /^Tổ thẩm tra thống nhất kết quả thẩm tra của xã Gia Phong: [\d.,]+\/1\.000 điểm \(tự đánh giá [\d.,]+ điểm\), chỉ số 0,\d{4}; đã hoàn thành và cơ bản hoàn thành \d+\/50 chỉ số/,
    );
    expect(m.followUp).toBe(
      'Đề nghị xã Gia Phong bổ sung, giải trình 1 chỉ số nêu tại mục III và gửi lại hồ sơ cho Tổ thẩm tra. Còn 2/50 chỉ số chưa có kết luận thẩm tra.',
    );
    expect(m.closing).toMatch(/thống nhất ký tên\.$/);
    expect(m.issuer).toBe('UBND HUYỆN GIA VIỄN');
  });

  it('has no follow-up when everything is decided', () => {
    const m = minutesModel({ ...input(), layers: agreeAll(communeFw, entries) });
    expect(m.followUp).toBe('');
    expect(m.adjusted).toEqual([]);
    expect(m.totals.verified.points).toBeCloseTo(m.totals.self.points, 9);
  });

  it('minutesSheet writes the model as plain cells with merges and widths', () => {
    const ws = minutesSheet(minutesModel(input()));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: '' });
    const flat = rows.flat();
    expect(flat).toContain('BIÊN BẢN THẨM TRA');
    expect(flat).toContain('Chuyên mục chưa cập nhật trong năm');
    expect(flat).toContain('Bổ sung danh sách thiết bị');
    expect(flat).toContain('Nguyễn Văn An');
    expect(rows[0]?.[0]).toBe('UBND HUYỆN GIA VIỄN');
    expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(flat).toContain('Tổng điểm (tối đa 1.000)');
    expect(ws['!merges']?.length).toBeGreaterThan(5);
    expect(ws['!cols']).toHaveLength(8);
    expect(Object.values(ws).some((c) => typeof c === 'object' && c !== null && 'f' in c)).toBe(false);
  });
});
