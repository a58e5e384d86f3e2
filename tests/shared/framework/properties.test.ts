// Round-trip properties of random valid frameworks through the validator and the catalogue CSV.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameworkFromCatalog, frameworkMeta, frameworkToCatalogCsv } from '../../../shared/framework/catalog';
import { compareFrameworks } from '../../../shared/framework/fingerprint';
import { validateFramework } from '../../../shared/framework/validate';
import { frameworkArb } from '../arbitraries';

const runs = { numRuns: 100 };

describe('framework round trips', () => {
  it('validateFramework accepts a valid framework unchanged', () => {
    fc.assert(
      fc.property(frameworkArb, (fw) => {
        const r = validateFramework(fw);
        if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
        expect(r.framework).toEqual(fw);
      }),
      runs,
    );
  });

  it('framework → catalogue CSV (+ metadata) → framework is the identity', () => {
    fc.assert(
      fc.property(frameworkArb, (fw) => {
        const r = frameworkFromCatalog(JSON.parse(JSON.stringify(frameworkMeta(fw))), frameworkToCatalogCsv(fw));
        if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
        expect(r.framework).toEqual(fw);
        expect(compareFrameworks(r.framework, fw)).toBe('same');
      }),
      runs,
    );
  });

  it('removing any one indicator breaks the group sum or numbering and is reported', () => {
    fc.assert(
      fc.property(frameworkArb, fc.nat(), (fw, k) => {
        const drop = k % fw.indicators.length;
        const r = validateFramework({ ...fw, indicators: fw.indicators.filter((_, i) => i !== drop) });
        expect(r.ok).toBe(false);
        if (!r.ok)
          expect(
            r.errors
              .map((e) => e.code)
              .some((c) => ['group-sum', 'code-gap', 'group-empty', 'no-indicators'].includes(c)),
          ).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
