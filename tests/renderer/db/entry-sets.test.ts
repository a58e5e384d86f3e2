import { describe, expect, it } from 'vitest';
import { entriesOfSet, entryOfSet, setsFromEntries, setWithEntries } from '../../../renderer/db/entry-sets';
import type { EntryRow } from '../../../renderer/db/types';

const entry = (assessmentId: string, code: string, value: string): EntryRow => ({
  assessmentId,
  code,
  raw: { value },
  evidence: { docNumber: '', docDate: '', summary: '', link: '' },
  note: '',
  updatedAt: 1,
});

describe('entry sets (v4: every entry of an assessment in one row)', () => {
  it('groups entry rows by assessment and gives them back unchanged, in key order', () => {
    const rows = [entry('a1', '2.1', 'x'), entry('a2', '1.1', 'y'), entry('a1', '10.1', 'z')];
    const sets = setsFromEntries(rows);
    expect(sets.map((s) => s.assessmentId)).toEqual(['a1', 'a2']);
    expect(sets[0]!.entries['2.1']).toEqual({
      raw: { value: 'x' },
      evidence: rows[0]!.evidence,
      note: '',
      updatedAt: 1,
    });
    expect(entriesOfSet(sets[0])).toEqual([rows[2], rows[0]]);
    expect(entriesOfSet(undefined)).toEqual([]);
    expect(entryOfSet(sets[1], '1.1')).toEqual(rows[1]);
    expect(entryOfSet(sets[1], '9.9')).toBeUndefined();
    expect(entryOfSet(sets[1], 'constructor')).toBeUndefined();
  });

  it('puts entries into a set as a new object, replacing only theirs; refuses another assessment’s entry', () => {
    const set = setsFromEntries([entry('a1', '1.1', 'old'), entry('a1', '1.2', 'kept')])[0]!;
    const before = structuredClone(set);
    const next = setWithEntries('a1', set, [entry('a1', '1.1', 'new'), entry('a1', '1.3', 'added')]);
    expect(set).toEqual(before);
    expect(entriesOfSet(next).map((e) => [e.code, e.raw.value])).toEqual([
      ['1.1', 'new'],
      ['1.2', 'kept'],
      ['1.3', 'added'],
    ]);
    expect(setWithEntries('a9', undefined, [])).toEqual({ assessmentId: 'a9', entries: {} });
    expect(() => setWithEntries('a1', set, [entry('a2', '1.1', 'x')])).toThrow('bản đánh giá khác');
  });
});
