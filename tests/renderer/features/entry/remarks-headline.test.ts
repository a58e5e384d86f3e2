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
