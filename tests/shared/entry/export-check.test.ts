// The commune's pre-export check: impossible values, dates outside the period, points without evidence.
import { describe, expect, it } from 'vitest';
import { preExportCheck } from '../../../shared/entry/export-check';
import type { EntryData } from '../../../shared/entry/types';
import { communeMail } from '../../../shared/verify/handoff';
import { communeFw } from '../verify/fixtures';

const period = { year: 2025, kind: 'year' } as const;
const none = { docNumber: '', docDate: '', summary: '', link: '' };
const e = (code: string, raw: EntryData['raw'], evidence = none): EntryData => ({ code, raw, evidence, note: '' });

describe('preExportCheck', () => {
  it('lists a numerator above its denominator, a date outside the period, and points without evidence', () => {
    const issues = preExportCheck(
      communeFw,
      [
        e('1.2', { numerator: '36', denominator: '30' }, { ...none, docNumber: '1/KH' }),
        e('1.4', { value: 'yes' }, { ...none, docNumber: '2/QĐ', docDate: '15/03/2022' }),
        e('2.1', { value: 'yes' }),
        e('2.2', { value: 'no' }), // worth nothing: no evidence needed
        e('1.3', { value: '2' }, { ...none, summary: 'Kế hoạch', docDate: '31/12/2025' }),
      ],
      period,
    );
    expect(issues.map((i) => [i.code, i.kind])).toEqual([
      ['1.2', 'value'],
      ['1.4', 'date'],
      ['2.1', 'no-evidence'],
    ]);
    expect(issues[0]?.text).toMatch(/^Tử số a = 36 lớn hơn mẫu số b = 30 .*cần xem lại số liệu\.$/);
    expect(issues[1]?.text).toBe('Ngày văn bản 15/03/2022 nằm ngoài kỳ đánh giá (01/01/2025 – 31/12/2025).');
    expect(issues[2]?.text).toMatch(/^Được [\d,]+ điểm nhưng chưa ghi văn bản, tài liệu kiểm chứng/);
  });

  it('is empty for a clean form', () => {
    expect(preExportCheck(communeFw, [e('1.4', { value: 'yes' }, { ...none, docNumber: '2/QĐ' })], period)).toEqual([]);
  });
});

describe('communeMail', () => {
  it('is a short công văn to the district, with the revision, figures as shown and contact', () => {
    const m = communeMail({
      unitName: 'Xã Gia Phong',
      receiverName: 'Huyện Gia Viễn',
      period,
      fileName: 'f.xlsx',
      revision: 2,
      completed: 41,
      total: 50,
      points: 685.814,
      maxPoints: 1000,
      contact: { name: 'Lê Văn Bình', position: 'Công chức Văn phòng', phone: '0912 345 678', email: '' },
    });
    expect(m.subject).toBe('Kết quả tự đánh giá chuyển đổi số năm 2025 — UBND xã Gia Phong (lần 2)');
    expect(m.body.split('\r\n')).toEqual([
      'Kính gửi: UBND huyện Gia Viễn.',
      '',
      'UBND xã Gia Phong gửi kèm theo thư này kết quả tự đánh giá mức độ chuyển đổi số năm 2025 (tệp xuất lần 2): hoàn thành và cơ bản hoàn thành 41/50 chỉ số, 685,81/1.000 điểm tự đánh giá.',
      'Tệp đính kèm: f.xlsx',
      '',
      'Đầu mối liên hệ: Lê Văn Bình, Công chức Văn phòng, điện thoại 0912 345 678.',
      '',
      'Trân trọng./.',
      'UBND xã Gia Phong',
    ]);
    expect(m.clipboard.startsWith(`Tiêu đề: ${m.subject}\n\nKính gửi:`)).toBe(true);
    const province = communeMail({
      unitName: 'Xã Gia Viễn',
      receiverName: 'Tỉnh Ninh Bình',
      period,
      fileName: 'f.xlsx',
      revision: 1,
      completed: 1,
      total: 50,
      points: 1,
      maxPoints: 1000,
    });
    expect(province.body).toContain('Kính gửi: Sở Khoa học và Công nghệ tỉnh Ninh Bình.');
  });
});
