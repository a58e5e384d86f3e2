/**
 * The scoring engine for one indicator (rules of catalogs.md "Scoring mini-language"). Pure and total: any input,
 * however malformed, gives a score object; points are always within [0, max] and never NaN.
 */
import { boolLabels } from '../framework/bool-labels';
import type { Indicator, Thresholds, ValueType } from '../framework/types';
import { formatViCompact } from '../text/numbers';
import { formatPercent, formatPointsShort } from './format';
import { statusFromPoints } from './status';
import type { IndicatorScore, IndicatorValue } from './types';

/** The value type ('type' of IndicatorValue) an indicator of each value type takes. */
export const VALUE_KIND_FOR: Readonly<Record<ValueType, IndicatorValue['type']>> = {
  boolean: 'boolean',
  choice: 'choice',
  count: 'count',
  ratio: 'ratio',
  percent: 'percent',
  money: 'manual',
  text: 'manual',
};

const KIND_LABEL: Readonly<Record<IndicatorValue['type'], string>> = {
  boolean: 'có/không',
  choice: 'lựa chọn mức',
  count: 'số đếm',
  ratio: 'tử số/mẫu số',
  percent: 'tỷ lệ %',
  manual: 'điểm tự chấm',
};

/** A finite number ≥ 0 (the only numbers the rules accept). */
function isAmount(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

const frac = (x: number): string => formatViCompact(x, 4);
const pts = (x: number): string => `${formatPointsShort(x)} điểm`;

function invalid(reason: string): IndicatorScore {
  return {
    state: 'invalid',
    points: 0,
    status: 'chua-nhap',
    warnings: [reason],
    explanation: `Giá trị không hợp lệ: ${reason}`,
  };
}

/** Scores one indicator. `null`/`undefined` means nothing entered (status chưa nhập, not chưa thực hiện). */
export function scoreIndicator(
  ind: Indicator,
  value: IndicatorValue | null | undefined,
  thresholds: Thresholds,
): IndicatorScore {
  if (value === null || value === undefined) {
    return { state: 'empty', points: 0, status: 'chua-nhap', warnings: [], explanation: 'Chưa nhập giá trị.' };
  }
  const max = ind.maxPoints;
  const warnings: string[] = [];
  const scored = (points: number, explanation: string): IndicatorScore => {
    const p = Math.min(max, Math.max(0, points));
    return { state: 'scored', points: p, status: statusFromPoints(p, max, thresholds), warnings, explanation };
  };
  const expected = VALUE_KIND_FOR[ind.valueType];
  const got: unknown = typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
  if (got !== expected) {
    return invalid(
      `Chỉ số ${ind.code} cần giá trị kiểu ${KIND_LABEL[expected]}, nhận được ${typeof got === 'string' ? `"${got}"` : 'giá trị không rõ kiểu'}.`,
    );
  }
  const rule = ind.scoring;

  switch (value.type) {
    case 'boolean':
      if (rule.kind !== 'bool' || typeof value.value !== 'boolean') return invalid('Cần chọn Có hoặc Không.');
      return boolScore(ind, value.value, scored);

    case 'ratio': {
      const { numerator: a, denominator: b } = value;
      if (rule.kind !== 'ratio') return invalid('Quy tắc chấm điểm không phải tỷ lệ.');
      if (!isAmount(a) || !isAmount(b)) return invalid('Tử số và mẫu số phải là số không âm.');
      if (b === 0) {
        if (a > 0) warnings.push(`Tử số a = ${frac(a)} nhưng mẫu số b = 0.`);
        return {
          state: 'not-applicable',
          points: 0,
          status: 'khong-ap-dung',
          warnings,
          explanation: 'Mẫu số b = 0 → không áp dụng/chưa đủ dữ liệu, chưa tính điểm.',
        };
      }
      const share = a / b;
      const inputs = `a/b = ${frac(a)}/${frac(b)} = ${formatPercent(share)}`;
      if (a > b) {
        // A part cannot exceed its whole: the figures are wrong somewhere, so nothing is credited until fixed.
        return invalid(
          `Tử số a = ${frac(a)} lớn hơn mẫu số b = ${frac(b)} (${inputs}): tỷ lệ không thể vượt 100%, cần xem lại số liệu.`,
        );
      }
      const p = (a * max) / b;
      return scored(p, `${inputs} → ${frac(share)} × ${frac(max)} = ${pts(p)}`);
    }

    case 'percent': {
      if (rule.kind !== 'ratio') return invalid('Quy tắc chấm điểm không phải tỷ lệ.');
      if (!isAmount(value.value)) return invalid('Tỷ lệ phải là số không âm.');
      const v = value.value;
      if (v > 100) {
        warnings.push(`Tỷ lệ ${frac(v)}% lớn hơn 100%; chỉ được tính tối đa 100%.`);
        return scored(max, `v = ${frac(v)}% → tính tối đa 1 × ${frac(max)} = ${pts(max)}`);
      }
      const p = (v * max) / 100;
      return scored(p, `v = ${frac(v)}% → ${frac(v / 100)} × ${frac(max)} = ${pts(p)}`);
    }

    case 'count': {
      if (!isAmount(value.value)) return invalid('Số đếm phải là số không âm.');
      const v = value.value;
      if (!Number.isInteger(v)) warnings.push(`Số đếm ${frac(v)} không phải số nguyên.`);
      if (rule.kind === 'target') {
        if (v >= rule.target) return scored(max, `Đạt ${frac(v)}/${frac(rule.target)} (đủ chỉ tiêu) → ${pts(max)}`);
        const p = (v * max) / rule.target;
        return scored(
          p,
          `Đạt ${frac(v)}/${frac(rule.target)} = ${formatPercent(v / rule.target)} → ${frac(v / rule.target)} × ${frac(max)} = ${pts(p)}`,
        );
      }
      if (rule.kind !== 'steps') return invalid('Quy tắc chấm điểm không dùng số đếm.');
      const step = rule.steps.find((s) => v >= s.threshold);
      if (!step) {
        const lowest = rule.steps[rule.steps.length - 1];
        return scored(
          0,
          `Giá trị ${frac(v)} chưa đạt bậc thấp nhất${lowest ? ` (từ ${frac(lowest.threshold)})` : ''} → ${pts(0)}`,
        );
      }
      return scored(
        step.points,
        `Giá trị ${frac(v)} đạt bậc từ ${frac(step.threshold)} trở lên → ${pts(Math.min(step.points, max))}`,
      );
    }

    case 'choice': {
      if (rule.kind !== 'choice') return invalid('Quy tắc chấm điểm không phải lựa chọn.');
      const opt = typeof value.key === 'string' ? rule.options.find((o) => o.key === value.key) : undefined;
      if (!opt) return invalid(`Mức "${String(value.key)}" không có trong danh sách lựa chọn của chỉ số ${ind.code}.`);
      const p = opt.fraction * max;
      // The option in the framework's words; its key only when it has none.
      const said = opt.label === '' ? `Mức "${opt.key}"` : `Mức: ${opt.label}`;
      return scored(p, `${said} → ${frac(opt.fraction)} × ${frac(max)} = ${pts(p)}`);
    }

    case 'manual': {
      if (rule.kind !== 'manual') return invalid('Quy tắc chấm điểm không cho tự chấm điểm.');
      if (!isAmount(value.points)) return invalid('Điểm tự chấm phải là số không âm.');
      const declared =
        typeof value.declared === 'string' && value.declared.trim() !== '' ? `Kê khai: ${value.declared.trim()}; ` : '';
      if (value.points > max) {
        warnings.push(`Điểm tự chấm ${frac(value.points)} vượt điểm tối đa ${frac(max)}; chỉ được tính ${frac(max)}.`);
        return scored(max, `${declared}điểm tự chấm ${frac(value.points)} → tính tối đa ${pts(max)}`);
      }
      return scored(
        value.points,
        `${declared}điểm tự chấm ${frac(value.points)} (tối đa ${frac(max)}) → ${pts(value.points)}`,
      );
    }
  }
  return invalid('Giá trị không đúng dạng.');
}

/**
 * "Có → 10 điểm", or in the indicator's own words when its framework gives them: "Trả lời: Không xảy ra sự cố →
 * 25 điểm" (an indicator worded as a negative, where "Có" would read as the opposite).
 */
function boolScore(
  ind: Pick<Indicator, 'method' | 'maxPoints'>,
  yes: boolean,
  scored: (points: number, explanation: string) => IndicatorScore,
): IndicatorScore {
  const p = yes ? ind.maxPoints : 0;
  const label = boolLabels(ind)[yes ? 'yes' : 'no'];
  const plain = label === (yes ? 'Có' : 'Không');
  return scored(p, `${plain ? label : `Trả lời: ${label}`} → ${pts(p)}`);
}
