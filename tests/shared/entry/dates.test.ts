import { describe, expect, it } from 'vitest';
import { checkEvidenceDate, formatViDate, parseViDate, periodRange } from '../../../shared/entry/dates';

describe('Vietnamese dates', () => {
  it('reads day/month/year with / . or -', () => {
    expect(parseViDate('12/3/2024')).toEqual({ ok: true, iso: '2024-03-12' });
    expect(parseViDate('01.12.2024')).toEqual({ ok: true, iso: '2024-12-01' });
    expect(parseViDate('29-02-2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(formatViDate('2024-03-12')).toBe('12/03/2024');
  });

  it('refuses impossible and foreign shapes', () => {
    expect(parseViDate('31/02/2024').ok).toBe(false);
    expect(parseViDate('29/02/2023').ok).toBe(false);
    expect(parseViDate('2024-03-12').ok).toBe(false);
    expect(parseViDate('hôm qua').ok).toBe(false);
  });

  it('checks an evidence date against the period; empty is fine', () => {
    const year = { year: 2025, kind: 'year' as const };
    const mid = { year: 2025, kind: 'mid-year' as const };
    expect(periodRange(mid)).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(checkEvidenceDate('', year)).toBeNull();
    expect(checkEvidenceDate('12/03/2025', year)).toBeNull();
    expect(checkEvidenceDate('31/12/2024', year)).toContain('nằm ngoài kỳ đánh giá (01/01/2025 – 31/12/2025)');
    expect(checkEvidenceDate('01/07/2025', mid)).toContain('nằm ngoài kỳ đánh giá');
    expect(checkEvidenceDate('32/01/2025', year)).toContain('không tồn tại');
  });
});
