import { describe, expect, it } from 'vitest';
import { remarksHeadline } from '../../../../shared/verify/remarks-headline';
import { remarksHeadlineIn } from '../../../../renderer/features/entry/remarks-headline';

const items = [
  { code: '1.3', verdict: 'request' },
  { code: '1.2', verdict: 'adjust' },
] as const;

describe('remarksHeadlineIn', () => {
  it('is remarksHeadline itself in Vietnamese', () => {
    expect(remarksHeadlineIn('vi', items, 'huyện')).toBe(remarksHeadline(items));
    expect(remarksHeadlineIn('vi', [], 'huyện')).toBe(remarksHeadline([]));
  });

  it('names the province from 1/7/2025 in Vietnamese too, not "Huyện"', () => {
    expect(remarksHeadlineIn('vi', items, 'tỉnh')).toBe(
      'Tỉnh yêu cầu bổ sung 1 chỉ số, điều chỉnh 1 chỉ số: 1.3 (yêu cầu bổ sung), 1.2 (điều chỉnh)',
    );
    expect(remarksHeadlineIn('vi', [], 'tỉnh')).toBe('Tỉnh không có nhận xét nào.');
  });

  it('gives the same counts and every code in English, naming the verifier by its level', () => {
    expect(remarksHeadlineIn('en', items, 'district')).toBe(
      'The district asks for more information on 1 indicator(s) and adjusted 1 indicator(s): ' +
        '1.3 (more information), 1.2 (adjusted)',
    );
    expect(remarksHeadlineIn('en', [{ code: '2.1', verdict: 'adjust' }], 'province')).toBe(
      'The province adjusted 1 indicator(s): 2.1 (adjusted)',
    );
    expect(remarksHeadlineIn('en', [], 'district')).toBe('The district has no remarks.');
  });
});
