import { describe, expect, it } from 'vitest';
import { verdictError } from '../../../../renderer/features/verify/verdict-errors';
import { MAX_TEXT } from '../../../../shared/exchange/manifest';
import { applyVerdict } from '../../../../shared/verify/verdict';
import { AT, entry, ind } from '../../../shared/verify/fixtures';

describe('verdictError', () => {
  it('says the messages of shared/verify in English, and keeps them word for word in Vietnamese', () => {
    const same = 'Giá trị thẩm tra trùng với số liệu tự đánh giá; hãy chọn Đồng ý.';
    expect(verdictError('vi', same)).toEqual({ text: same, vi: false });
    expect(verdictError('en', same).text).toBe('The verified value is the commune’s own value; choose Agree.');
    expect(verdictError('en', 'Cần ghi rõ lý do điều chỉnh.').text).toBe('Give the reason for the adjustment.');
    expect(verdictError('en', 'Nhận xét dài quá 2000 ký tự.').text).toBe('The remark is longer than 2000 characters.');
  });

  it('knows every message applyVerdict gives (a changed wording there must change the catalogue too)', () => {
    const ratio = ind('1.2');
    const self = entry('1.2', { numerator: '12', denominator: '15' });
    const bad = entry('1.2', { numerator: 'mười', denominator: '15' });
    const refusals = [
      applyVerdict(ratio, bad, { verdict: 'agree', at: AT }),
      applyVerdict(ratio, self, { verdict: 'adjust', raw: {}, remark: '', at: AT }),
      applyVerdict(ratio, self, {
        verdict: 'adjust',
        raw: { numerator: '12', denominator: '15' },
        remark: 'x',
        at: AT,
      }),
      applyVerdict(ratio, self, { verdict: 'request', remark: '', at: AT }),
      applyVerdict(ratio, self, { verdict: 'request', remark: 'x'.repeat(MAX_TEXT + 1), at: AT }),
    ];
    const messages = refusals.flatMap((r) => (r.ok ? [] : Object.entries(r.errors)));
    expect(messages.map(([field]) => field).sort()).toEqual(
      ['numerator', 'remark', 'remark', 'remark', 'self', 'verdict'].sort(),
    );
    for (const [field, text] of messages)
      if (field !== 'numerator') expect(verdictError('en', text), text).toMatchObject({ vi: false });
  });

  it('hands back an unknown text as it is, marked Vietnamese when it reads so', () => {
    expect(verdictError('en', 'Ổ đĩa đầy.')).toEqual({ text: 'Ổ đĩa đầy.', vi: true });
    expect(verdictError('en', 'QuotaExceededError')).toEqual({ text: 'QuotaExceededError', vi: false });
  });
});
