import { useState } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { Field } from './field';

/** "Kỳ đang nhận": the period whose files are accepted; files of another period are refused. */
export function PeriodPicker() {
  const period = useAppStore((s) => s.receivingPeriod);
  const setPeriod = useAppStore((s) => s.setReceivingPeriod);
  const t = useT();
  const [year, setYear] = useState(String(period.year));
  const valid = /^\d{4}$/.test(year) && Number(year) >= 2020 && Number(year) <= 2100;

  return (
    <div className="period-picker card">
      <Field label={t('comp.periodPicker.year')}>
        <input
          name="receiving-year"
          inputMode="numeric"
          value={year}
          aria-invalid={!valid}
          onChange={(e) => {
            setYear(e.target.value);
            const y = Number(e.target.value);
            if (/^\d{4}$/.test(e.target.value) && y >= 2020 && y <= 2100) setPeriod({ ...period, year: y });
          }}
        />
      </Field>
      <Field label={t('comp.periodPicker.kind')}>
        <select
          name="receiving-kind"
          value={period.kind}
          onChange={(e) => setPeriod({ ...period, kind: e.target.value as 'year' | 'mid-year' })}
        >
          <option value="year">{t('comp.period.kind.year')}</option>
          <option value="mid-year">{t('comp.period.kind.midYear')}</option>
        </select>
      </Field>
      {!valid && <p className="field-error">{t('comp.periodPicker.badYear')}</p>}
    </div>
  );
}
