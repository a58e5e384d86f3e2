/**
 * Semantic checks of a parsed scoring rule against its indicator: value type, max points, method text.
 * Each problem is reported separately with its own error code.
 */
import type { FrameworkErrorCode } from './errors';
import { findChoiceLabel } from './scoring-rule';
import { RULE_VALUE_TYPES, type ScoringRule, type ValueType } from './types';

/** One rule problem, without location (the caller adds it). */
export interface RuleProblem {
  code: FrameworkErrorCode;
  text: string;
}

const EPS = 1e-9;

/**
 * Checks `rule` for an indicator of `valueType` worth `maxPoints`; fills choice labels from `method`.
 * Returns the labelled rule and every problem found.
 */
export function checkRule(
  rule: ScoringRule,
  valueType: ValueType | undefined,
  maxPoints: number | undefined,
  method: string,
): { rule: ScoringRule; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const add = (code: FrameworkErrorCode, text: string): void => void problems.push({ code, text });
  const allowed = RULE_VALUE_TYPES[rule.kind];
  if (valueType !== undefined && !allowed.includes(valueType)) {
    add(
      'rule-value-type-mismatch',
      `Quy tắc "${rule.kind}" không dùng được cho kiểu giá trị "${valueType}" (chỉ dùng cho: ${allowed.join(', ')}).`,
    );
  }
  switch (rule.kind) {
    case 'target':
      if (!(rule.target > 0))
        add('target-not-positive', `Chỉ tiêu của quy tắc target phải là số dương, nhận được ${rule.target}.`);
      return { rule, problems };
    case 'steps':
      checkSteps(rule.steps, maxPoints, add);
      return { rule, problems };
    case 'choice': {
      const seen = new Set<string>();
      const options = rule.options.map((o) => {
        if (seen.has(o.key)) add('choice-duplicate-key', `Mức "${o.key}" bị khai báo hai lần.`);
        seen.add(o.key);
        if (!(o.fraction >= 0 && o.fraction <= 1)) {
          add('fraction-range', `Hệ số của mức "${o.key}" là ${o.fraction}, phải nằm trong khoảng từ 0 đến 1.`);
        }
        const label = findChoiceLabel(method, o.key);
        if (label === undefined) {
          add(
            'choice-no-label',
            `Không tìm thấy nhãn của mức "${o.key}" trong cột method_vi (cần viết dạng "${o.key} = nhãn (… điểm)").`,
          );
        }
        return { key: o.key, fraction: o.fraction, label: label ?? '' };
      });
      if (!options.some((o) => Math.abs(o.fraction - 1) < EPS)) {
        add('choice-no-full', 'Quy tắc lựa chọn cần ít nhất một mức có hệ số 1 (đạt điểm tối đa).');
      }
      return { rule: { kind: 'choice', options }, problems };
    }
    default:
      return { rule, problems };
  }
}

function checkSteps(
  steps: readonly { threshold: number; points: number }[],
  maxPoints: number | undefined,
  add: (code: FrameworkErrorCode, text: string) => void,
): void {
  steps.forEach((s, i) => {
    const text = `${s.threshold}=${s.points}`;
    if (s.threshold < 0 || s.points < 0)
      add('step-negative', `Bậc "${text}" có số âm; ngưỡng và điểm phải từ 0 trở lên.`);
    if (maxPoints !== undefined && s.points > maxPoints + EPS) {
      add('step-above-max', `Bậc "${text}" cho ${s.points} điểm, vượt điểm tối đa ${maxPoints}.`);
    }
    const prev = steps[i - 1];
    if (prev && !(s.threshold < prev.threshold && s.points <= prev.points)) {
      add(
        'steps-order',
        `Bậc "${text}" phải có ngưỡng nhỏ hơn và điểm không lớn hơn bậc trước "${prev.threshold}=${prev.points}" (liệt kê từ ngưỡng cao nhất).`,
      );
    }
  });
  const top = steps[0];
  if (top && maxPoints !== undefined && Math.abs(top.points - maxPoints) > EPS && top.points <= maxPoints + EPS) {
    add('top-step-not-max', `Bậc cao nhất "${top.threshold}=${top.points}" phải cho đúng điểm tối đa ${maxPoints}.`);
  }
}
