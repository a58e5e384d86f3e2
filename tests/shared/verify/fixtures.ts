// Fixtures of the verification tests: the shipped frameworks, a commune's entries, layers built through applyVerdict.
import type { RawValue } from '../../../shared/entry/raw';
import type { EntryData } from '../../../shared/entry/types';
import type { Framework, Indicator } from '../../../shared/framework/types';
import type { RemarksInput } from '../../../shared/verify/remarks';
import { applyVerdict, type VerdictInput } from '../../../shared/verify/verdict';
import type { VerifiedLayer } from '../../../shared/verify/types';
import { communeFw, sampleEntries, sampleRaw } from '../exchange/sample';
import { shippedFramework } from '../helpers';

export { communeFw, sampleEntries, sampleRaw };

/** The shipped district framework (72 indicators). */
export const districtFw: Framework = shippedFramework('district');

/** Time of the verdicts in the tests. */
export const AT = Date.UTC(2025, 11, 15, 3, 0);

/** The indicator `code` of `fw`. */
export function ind(code: string, fw: Framework = communeFw): Indicator {
  const i = fw.indicators.find((x) => x.code === code);
  if (!i) throw new Error(`no indicator ${code}`);
  return i;
}

/** An entry with a raw value and empty evidence. */
export function entry(code: string, raw: RawValue, note = ''): EntryData {
  return { code, raw, evidence: { docNumber: '', docDate: '', summary: '', link: '' }, note };
}

/** A layer built through the verdict rules (throws when refused). */
export function layer(i: Indicator, self: EntryData, input: Omit<VerdictInput, 'at'> & { at?: number }): VerifiedLayer {
  const r = applyVerdict(i, self, { at: AT, revision: 1, ...input });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.layer;
}

/** Layers agreeing to every indicator of `entries`. */
export function agreeAll(fw: Framework, entries: readonly EntryData[]): Map<string, VerifiedLayer> {
  const m = new Map<string, VerifiedLayer>();
  for (const e of entries) m.set(e.code, layer(ind(e.code, fw), e, { verdict: 'agree' }));
  return m;
}

/** Entries whose value is the same valid value everywhere (commune sample), without notes. */
export function plainEntries(fw: Framework = communeFw): EntryData[] {
  return fw.indicators.map((i) => entry(i.code, sampleRaw(i)));
}

/** The remarks export input for Xã Gia Phong's 2025 assessment (revision 1, under Huyện Gia Viễn). */
export function giaPhongRemarks(
  entries: readonly EntryData[],
  layers: Map<string, VerifiedLayer>,
  exportId = 'r-1',
): RemarksInput {
  return {
    framework: communeFw,
    unit: { code: '14758', name: 'Xã Gia Phong' },
    district: { code: '373', name: 'Huyện Gia Viễn' },
    period: { year: 2025, kind: 'year' },
    revision: 1,
    selfEntries: entries,
    layers,
    exportId,
    exportedAt: AT,
    appVersion: '0.1.0',
  };
}
