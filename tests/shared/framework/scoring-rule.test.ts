import { describe, expect, it } from 'vitest';
import { checkRule } from '../../../shared/framework/check-rule';
import { findChoiceLabel, parseScoringRule, serializeScoringRule } from '../../../shared/framework/scoring-rule';
import type { ScoringRule } from '../../../shared/framework/types';

function rule(text: string): ScoringRule {
  const r = parseScoringRule(text);
  if (!r.ok) throw new Error(r.error);
  return r.rule;
}

describe('parseScoringRule', () => {
  it('reads every rule kind', () => {
    expect(rule('bool')).toEqual({ kind: 'bool' });
    expect(rule('ratio')).toEqual({ kind: 'ratio' });
    expect(rule('manual')).toEqual({ kind: 'manual' });
    expect(rule('target:50')).toEqual({ kind: 'target', target: 50 });
    expect(rule('steps:4=20;3=15;2=10;1=5')).toEqual({
      kind: 'steps',
      steps: [
        { threshold: 4, points: 20 },
        { threshold: 3, points: 15 },
        { threshold: 2, points: 10 },
        { threshold: 1, points: 5 },
      ],
    });
    expect(rule('choice:truong=1;pho=0.5;khong=0')).toEqual({
      kind: 'choice',
      options: [
        { key: 'truong', fraction: 1, label: '' },
        { key: 'pho', fraction: 0.5, label: '' },
        { key: 'khong', fraction: 0, label: '' },
      ],
    });
  });

  it('tolerates white space and a trailing semicolon', () => {
    expect(serializeScoringRule(rule(' steps: 4 = 20 ; 1=5; '))).toBe('steps:4=20;1=5');
  });

  it.each([
    '',
    'boolean',
    'steps',
    'steps:',
    'steps:4=20;x',
    'steps:4=20=1',
    'target:abc',
    'target:',
    'choice:Truong=1',
    'choice:truong=a',
    'choice:1a=1',
    'choice:truong',
    'lookup:1=2',
  ])('refuses %j with a Vietnamese reason', (text) => {
    const r = parseScoringRule(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('Không hiểu quy tắc chấm điểm');
  });

  it('round-trips through the serializer', () => {
    for (const t of [
      'bool',
      'ratio',
      'manual',
      'target:12',
      'steps:1000=20;500=15;200=10;50=5',
      'choice:a=1;b_2=0.25;c=0',
    ]) {
      expect(serializeScoringRule(rule(t))).toBe(t);
    }
    expect(serializeScoringRule(rule(serializeScoringRule({ kind: 'target', target: 1e-7 })))).toBe('target:1e-7');
  });
});

describe('findChoiceLabel', () => {
  const method =
    'Căn cứ quyết định; mot_phan = triển khai từ 1 đến 3 lớp (5 điểm); mot = chỉ một (7,5 điểm); khong = chưa có (0 điểm).';
  it('finds each key, not a longer key that starts with it', () => {
    expect(findChoiceLabel(method, 'mot')).toBe('chỉ một');
    expect(findChoiceLabel(method, 'mot_phan')).toBe('triển khai từ 1 đến 3 lớp');
    expect(findChoiceLabel(method, 'khong')).toBe('chưa có');
  });
  it('returns undefined for a missing key or a label without points', () => {
    expect(findChoiceLabel(method, 'day_du')).toBeUndefined();
    expect(findChoiceLabel('day_du = đầy đủ.', 'day_du')).toBeUndefined();
  });
  it('reads decomposed text', () => {
    expect(findChoiceLabel('pho = cấp phó (5 điểm)'.normalize('NFD'), 'pho')).toBe('cấp phó');
  });
});

describe('checkRule', () => {
  const codes = (r: ScoringRule, type: Parameters<typeof checkRule>[1], max: number, method = '') =>
    checkRule(r, type, max, method).problems.map((p) => p.code);

  it('accepts a good steps rule', () => expect(codes(rule('steps:4=20;3=15'), 'count', 20)).toEqual([]));
  it('flags a step above max', () => expect(codes(rule('steps:4=25;3=15'), 'count', 20)).toEqual(['step-above-max']));
  it('flags a top step below max', () =>
    expect(codes(rule('steps:4=15;3=10'), 'count', 20)).toEqual(['top-step-not-max']));
  it('flags steps out of order', () => expect(codes(rule('steps:3=20;4=15'), 'count', 20)).toEqual(['steps-order']));
  it('flags rising points', () => expect(codes(rule('steps:4=20;3=10;2=15'), 'count', 20)).toEqual(['steps-order']));
  it('flags negative steps', () => expect(codes(rule('steps:4=20;-1=0'), 'count', 20)).toEqual(['step-negative']));
  it('flags a non-positive target', () =>
    expect(codes(rule('target:0'), 'count', 10)).toEqual(['target-not-positive']));
  it('flags rule/value type mismatch', () => {
    expect(codes(rule('bool'), 'count', 10)).toEqual(['rule-value-type-mismatch']);
    expect(codes(rule('ratio'), 'percent', 10)).toEqual([]);
    expect(codes(rule('manual'), 'text', 10)).toEqual([]);
    expect(codes(rule('target:3'), 'ratio', 10)).toEqual(['rule-value-type-mismatch']);
  });
  it('checks choices and fills labels', () => {
    const method = 'a = mức A (10 điểm); b = mức B (5 điểm)';
    const r = checkRule(rule('choice:a=1;b=0.5'), 'choice', 10, method);
    expect(r.problems).toEqual([]);
    expect(r.rule).toEqual({
      kind: 'choice',
      options: [
        { key: 'a', fraction: 1, label: 'mức A' },
        { key: 'b', fraction: 0.5, label: 'mức B' },
      ],
    });
    expect(codes(rule('choice:a=0.9;b=0.5'), 'choice', 10, method)).toEqual(['choice-no-full']);
    expect(codes(rule('choice:a=1;b=1.5'), 'choice', 10, method)).toEqual(['fraction-range']);
    expect(codes(rule('choice:a=1;b=-0.5'), 'choice', 10, method)).toEqual(['fraction-range']);
    expect(codes(rule('choice:a=1;c=0'), 'choice', 10, method)).toEqual(['choice-no-label']);
    expect(codes(rule('choice:a=1;a=0'), 'choice', 10, method)).toEqual(['choice-duplicate-key']);
  });
});
