// Minutes of the verification: adjusted and requested lists, totals before/after, texts, and the sheet.
import { docRows } from '../documents/doc-rows';
import { describe, expect, it } from 'vitest';
import { verificationFigures } from '../../../shared/verify/figures';
import { carryVerdicts } from '../../../shared/verify/carry';
import { minutesModel, type MinutesInput, timeWords } from '../../../shared/verify/minutes';
import { supersede } from '../../../shared/verify/verdict';
import { MINUTES_WIDTHS, minutesSheet, minutesSignatures } from '../../../shared/verify/minutes-sheet';
import { textHeight } from '../../../shared/excel/sheet-builder';
import { agreeAll, AT, communeFw, entry, ind, layer, plainEntries } from './fixtures';

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
      round: 1,
      current: true,
      outcome: '',
    });
    expect(m.adjusted[0]).toMatchObject({
      selfDisplay: 'a = 12; b = 15',
      verifiedDisplay: 'a = 6; b = 15',
      selfPoints: 16,
      verifiedPoints: 8,
    });
    expect(m.requested).toEqual([
      {
        code: '3.1',
        name: ind('3.1').name,
        selfDisplay: 'a = 12; b = 15',
        remark: 'Bổ sung danh sách thiết bị',
        round: 1,
        current: true,
        outcome: 'Chưa bổ sung.',
      },
    ]);
    expect(m.outstanding).toBe(1);
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
      'Hôm nay, vào lúc …… giờ ……, ngày 15 tháng 12 năm 2025, tại Trụ sở UBND xã Gia Phong, Tổ thẩm tra huyện Gia Viễn tiến hành thẩm tra, xác minh số liệu tự đánh giá năm 2025 của xã Gia Phong (tệp tự đánh giá lần 2).',
    );
    expect(m.conclusion).toMatch(
      /^Tổ thẩm tra thống nhất kết quả thẩm tra của xã Gia Phong: [\d.,]+\/1\.000 điểm \(tự đánh giá [\d.,]+ điểm\), chỉ số \d+,\d{2}%; đã hoàn thành và cơ bản hoàn thành \d+\/50 chỉ số/,
    );
    expect(m.followUp).toBe(
      'Đề nghị xã Gia Phong bổ sung, giải trình 1 chỉ số còn yêu cầu bổ sung nêu tại mục III và gửi lại hồ sơ cho Tổ thẩm tra. Còn 2/50 chỉ số chưa có kết luận thẩm tra.',
    );
    expect(m.closing).toBe(
      'Biên bản kết thúc vào lúc …… giờ …… cùng ngày, được lập thành 02 bản có giá trị như nhau, đã được đọc lại cho các thành viên cùng nghe và thống nhất ký tên.',
    );
    expect(m.issuer).toBe('UBND HUYỆN GIA VIỄN');
  });

  it('says when the meeting began and ended, and lists the commune’s representatives beside the team', () => {
    const reps = [
      { name: ' Phạm Thị Lan ', position: 'Chủ tịch UBND xã' },
      { name: '', position: '' },
      { name: 'Vũ Văn Hải', position: 'Công chức Văn phòng - Thống kê' },
    ];
    const m = minutesModel({ ...input(), start: '8:30', end: '11:05', communeReps: reps });
    expect(m.opening).toMatch(/^Hôm nay, vào lúc 08 giờ 30, ngày 15 tháng 12 năm 2025, tại /);
    expect(m.closing).toMatch(/^Biên bản kết thúc vào lúc 11 giờ 05 cùng ngày, được lập thành 02 bản/);
    expect(m.communeReps).toEqual([
      { name: 'Phạm Thị Lan', position: 'Chủ tịch UBND xã' },
      { name: 'Vũ Văn Hải', position: 'Công chức Văn phòng - Thống kê' },
    ]);
    // A time that is not one prints dots to write by hand, never "25 giờ 70".
    for (const bad of ['25:00', '8:70', 'sáng', '830'])
      expect(minutesModel({ ...input(), start: bad }).opening, bad).toContain('vào lúc …… giờ ……,');
    expect(timeWords('7h15')).toBe('07 giờ 15');
    const rows = docRows(minutesSheet(m));
    const at = (t: string) => rows.findIndex((row) => row[0] === t);
    expect(at('1. Tổ thẩm tra')).toBeGreaterThan(at('I. THÀNH PHẦN'));
    const i2 = at('2. Đại diện UBND xã Gia Phong');
    expect(rows.slice(i2 + 1, i2 + 3).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['1', 'Phạm Thị Lan', 'Chủ tịch UBND xã'],
      ['2', 'Vũ Văn Hải', 'Công chức Văn phòng - Thống kê'],
    ]);
    // The commune's first representative signs on the left, named.
    expect(minutesSignatures(m).left.name).toBe('Phạm Thị Lan');
  });

  it('a province names its Sở Khoa học và Công nghệ in the header and the opening, never a UBND huyện', () => {
    const team = [{ name: 'Trần Văn Bình', position: 'Phó Giám đốc Sở Khoa học và Công nghệ, Tổ trưởng' }];
    const m = minutesModel({ ...input(), district: { name: 'Tỉnh Ninh Bình' }, level: 'province', team });
    expect(m.issuer).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH');
    expect(m.opening).toContain('Tổ thẩm tra của Sở Khoa học và Công nghệ tỉnh Ninh Bình tiến hành thẩm tra');
    const rows = docRows(minutesSheet(m));
    expect(rows[0]).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH');
    expect(rows[1]).toContain('TỔ THẨM TRA');
    expect(rows[2]?.join(' ')).toMatch(/Ninh Bình, ngày \d\d tháng/u);
    expect(rows.join('\n')).not.toMatch(/huyện|UBND TỈNH/iu);
    // A team not entered yet leaves three lines to fill by hand; the commune's representatives, two.
    const blank = docRows(minutesSheet(minutesModel({ ...input(), team: [] })));
    const i1 = blank.findIndex((row) => row[0] === '1. Tổ thẩm tra');
    const hand = (from: number, n: number) =>
      blank.slice(from, from + n).map((row) => [row[0], row[1]?.slice(0, 7), row[3]?.slice(0, 8)]);
    expect(hand(i1 + 1, 4)).toEqual([
      ['1', 'Ông/Bà ', 'Chức vụ:'],
      ['2', 'Ông/Bà ', 'Chức vụ:'],
      ['3', 'Ông/Bà ', 'Chức vụ:'],
      ['2. Đại diện UBND xã Gia Phong', '', ''],
    ]);
    expect(hand(i1 + 5, 2)).toEqual([
      ['1', 'Ông/Bà ', 'Chức vụ:'],
      ['2', 'Ông/Bà ', 'Chức vụ:'],
    ]);
    // The Sở line wraps in the 36-character left half: its row is given two lines (it was clipped to one).
    expect(MINUTES_WIDTHS.slice(0, 3).reduce((a, w) => a + w, 0)).toBe(36);
    expect(minutesSheet(m).heights.get(0) ?? 0).toBeGreaterThan(textHeight('x', 36, 12));
  });

  it('has no follow-up when everything is decided', () => {
    const m = minutesModel({ ...input(), layers: agreeAll(communeFw, entries) });
    expect(m.followUp).toBe('');
    expect(m.adjusted).toEqual([]);
    expect(m.totals.verified.points).toBeCloseTo(m.totals.self.points, 9);
  });

  it('minutesSheet writes the model as a BIÊN BẢN with merges, widths and A4 print setup', () => {
    const ws = minutesSheet(minutesModel(input()));
    const rows = docRows(ws);
    const flat = rows.flat();
    expect(flat).toContain('BIÊN BẢN');
    expect(flat.some((t) => t.startsWith('Thẩm tra kết quả tự đánh giá'))).toBe(true);
    expect(flat).toContain('Lần 1: Chuyên mục chưa cập nhật trong năm');
    expect(flat).toContain('Lần 1: Bổ sung danh sách thiết bị — Chưa bổ sung.');
    expect(flat).toContain('Nguyễn Văn An');
    expect(rows[0]?.[0]).toBe('UBND HUYỆN GIA VIỄN');
    expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(flat).toContain('Tổng điểm (tối đa 1.000)');
    expect(flat.some((t) => /^Số: +\/BB-TTTr$/u.test(t.replace(/\u00a0/g, ' ')))).toBe(true);
    expect(flat.some((t) => t.includes('ĐẠI DIỆN TỔ THẨM TRA') && t.includes('(Ký, ghi rõ họ tên)'))).toBe(true);
    expect(ws.merges.length).toBeGreaterThan(5);
    // IV. KẾT QUẢ: "Tự đánh giá" spans columns 3–4 in its header and its three rows: no column without a heading.
    const iv = rows.findIndex((row) => row[2] === 'Nội dung');
    for (let r = iv; r <= iv + 3; r++) expect(ws.merges, `row ${r}`).toContainEqual([r, 3, r, 4]);
    expect(ws.widths).toHaveLength(8);
    expect(ws.page?.lastCol).toBe(7);
  });

  it('keeps every round: r1 adjust and request, r2 the commune fixes both, the team agrees (issue 11)', () => {
    const e1 = plainEntries();
    const i12 = e1.findIndex((e) => e.code === '1.2');
    const i31 = e1.findIndex((e) => e.code === '3.1');
    const r1 = new Map(agreeAll(communeFw, e1));
    const adj = layer(ind('1.2'), e1[i12]!, {
      verdict: 'adjust',
      raw: { numerator: '6', denominator: '15' },
      remark: 'Chỉ 6 cuộc có thông báo kết luận',
    });
    const req = layer(ind('3.1'), e1[i31]!, { verdict: 'request', remark: 'Bổ sung danh sách thiết bị' });
    r1.set('1.2', adj);
    r1.set('3.1', req);
    // r2: the commune typed the verified value of 1.2 and new evidence for 3.1; both verdicts became stale.
    const e2 = e1.map((e) => ({ ...e }));
    e2[i12] = entry('1.2', { numerator: '6', denominator: '15' });
    e2[i31] = { ...e2[i31]!, evidence: { ...e2[i31]!.evidence, docNumber: '12/DS-UBND' } };
    const carried = carryVerdicts(communeFw, e2, r1, { revision: 2, at: AT });
    expect(carried.get('1.2')?.stale?.revision).toBe(2);
    const layers = new Map(carried);
    for (const code of ['1.2', '3.1']) {
      const self = e2.find((e) => e.code === code)!;
      layers.set(code, supersede(carried.get(code), layer(ind(code), self, { verdict: 'agree', revision: 2 })));
    }
    const m = minutesModel({ ...input(), selfEntries: e2, layers });
    expect(m.adjusted).toEqual([
      expect.objectContaining({
        code: '1.2',
        round: 1,
        current: false,
        selfDisplay: 'a = 12; b = 15',
        verifiedDisplay: 'a = 6; b = 15',
        outcome: 'Xã đã sửa ở lần 2; kết luận lại: Đồng ý.',
      }),
    ]);
    expect(m.requested).toEqual([
      expect.objectContaining({ code: '3.1', round: 1, current: false, remark: 'Bổ sung danh sách thiết bị' }),
    ]);
    expect(m.outstanding).toBe(0);
    expect(m.followUp).toBe('');
    const flat = docRows(minutesSheet(m)).flat();
    expect(flat).toContain('II. CÁC CHỈ SỐ ĐIỀU CHỈNH (1)');
    expect(flat).toContain('Lần 1: Bổ sung danh sách thiết bị — Xã đã sửa ở lần 2; kết luận lại: Đồng ý.');
  });

  it('a decision changed within the same round replaces it; a new round keeps it', () => {
    const e = plainEntries()[1]!;
    const adj = layer(ind('1.2'), e, { verdict: 'adjust', raw: { numerator: '6', denominator: '15' }, remark: 'x' });
    const agreeSame = layer(ind('1.2'), e, { verdict: 'agree', revision: 1 });
    expect(supersede(adj, agreeSame).earlier).toBeUndefined();
    const agreeNext = layer(ind('1.2'), e, { verdict: 'agree', revision: 2 });
    expect(supersede(adj, agreeNext).earlier).toEqual([expect.objectContaining({ verdict: 'adjust', remark: 'x' })]);
    const again = supersede(supersede(adj, agreeNext), layer(ind('1.2'), e, { verdict: 'agree', revision: 3 }));
    expect(again.earlier).toHaveLength(1);
  });
});
