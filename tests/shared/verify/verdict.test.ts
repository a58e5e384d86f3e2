// Verdict rules: each verdict, required remarks, unparseable adjusted values, agree copies self, agree to a group.
import { describe, expect, it } from 'vitest';
import { parseRaw } from '../../../shared/entry/raw';
import { agreeGroup, applyVerdict, verifiedValue } from '../../../shared/verify/verdict';
import { AT, communeFw, entry, ind, layer, plainEntries } from './fixtures';

const ratio = ind('1.2');
const self = entry('1.2', { numerator: '12', denominator: '15' }, 'Đã họp'.normalize('NFD'));

describe('applyVerdict', () => {
  it('agree copies the self raw and snapshots the self entry as basis', () => {
    const r = applyVerdict(ratio, self, { verdict: 'agree', at: AT, revision: 2, verifier: ' Lê Thị Hoa ' });
    if (!r.ok) throw new Error('refused');
    expect(r.layer).toMatchObject({
      verdict: 'agree',
      raw: { numerator: '12', denominator: '15' },
      remark: '',
      at: AT,
      verifier: 'Lê Thị Hoa',
    });
    expect(r.layer.basis).toEqual({ raw: self.raw, evidence: self.evidence, note: 'Đã họp', revision: 2 });
    expect(r.layer.raw).not.toBe(self.raw);
    expect(verifiedValue(ratio, r.layer)).toEqual(parseRaw(ratio, self.raw).value);
  });

  it('agree to an empty self value is allowed and verifies nothing', () => {
    const l = layer(ratio, entry('1.2', {}), { verdict: 'agree' });
    expect(l.raw).toEqual({});
    expect(verifiedValue(ratio, l)).toBeNull();
  });

  it('agree to a self value that does not parse is refused, naming the self value', () => {
    const r = applyVerdict(ratio, entry('1.2', { numerator: 'mười', denominator: '15' }), { verdict: 'agree', at: AT });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual(['self']);
  });

  it('adjust needs a parseable value and a remark', () => {
    const r = applyVerdict(ratio, self, {
      verdict: 'adjust',
      raw: { numerator: '10', denominator: '15' },
      remark: ' Chỉ 10 cuộc họp có biên bản ',
      at: AT,
    });
    if (!r.ok) throw new Error('refused');
    expect(r.layer.raw).toEqual({ numerator: '10', denominator: '15' });
    expect(r.layer.remark).toBe('Chỉ 10 cuộc họp có biên bản');
    expect(verifiedValue(ratio, r.layer)).toEqual({ type: 'ratio', numerator: 10, denominator: 15 });
  });

  it('adjust without a remark is refused on the remark field', () => {
    const r = applyVerdict(ratio, self, {
      verdict: 'adjust',
      raw: { numerator: '10', denominator: '15' },
      remark: '  ',
      at: AT,
    });
    expect(r.ok ? {} : r.errors).toEqual({ remark: 'Cần ghi rõ lý do điều chỉnh.' });
  });

  it('adjust with an unparseable value gives the parser error per field', () => {
    const r = applyVerdict(ratio, self, {
      verdict: 'adjust',
      raw: { numerator: '1,2,3', denominator: '' },
      remark: 'x',
      at: AT,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['denominator', 'numerator']);
    expect(r.errors.denominator).toBe('Cần nhập mẫu số (b).');
  });

  it('adjust with no value, or with the self value itself, is refused', () => {
    const none = applyVerdict(ind('1.4'), entry('1.4', { value: 'yes' }), {
      verdict: 'adjust',
      raw: {},
      remark: 'x',
      at: AT,
    });
    expect(none.ok ? {} : none.errors).toEqual({ value: 'Cần nhập giá trị thẩm tra.' });
    const same = applyVerdict(ratio, self, {
      verdict: 'adjust',
      raw: { numerator: '12', denominator: '15' },
      remark: 'x',
      at: AT,
    });
    expect(same.ok ? {} : Object.keys(same.errors)).toEqual(['verdict']);
  });

  it('adjust keeps only the fields of the indicator', () => {
    const l = layer(ind('1.4'), entry('1.4', { value: 'yes' }), {
      verdict: 'adjust',
      raw: { value: 'no', points: '9' },
      remark: 'Chưa có chuyên mục',
    });
    expect(l.raw).toEqual({ value: 'no' });
  });

  it('request needs a remark and verifies nothing', () => {
    const bad = applyVerdict(ratio, self, { verdict: 'request', at: AT });
    expect(bad.ok ? {} : bad.errors).toEqual({ remark: 'Cần ghi rõ nội dung yêu cầu bổ sung.' });
    const l = layer(ratio, self, { verdict: 'request', remark: 'Bổ sung biên bản họp' });
    expect(l.raw).toEqual({});
    expect(verifiedValue(ratio, l)).toBeNull();
  });

  it('refuses an unknown verdict and a remark too long', () => {
    const r = applyVerdict(ratio, self, { verdict: 'maybe' as 'agree', at: AT });
    expect(r.ok ? {} : Object.keys(r.errors)).toEqual(['verdict']);
    const long = applyVerdict(ratio, self, { verdict: 'request', remark: 'a'.repeat(10001), at: AT });
    expect(long.ok ? {} : Object.keys(long.errors)).toEqual(['remark']);
  });

  it('a stale layer verifies nothing', () => {
    const l = layer(ratio, self, { verdict: 'agree' });
    expect(verifiedValue(ratio, { ...l, stale: { revision: 2, at: AT, changes: [] } })).toBeNull();
  });
});

describe('agreeGroup', () => {
  it('agrees to every indicator of the group without a verdict and leaves existing verdicts alone', () => {
    const entries = plainEntries();
    const group1 = communeFw.indicators.filter((i) => i.groupCode === 1).map((i) => i.code);
    const adjusted = layer(ind('1.1'), entries[0]!, {
      verdict: 'adjust',
      raw: { value: 'khong' },
      remark: 'Chưa kiện toàn',
    });
    const requested = layer(ind('1.3'), entries[2]!, { verdict: 'request', remark: 'Bổ sung văn bản' });
    const stale = {
      ...layer(ind('1.4'), entries[3]!, { verdict: 'agree' }),
      stale: { revision: 2, at: AT, changes: [] },
    };
    const existing = new Map([
      ['1.1', adjusted],
      ['1.3', requested],
      ['1.4', stale],
    ]);
    const r = agreeGroup(communeFw, 1, entries, existing, { at: AT + 1, verifier: 'Tổ', revision: 1 });
    expect([...r.layers.keys()]).toEqual(group1.filter((c) => !existing.has(c)));
    for (const [code, l] of r.layers) {
      expect(l.verdict).toBe('agree');
      expect(l.raw).toEqual(entries.find((e) => e.code === code)?.raw);
    }
    expect(r.skipped).toEqual([
      { code: '1.1', reason: 'decided' },
      { code: '1.3', reason: 'decided' },
      { code: '1.4', reason: 'stale' },
    ]);
  });

  it('skips indicators whose self value does not parse, and other groups', () => {
    const entries = plainEntries().map((e) => (e.code === '2.1' ? entry('2.1', { value: 'có lẽ' }) : e));
    const r = agreeGroup(communeFw, 2, entries, {}, { at: AT });
    expect(r.skipped).toEqual([{ code: '2.1', reason: 'invalid-self' }]);
    expect([...r.layers.keys()].every((c) => c.startsWith('2.'))).toBe(true);
    expect(r.layers.size).toBe(communeFw.indicators.filter((i) => i.groupCode === 2).length - 1);
  });
});
