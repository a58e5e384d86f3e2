// classifyRevision and checkContext: the caller's pure decisions about an imported file.
import { describe, expect, it } from 'vitest';
import { checkContext, classifyRevision } from '../../../shared/exchange/context';
import { buildManifest } from '../../../shared/exchange/export';
import { sampleInput } from './sample';

const m = buildManifest(sampleInput());
const ctx = {
  districtCode: '373',
  unitCodes: new Set(['14758']),
  knownFrameworks: (id: string, v: string) => id === 'ninh-binh-xa' && v === '2022.1',
};

describe('classifyRevision', () => {
  it('classifies against what is held', () => {
    expect(classifyRevision(undefined, { exportId: 'a', revision: 1 })).toBe('new');
    expect(classifyRevision({ exportId: 'a', revision: 2 }, { exportId: 'b', revision: 3 })).toBe('newer');
    expect(classifyRevision({ exportId: 'a', revision: 2 }, { exportId: 'a', revision: 2 })).toBe('same');
    expect(classifyRevision({ exportId: 'a', revision: 3 }, { exportId: 'b', revision: 2 })).toBe('older');
    expect(classifyRevision({ exportId: 'a', revision: 2 }, { exportId: 'b', revision: 2 })).toBe('newer');
  });
});

describe('checkContext', () => {
  it('accepts a file of this district, a known unit, framework and period', () => {
    expect(checkContext(m, { ...ctx, period: { year: 2024, kind: 'year' } })).toEqual({ ok: true });
  });
  it('refuses another district, an unknown unit, another period; asks for an unknown framework', () => {
    const other = checkContext(m, {
      ...ctx,
      districtCode: '38',
      unitCodes: new Set(),
      receivingName: 'Tỉnh Thanh Hóa',
    });
    expect(other).toMatchObject({ ok: false, reason: 'other-district' });
    // Both names: the file's parent and this verifier.
    expect(!other.ok && other.message).toContain('Huyện Gia Viễn');
    expect(!other.ok && other.message).toContain('không thuộc Tỉnh Thanh Hóa');
    expect(checkContext(m, { ...ctx, unitCodes: new Set() })).toMatchObject({ ok: false, reason: 'unknown-unit' });
    const p = checkContext(m, { ...ctx, period: { year: 2024, kind: 'mid-year' } });
    expect(p).toMatchObject({ ok: false, reason: 'period-mismatch' });
    expect(!p.ok && p.message).toContain('sơ kết 6 tháng đầu năm 2024');
    expect(checkContext(m, { ...ctx, knownFrameworks: () => false })).toMatchObject({
      ok: false,
      reason: 'framework-unknown',
    });
  });
});

describe('checkContext with the official list (issue 12)', () => {
  const province = { ...ctx, districtCode: '37', receivingName: 'Tỉnh Ninh Bình', receivingNoun: 'tỉnh' };

  it('a listed commune whose file names another parent needs one confirmation, then fits', () => {
    const wrong = checkContext(m, province);
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong-parent' });
    expect(!wrong.ok && wrong.message).toContain('ghi đơn vị nhận là Huyện Gia Viễn (mã 373)');
    expect(checkContext(m, { ...province, acceptedParents: new Set(['14758']) })).toEqual({ ok: true });
  });

  it('a commune of the official list not yet listed is offered for adding; one outside the list is refused', () => {
    const notListed = { ...ctx, unitCodes: new Set<string>() };
    expect(checkContext(m, { ...notListed, officialCodes: new Set(['14758']) })).toMatchObject({
      ok: false,
      reason: 'addable',
    });
    const unknown = checkContext(m, { ...notListed, officialCodes: new Set(['1']), receivingNoun: 'tỉnh' });
    expect(unknown).toMatchObject({ ok: false, reason: 'unknown-unit' });
    expect(!unknown.ok && unknown.message).toContain('danh sách đơn vị của tỉnh này');
    // In the official list under this verifier but naming another parent: confirm first, then add.
    const both = checkContext(m, { ...province, unitCodes: new Set(), officialCodes: new Set(['14758']) });
    expect(both).toMatchObject({ ok: false, reason: 'wrong-parent' });
  });
});
