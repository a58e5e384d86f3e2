// Small hand-made indicators for scoring tests.
import type { Indicator, ScoringRule, ValueType } from '../../../shared/framework/types';
import { serializeScoringRule } from '../../../shared/framework/scoring-rule';

/** An indicator with the given rule; other fields filled with plain defaults. */
export function indicator(valueType: ValueType, scoring: ScoringRule, maxPoints = 20, code = '1.1'): Indicator {
  return {
    code,
    groupCode: Number(code.split('.')[0]),
    name: `Chỉ số ${code}`,
    nameEn: '',
    valueType,
    unit: '',
    maxPoints,
    scoring,
    scoringText: serializeScoringRule(scoring),
    method: '',
    evidence: '',
    provenance: 'I',
  };
}

export const T = { complete: 0.9, basic: 0.5 };
export const boolInd = indicator('boolean', { kind: 'bool' }, 10);
export const ratioInd = indicator('ratio', { kind: 'ratio' }, 20);
export const percentInd = indicator('percent', { kind: 'ratio' }, 25);
export const stepsInd = indicator('count', {
  kind: 'steps',
  steps: [
    { threshold: 4, points: 20 },
    { threshold: 3, points: 15 },
    { threshold: 2, points: 10 },
    { threshold: 1, points: 5 },
  ],
});
export const targetInd = indicator('count', { kind: 'target', target: 50 }, 10);
export const choiceInd = indicator(
  'choice',
  {
    kind: 'choice',
    options: [
      { key: 'truong', fraction: 1, label: 'Trưởng ban là Chủ tịch' },
      { key: 'pho', fraction: 0.5, label: 'Trưởng ban là cấp phó' },
      { key: 'khong', fraction: 0, label: 'chưa có' },
    ],
  },
  15,
);
export const manualInd = indicator('money', { kind: 'manual' }, 15);
