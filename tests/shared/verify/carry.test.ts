// Carrying verdicts across revisions: unchanged kept, changed listed exactly with fields and marked stale.
import { describe, expect, it } from 'vitest';
import type { EntryData } from '../../../shared/entry/types';
import { carryReport, carryVerdicts, changedSinceVerified } from '../../../shared/verify/carry';
import { verificationFigures } from '../../../shared/verify/figures';
import { agreeAll, AT, communeFw, ind, layer, sampleEntries } from './fixtures';

const r1 = sampleEntries();
const edit = (entries: EntryData[], code: string, f: (e: EntryData) => EntryData) =>
  entries.map((e) => (e.code === code ? f(e) : e));

describe('carry', () => {
  const layers = agreeAll(communeFw, r1);
  layers.set('1.2', layer(ind('1.2'), r1[1]!, { verdict: 'request', remark: 'Bổ sung biên bản' }));
  layers.delete('8.1');

  it('an identical revision (even re-typed in NFD) changes nothing', () => {
    const r2 = r1.map((e) => ({ ...e, note: e.note.normalize('NFD') }));
    expect(changedSinceVerified(communeFw, r2, layers)).toEqual([]);
    const kept = carryVerdicts(communeFw, r2, layers, { revision: 2, at: AT });
    expect([...kept.values()].every((l) => l.stale === undefined)).toBe(true);
    expect(kept.size).toBe(layers.size);
    expect(carryReport(communeFw, r2, layers).find((i) => i.code === '8.1')?.status).toBe('no-verdict');
  });

  it('lists exactly the changed indicators and fields, old → new', () => {
    let r2 = edit(r1, '1.2', (e) => ({ ...e, raw: { numerator: '14', denominator: '15' } }));
    r2 = edit(r2, '1.3', (e) => ({ ...e, evidence: { ...e.evidence, docNumber: '99/QĐ-UBND' }, note: 'Bổ sung' }));
    r2 = edit(r2, '8.1', (e) => ({ ...e, raw: { value: 'no' } })); // no verdict: not listed
    r2 = r2.filter((e) => e.code !== '2.1'); // removed in r2: every non-empty field changed to empty
    const changed = changedSinceVerified(communeFw, r2, layers);
    expect(changed.map((c) => c.code)).toEqual(['1.2', '1.3', '2.1']);
    expect(changed[0]!.changes).toEqual([{ field: 'numerator', label: 'Tử số a', old: '12', new: '14' }]);
    expect(changed[1]!.changes.map((c) => [c.field, c.old, c.new])).toEqual([
      ['docNumber', '3/QĐ-UBND', '99/QĐ-UBND'],
      ['note', r1[2]!.note, 'Bổ sung'],
    ]);
    expect(changed[2]!.changes.map((c) => c.field)).toEqual(
      ['value', 'docNumber', 'docDate', 'summary', 'note'].filter((f) => f !== 'note' || r1[5]!.note !== ''),
    );

    const carried = carryVerdicts(communeFw, r2, layers, { revision: 2, at: AT + 5 });
    expect(carried.get('1.2')).toMatchObject({
      verdict: 'request',
      remark: 'Bổ sung biên bản',
      stale: { revision: 2, at: AT + 5 },
    });
    expect(carried.get('1.2')!.stale!.changes).toEqual(changed[0]!.changes);
    expect(carried.get('1.1')!.stale).toBeUndefined();
    expect(carried.has('8.1')).toBe(false);
    const f = verificationFigures(communeFw, r2, carried);
    expect(f.progress.stale).toBe(3);
    expect(f.progress.requested).toBe(0);
  });

  it('keeps the first stale mark while the change stays the same, and clears it when the entry is reverted', () => {
    const r2 = edit(r1, '1.4', (e) => ({ ...e, raw: { value: 'no' } }));
    const c2 = carryVerdicts(communeFw, r2, layers, { revision: 2, at: AT + 1 });
    const c3 = carryVerdicts(communeFw, r2, c2, { revision: 3, at: AT + 2 });
    expect(c3.get('1.4')!.stale).toEqual(c2.get('1.4')!.stale);
    expect(c3.get('1.4')!.stale!.revision).toBe(2);
    const c4 = carryVerdicts(communeFw, r1, c3, { revision: 4, at: AT + 3 });
    expect(c4.get('1.4')!.stale).toBeUndefined();
    expect(c4.get('1.4')).toEqual(layers.get('1.4'));
  });
});
