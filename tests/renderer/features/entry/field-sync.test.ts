import { describe, expect, it } from 'vitest';
import {
  committed,
  conflicted,
  edit,
  keepMine,
  reconcile,
  startSync,
  takeTheirs,
} from '../../../../renderer/features/entry/field-sync';

describe('a row against the database (two tabs)', () => {
  it('is left as it is (the same object, so the row does not render again) when the database agrees', () => {
    const start = startSync({ 'raw.value': '2', note: 'Kế hoạch' });
    expect(reconcile(start, { 'raw.value': '2', note: 'Kế hoạch' })).toBe(start);
    const typed = edit(start, 'note', 'Kế hoạch ');
    expect(reconcile(typed, { 'raw.value': '2', note: 'Kế hoạch' })).toBe(typed);
    // A change anywhere gives a new object.
    expect(reconcile(start, { 'raw.value': '3', note: 'Kế hoạch' })).not.toBe(start);
    expect(reconcile(typed, { 'raw.value': '2', note: 'Khác' })).not.toBe(typed);
  });

  it('follows a field it has not edited when another tab changes it', () => {
    const s = reconcile(startSync({ 'raw.value': '2' }), { 'raw.value': '5' });
    expect(s.local['raw.value']).toBe('5');
    expect(s.conflicts).toEqual({});
  });

  it('keeps its own pending edit while the database still holds the base', () => {
    const s = reconcile(edit(startSync({ note: '' }), 'note', 'abc'), { note: '' });
    expect(s.local.note).toBe('abc');
    expect(s.conflicts).toEqual({});
  });

  it('settles when its own commit comes back, even with more typed since', () => {
    let s = edit(startSync({ note: '' }), 'note', 'ab');
    s = committed(s, 'note', 'ab');
    s = edit(s, 'note', 'abc');
    s = reconcile(s, { note: 'ab' });
    expect(s).toMatchObject({ local: { note: 'abc' }, base: { note: 'ab' }, conflicts: {} });
  });

  it('shows a conflict when both changed the same field, and resolves either way', () => {
    let s = edit(startSync({ 'raw.numerator': '1' }), 'raw.numerator', '3');
    s = reconcile(s, { 'raw.numerator': '4' });
    expect(s.conflicts).toEqual({ 'raw.numerator': '4' });
    expect(s.local['raw.numerator']).toBe('3');
    const theirs = takeTheirs(s, 'raw.numerator');
    expect(theirs).toMatchObject({ local: { 'raw.numerator': '4' }, conflicts: {} });
    const mine = keepMine(s, 'raw.numerator');
    expect(mine).toMatchObject({ local: { 'raw.numerator': '3' }, base: { 'raw.numerator': '4' }, conflicts: {} });
  });

  it('a refused write is a conflict unless the other tab wrote the same value', () => {
    const s = edit(startSync({ note: '' }), 'note', 'x');
    expect(conflicted(s, 'note', 'y').conflicts).toEqual({ note: 'y' });
    expect(conflicted(s, 'note', 'x').conflicts).toEqual({});
  });

  it("text stored clean (NFC, single spaces, trimmed) is the value typed, not another tab's change", () => {
    const typed = 'Ke\u0302\u0301  hoạch '; // decomposed "Kế", two spaces, a trailing space: still being typed
    let s = edit(startSync({ note: '' }), 'note', typed);
    s = committed(s, 'note', typed);
    expect(s.base.note).toBe('Kế hoạch'); // what the database holds, which the next write expects
    s = reconcile(s, { note: 'Kế hoạch' });
    expect(s).toMatchObject({ local: { note: typed }, base: { note: 'Kế hoạch' }, conflicts: {} });
    expect(conflicted(edit(startSync({ note: '' }), 'note', typed), 'note', 'Kế hoạch').conflicts).toEqual({});
  });
});
