import { describe, expect, it } from 'vitest';
import { viDateTime } from '../../../renderer/components/date-time';

describe('viDateTime', () => {
  it('writes time then dd/mm/yyyy with leading zeros and the full year, as officers write dates', () => {
    const at = new Date(2026, 11, 7, 9, 5, 3); // local clock
    expect(viDateTime(at.getTime())).toBe('09:05 07/12/2026');
    expect(viDateTime(at, { seconds: true })).toBe('09:05:03 07/12/2026');
    expect(viDateTime(new Date(2025, 0, 2, 16, 53).toISOString())).toBe('16:53 02/01/2025');
    expect(viDateTime('không phải ngày')).toBe('—');
  });
});
