import { describe, expect, it } from 'vitest';
import { compareFrameworks, frameworkFingerprint } from '../../../shared/framework/fingerprint';
import type { Framework } from '../../../shared/framework/types';
import { validateFramework } from '../../../shared/framework/validate';
import { shippedFramework } from '../helpers';

const fw = shippedFramework('commune');
const clone = (): Framework => structuredClone(fw);

function errorCodes(input: unknown): string[] {
  const r = validateFramework(input);
  return r.ok ? [] : r.errors.map((e) => e.code);
}

describe('validateFramework', () => {
  it('accepts a framework and returns an equal copy', () => {
    const r = validateFramework(clone());
    expect(r.ok && r.framework).toEqual(fw);
  });

  it('accepts a JSON round trip (as stored in IndexedDB or a backup)', () => {
    const r = validateFramework(JSON.parse(JSON.stringify(fw)));
    expect(r.ok && r.framework).toEqual(fw);
  });

  it('normalises NFD text', () => {
    const input = clone();
    const first = input.indicators[0];
    if (!first) throw new Error('empty');
    first.name = first.name.normalize('NFD');
    input.title = input.title.normalize('NFD');
    const r = validateFramework(input);
    expect(r.ok && r.framework).toEqual(fw);
  });

  it('re-reads choice labels from the method text', () => {
    const input = clone();
    const ind = input.indicators.find((i) => i.scoring.kind === 'choice');
    if (!ind || ind.scoring.kind !== 'choice') throw new Error('no choice');
    ind.scoring.options.forEach((o) => (o.label = 'sai'));
    const r = validateFramework(input);
    expect(r.ok && r.framework).toEqual(fw);
  });

  it('uses a scoring object when the text is missing', () => {
    const input = clone() as unknown as { indicators: Record<string, unknown>[] };
    for (const ind of input.indicators) delete ind.scoringText;
    const r = validateFramework(input);
    expect(r.ok && r.framework).toEqual(fw);
  });

  it('locates errors by position, field and code', () => {
    const input = clone();
    const third = input.indicators[2];
    if (!third) throw new Error('short');
    third.maxPoints = -1;
    const r = validateFramework(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatchObject({
        code: 'max-not-positive',
        position: 3,
        column: 'maxPoints',
        indicator: '1.3',
      });
      expect(r.errors[0]?.message).toMatch(/^Chỉ số thứ 3, cột "maxPoints", chỉ số 1\.3: Điểm tối đa phải là số dương/);
    }
  });

  it('refuses non-objects and missing parts', () => {
    expect(errorCodes(null)).toEqual(['not-an-object']);
    expect(errorCodes([fw])).toEqual(['not-an-object']);
    expect(errorCodes({ ...fw, indicators: 'x' })).toEqual(['no-indicators']);
    expect(errorCodes({ ...fw, indicators: [] })).toEqual(expect.arrayContaining(['no-indicators']));
    expect(errorCodes({ ...fw, groups: [] })).toEqual(['group-invalid']);
    expect(errorCodes({ ...fw, level: 'province' })).toEqual(['meta-invalid']);
    expect(errorCodes({ ...fw, id: 'Có dấu' })).toEqual(['meta-invalid']);
    expect(errorCodes({ ...fw, thresholds: { complete: 0.9, basic: 0 } })).toEqual(['thresholds-invalid']);
    expect(errorCodes({ ...fw, groups: [...fw.groups, fw.groups[0]] })).toEqual(
      expect.arrayContaining(['group-duplicate']),
    );
  });

  it('reports garbage indicators instead of throwing', () => {
    const codes = errorCodes({ ...fw, indicators: [...fw.indicators, 42, { scoring: { kind: 'steps' } }] });
    expect(codes).toEqual(expect.arrayContaining(['code-invalid', 'name-missing', 'rule-unparseable']));
  });

  it('ignores inherited and prototype keys', () => {
    const evil = JSON.parse(JSON.stringify(fw).replace('"id":', '"__proto__":{"polluted":1},"id":')) as unknown;
    const r = validateFramework(evil);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(validateFramework(Object.create({ ...fw }) as unknown).ok).toBe(false);
  });
});

describe('fingerprint and compareFrameworks', () => {
  it('is stable across key order and normal form', () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(fw) as Framework;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(fw)[0]);
    expect(frameworkFingerprint(reordered)).toBe(frameworkFingerprint(fw));
    const nfd = { ...clone(), title: fw.title.normalize('NFD') };
    expect(frameworkFingerprint(nfd)).toBe(frameworkFingerprint(fw));
    expect(compareFrameworks(fw, nfd)).toBe('same');
  });

  it('detects a content change under the same id and version', () => {
    const changed = clone();
    const ind = changed.indicators[4];
    if (!ind) throw new Error('short');
    ind.evidence += ' (sửa)';
    expect(frameworkFingerprint(changed)).not.toBe(frameworkFingerprint(fw));
    expect(compareFrameworks(fw, changed)).toBe('conflict');
    expect(compareFrameworks(fw, { ...changed, version: '2025.1' })).toBe('different');
    expect(compareFrameworks(fw, shippedFramework('district'))).toBe('different');
  });

  it('is a short hex string', () => {
    expect(frameworkFingerprint(fw)).toMatch(/^[0-9a-f]{14}$/);
  });
});
