import type { RawField, RawValue } from '@shared/entry/raw';
import { RAW_LABELS } from '@shared/entry/field-labels';
import { NO, ratioTerms, YES } from '@shared/entry/raw';
import { boolLabels } from '@shared/framework/bool-labels';
import type { Indicator } from '@shared/framework/types';
import { formatPercent, formatPointsShort } from '@shared/scoring/format';
import { parseViNumber } from '@shared/text/numbers';

interface Props {
  ind: Indicator;
  raw: RawValue;
  errors: Partial<Record<RawField, string>>;
  onChange: (field: RawField, value: string) => void;
}

function NumberField(props: {
  id: string;
  label: string;
  /** What the number counts, beside the input (ratio a and b). */
  hint?: string | undefined;
  value: string;
  error: string | undefined;
  suffix?: string;
  onChange: (v: string) => void;
}) {
  return (
    <label className={props.error ? 'field has-error' : 'field'}>
      <span className="field-label">{props.label}</span>
      <span className="field-input">
        <input
          id={props.id}
          data-nav=""
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={props.value}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${props.id}-err` : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
        {props.suffix && <span className="suffix">{props.suffix}</span>}
        {props.hint && (
          <span className="term" title={props.hint}>
            {props.hint}
          </span>
        )}
      </span>
      {props.error && (
        <span className="field-error" id={`${props.id}-err`}>
          {props.error}
        </span>
      )}
    </label>
  );
}

function ratioPreview(raw: RawValue): string {
  const a = parseViNumber(raw.numerator ?? '');
  const b = parseViNumber(raw.denominator ?? '');
  if (!a.ok || !b.ok) return '';
  if (b.value === 0) return 'b = 0: không áp dụng';
  return `= ${formatPercent(a.value / b.value)}`;
}

/** The value input(s) of one indicator, by its value type. */
export function ValueInput({ ind, raw, errors, onChange }: Props) {
  const id = `v-${ind.code}`;
  switch (ind.valueType) {
    case 'boolean':
    case 'choice': {
      const options =
        ind.valueType === 'boolean'
          ? [
              { key: YES, label: `${boolLabels(ind).yes} (${formatPointsShort(ind.maxPoints)} điểm)` },
              { key: NO, label: `${boolLabels(ind).no} (0 điểm)` },
            ]
          : ind.scoring.kind === 'choice'
            ? ind.scoring.options.map((o) => ({
                key: o.key,
                label: `${o.label || o.key} (${formatPointsShort(o.fraction * ind.maxPoints)} điểm)`,
              }))
            : [];
      return (
        <label className={errors.value ? 'field has-error' : 'field'}>
          <span className="field-label">{ind.valueType === 'boolean' ? 'Kết quả' : 'Mức đạt'}</span>
          <select id={id} data-nav="" value={raw.value ?? ''} onChange={(e) => onChange('value', e.target.value)}>
            <option value="">— chưa chọn —</option>
            {options.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </select>
          {errors.value && <span className="field-error">{errors.value}</span>}
        </label>
      );
    }
    case 'count':
    case 'percent':
      return (
        <NumberField
          id={id}
          label={ind.valueType === 'percent' ? 'Tỷ lệ' : 'Số lượng'}
          value={raw.value ?? ''}
          error={errors.value}
          suffix={ind.valueType === 'percent' ? '%' : ind.unit}
          onChange={(v) => onChange('value', v)}
        />
      );
    case 'ratio': {
      const terms = ratioTerms(ind.method);
      return (
        <div className="ratio">
          <NumberField
            id={`${id}-a`}
            label={RAW_LABELS.numerator}
            hint={terms.a}
            value={raw.numerator ?? ''}
            error={errors.numerator}
            onChange={(v) => onChange('numerator', v)}
          />
          <NumberField
            id={`${id}-b`}
            label={RAW_LABELS.denominator}
            hint={terms.b}
            value={raw.denominator ?? ''}
            error={errors.denominator}
            onChange={(v) => onChange('denominator', v)}
          />
          <span className="ratio-preview" data-testid={`ratio-${ind.code}`}>
            {ratioPreview(raw)}
          </span>
        </div>
      );
    }
    case 'money':
    case 'text':
      return (
        <div className="manual">
          {ind.valueType === 'money' ? (
            <NumberField
              id={`${id}-d`}
              label={RAW_LABELS.declared}
              value={raw.declared ?? ''}
              error={errors.declared}
              suffix={ind.unit}
              onChange={(v) => onChange('declared', v)}
            />
          ) : (
            <label className="field">
              <span className="field-label">Nội dung kê khai</span>
              <input
                id={`${id}-d`}
                data-nav=""
                type="text"
                value={raw.declared ?? ''}
                onChange={(e) => onChange('declared', e.target.value)}
              />
            </label>
          )}
          <NumberField
            id={`${id}-p`}
            label={`${RAW_LABELS.points} (tối đa ${formatPointsShort(ind.maxPoints)})`}
            value={raw.points ?? ''}
            error={errors.points}
            onChange={(v) => onChange('points', v)}
          />
        </div>
      );
  }
}
