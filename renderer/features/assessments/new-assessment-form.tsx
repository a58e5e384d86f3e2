import { useState, type FormEvent } from 'react';
import { LAST_DISTRICT_YEAR } from '@shared/units/official';
import { db } from '../../db/db';
import { beginAssessment } from '../../db/repositories/begin-assessment';
import type { UnitRow } from '../../db/types';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { Field } from '../../components/field';

/** Opens the assessment of a unit for a period: the one begun, or a new one with the framework in force for it. */
export function NewAssessmentForm({ units }: { units: UnitRow[] }) {
  const openAssessment = useAppStore((s) => s.openAssessment);
  const t = useT();
  const [unitCode, setUnitCode] = useState(units[0]?.code ?? '');
  // This year; on a district's machine (before 7/2025 only) the last year it assessed.
  const district = units.some((u) => u.type === 'district');
  const [year, setYear] = useState(String(district ? LAST_DISTRICT_YEAR : new Date().getFullYear()));
  const [kind, setKind] = useState<'year' | 'mid-year'>('year');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const unit = units.find((u) => u.code === unitCode);
    const y = Number(year);
    if (!unit) return setError(t('assess.new.pickUnit'));
    if (!Number.isInteger(y) || y < 2020 || y > 2100) return setError(t('assess.new.badYear'));
    const r = await beginAssessment(db, unit.code, { year: y, kind });
    if (!r.ok) return setError(r.message);
    openAssessment(r.row.id);
  };

  return (
    <form className="new-assessment card" onSubmit={submit} aria-labelledby="new-title">
      <h3 id="new-title">{t('assess.new.title')}</h3>
      <Field label={t('assess.new.unit')}>
        <select name="unit" lang="vi" value={unitCode} onChange={(e) => setUnitCode(e.target.value)}>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('assess.new.year')}>
        <input name="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
      </Field>
      <Field label={t('assess.new.kind')}>
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as 'year' | 'mid-year')}>
          <option value="year">{t('comp.period.kind.year')}</option>
          <option value="mid-year">{t('comp.period.kind.midYear')}</option>
        </select>
      </Field>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t('assess.new.open')}
      </button>
    </form>
  );
}
