import type { RawField, RawValue } from '@shared/entry/raw';
import { NO, ratioTerms, YES } from '@shared/entry/raw';
import { findChoiceLabel } from '@shared/framework/scoring-rule';
import type { Indicator } from '@shared/framework/types';
import { formatPercent, formatPointsShort } from '@shared/scoring/format';
import { parseViNumber } from '@shared/text/numbers';
import { useT, type MessageKey } from '../i18n';
import { SharedMessage } from './shared-message';
import { Field } from './field';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

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
        {props.suffix && (
          <span className="suffix" lang={props.suffix === '%' ? undefined : 'vi'}>
            {props.suffix}
          </span>
        )}
        {props.hint && (
          <span className="term" title={props.hint} lang="vi">
            {props.hint}
          </span>
        )}
      </span>
      {props.error && <SharedMessage className="field-error" id={`${props.id}-err`} message={props.error} />}
    </label>
  );
}

function ratioPreview(raw: RawValue, t: T): string {
  const a = parseViNumber(raw.numerator ?? '');
  const b = parseViNumber(raw.denominator ?? '');
  if (!a.ok || !b.ok) return '';
  if (b.value === 0) return t('comp.value.ratioNa');
  return `= ${formatPercent(a.value / b.value)}`;
}

/** The value input(s) of one indicator, by its value type. */
export function ValueInput({ ind, raw, errors, onChange }: Props) {
  const t = useT();
  const id = `v-${ind.code}`;
  const pts = (points: number) => t('comp.value.points', { points: formatPointsShort(points) });
  switch (ind.valueType) {
    case 'boolean':
    case 'choice': {
      const options =
        ind.valueType === 'boolean'
          ? [
              // The framework's own words for the answers (data, Vietnamese), else plain Yes / No.
              {
                key: YES,
                label: `${findChoiceLabel(ind.method, 'yes') ?? t('comp.value.yes')} (${pts(ind.maxPoints)})`,
              },
              { key: NO, label: `${findChoiceLabel(ind.method, 'no') ?? t('comp.value.no')} (${pts(0)})` },
            ]
          : ind.scoring.kind === 'choice'
            ? ind.scoring.options.map((o) => ({
                key: o.key,
                label: `${o.label || o.key} (${pts(o.fraction * ind.maxPoints)})`,
              }))
            : [];
      return (
        <label className={errors.value ? 'field has-error' : 'field'}>
          <span className="field-label">
            {t(ind.valueType === 'boolean' ? 'comp.value.result' : 'comp.value.level')}
          </span>
          <select id={id} data-nav="" value={raw.value ?? ''} onChange={(e) => onChange('value', e.target.value)}>
            <option value="">{t('comp.value.notChosen')}</option>
            {options.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </select>
          {errors.value && <SharedMessage className="field-error" message={errors.value} />}
        </label>
      );
    }
    case 'count':
    case 'percent':
      return (
        <NumberField
          id={id}
          label={t(ind.valueType === 'percent' ? 'comp.value.percent' : 'comp.value.count')}
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
            label={t('comp.value.numerator')}
            hint={terms.a}
            value={raw.numerator ?? ''}
            error={errors.numerator}
            onChange={(v) => onChange('numerator', v)}
          />
          <NumberField
            id={`${id}-b`}
            label={t('comp.value.denominator')}
            hint={terms.b}
            value={raw.denominator ?? ''}
            error={errors.denominator}
            onChange={(v) => onChange('denominator', v)}
          />
          <span className="ratio-preview" data-testid={`ratio-${ind.code}`}>
            {ratioPreview(raw, t)}
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
              label={t('comp.value.declared')}
              value={raw.declared ?? ''}
              error={errors.declared}
              suffix={ind.unit}
              onChange={(v) => onChange('declared', v)}
            />
          ) : (
            <Field label={t('comp.value.declaredText')}>
              <input
                id={`${id}-d`}
                data-nav=""
                type="text"
                value={raw.declared ?? ''}
                onChange={(e) => onChange('declared', e.target.value)}
              />
            </Field>
          )}
          <NumberField
            id={`${id}-p`}
            label={t('comp.value.selfPoints', { max: formatPointsShort(ind.maxPoints) })}
            value={raw.points ?? ''}
            error={errors.points}
            onChange={(v) => onChange('points', v)}
          />
        </div>
      );
  }
}
