import { describe, expect, it } from 'vitest';
import { handoffMailto } from '../../../../renderer/exchange/mailto';
import { mailContact } from '../../../../renderer/features/handoff/gather';

describe('the hand-off e-mail’s contact person', () => {
  const own = { contact: { name: 'Nguyễn Văn An', position: 'Chuyên viên', phone: '0912 345 678', email: '' } };

  it("is the own form's (a district), else the preparer of Cài đặt → Văn bản (a province), else left to fill in", () => {
    expect(mailContact(own, 'Trần Thị Bình')).toBe(own.contact);
    expect(mailContact(null, ' Trần Thị Bình ')).toEqual({ name: 'Trần Thị Bình', position: '', phone: '', email: '' });
    expect(mailContact(null, '  ')).toBeNull();
    expect(mailContact(undefined, undefined)).toBeNull();
  });

  it('puts the preparer in the e-mail instead of the blank to fill in', () => {
    const mail = (contact: ReturnType<typeof mailContact>) =>
      new URLSearchParams(
        handoffMailto('sokhcn@ninhbinh.gov.vn', {
          level: 'province',
          unitName: 'Tỉnh Ninh Bình',
          period: { year: 2025, kind: 'year' },
          fileName: 'DTI_2025_tinh-ninh-binh_tong-hop.xlsx',
          report: { rows: [], groups: [], counts: { units: 0, received: 0, verified: 0, unverified: 0, missing: 0 } },
          partialNote: '',
          withOwnForm: false,
          contact,
        } as never).url.split('?')[1],
      ).get('body') ?? '';
    expect(mail(mailContact(null, 'Trần Thị Bình'))).toContain('Đầu mối liên hệ: Trần Thị Bình.');
    expect(mail(null)).toContain('Đầu mối liên hệ: (họ tên');
  });
});
