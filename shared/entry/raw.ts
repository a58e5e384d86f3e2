import type { Indicator } from '../framework/types';
import type { IndicatorValue } from '../scoring/types';
import { parseViNumber } from '../text/numbers';

/** The input fields an indicator row can have. */
export type RawField = 'value' | 'numerator' | 'denominator' | 'points' | 'declared';

/** What the officer typed, field by field, exactly as typed (never lost, even when invalid). */
export type RawValue = Partial<Record<RawField, string>>;

/** Raw values for yes/no indicators. */
export const YES = 'yes';
export const NO = 'no';

/** The input fields of an indicator, in reading order. */
export function fieldsFor(ind: Pick<Indicator, 'valueType'>): RawField[] {
  switch (ind.valueType) {
    case 'boolean':
    case 'choice':
    case 'count':
    case 'percent':
      return ['value'];
    case 'ratio':
      return ['numerator', 'denominator'];
    case 'money':
    case 'text':
      return ['declared', 'points'];
  }
}

/** A raw value read: the value to score (null when empty or invalid) and a Vietnamese error per field. */
export interface ParsedRaw {
  value: IndicatorValue | null;
  /** True when at least one field holds something. */
  touched: boolean;
  errors: Partial<Record<RawField, string>>;
}

function text(raw: RawValue, f: RawField): string {
  return (raw[f] ?? '').trim();
}

function number(raw: RawValue, f: RawField, errors: ParsedRaw['errors'], opts: { integer?: boolean } = {}) {
  const r = parseViNumber(raw[f] ?? '');
  if (!r.ok) {
    errors[f] = r.error;
    return null;
  }
  if (r.value < 0) {
    errors[f] = 'Giá trị không được âm.';
    return null;
  }
  if (opts.integer && !Number.isInteger(r.value)) {
    errors[f] = 'Cần một số nguyên (ví dụ 12).';
    return null;
  }
  return r.value;
}

/** Reads what was typed for an indicator into a value the engine can score, or says per field what is wrong. */
export function parseRaw(ind: Indicator, raw: RawValue): ParsedRaw {
  const fields = fieldsFor(ind);
  const touched = fields.some((f) => text(raw, f) !== '');
  const errors: ParsedRaw['errors'] = {};
  if (!touched) return { value: null, touched, errors };
  let value: IndicatorValue | null = null;
  switch (ind.valueType) {
    case 'boolean': {
      const v = text(raw, 'value');
      if (v === YES || v === NO) value = { type: 'boolean', value: v === YES };
      else errors.value = 'Chọn Có hoặc Không.';
      break;
    }
    case 'choice': {
      const key = text(raw, 'value');
      const options = ind.scoring.kind === 'choice' ? ind.scoring.options : [];
      if (options.some((o) => o.key === key)) value = { type: 'choice', key };
      else errors.value = 'Chọn một mức trong danh sách.';
      break;
    }
    case 'count': {
      const n = number(raw, 'value', errors, { integer: true });
      if (n !== null) value = { type: 'count', value: n };
      break;
    }
    case 'percent': {
      const n = number(raw, 'value', errors);
      if (n !== null && n > 100) errors.value = 'Tỷ lệ không vượt quá 100%.';
      else if (n !== null) value = { type: 'percent', value: n };
      break;
    }
    case 'ratio': {
      const missing = (['numerator', 'denominator'] as const).filter((f) => text(raw, f) === '');
      for (const f of missing) errors[f] = f === 'numerator' ? 'Cần nhập tử số (a).' : 'Cần nhập mẫu số (b).';
      const a = missing.includes('numerator') ? null : number(raw, 'numerator', errors, { integer: true });
      const b = missing.includes('denominator') ? null : number(raw, 'denominator', errors, { integer: true });
      if (a !== null && b !== null) value = { type: 'ratio', numerator: a, denominator: b };
      break;
    }
    case 'money':
    case 'text': {
      const declared = text(raw, 'declared');
      if (ind.valueType === 'money' && declared !== '') number(raw, 'declared', errors);
      if (text(raw, 'points') === '') {
        errors.points = 'Cần nhập điểm tự chấm.';
        break;
      }
      const p = number(raw, 'points', errors);
      if (p !== null && !errors.declared) value = { type: 'manual', points: p, declared };
      break;
    }
  }
  return { value, touched, errors };
}

/** True when two raw values hold the same text in every field. */
export function sameRaw(a: RawValue, b: RawValue): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as RawField[]);
  for (const k of keys) if ((a[k] ?? '') !== (b[k] ?? '')) return false;
  return true;
}

/**
 * What a and b of a ratio indicator count, read from its method text ("Nhập a = số cuộc họp …; b = tổng số …;"),
 * so the form can say it beside the two inputs. Missing parts are undefined.
 */
export function ratioTerms(method: string): { a?: string; b?: string } {
  const text = method.normalize('NFC');
  const part = (letter: 'a' | 'b') =>
    new RegExp(`(?:^|[^\\p{L}])${letter}\\s*=\\s*([^;]+?)\\s*(?:;|$)`, 'u').exec(text)?.[1]?.trim() || undefined;
  const a = part('a');
  const b = part('b');
  return { ...(a ? { a } : {}), ...(b ? { b } : {}) };
}
