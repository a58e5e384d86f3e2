import type { TypedUnitErrors, TypedUnits } from '@shared/units/unit-fields';
import { useT } from '../../i18n';

export type Role = 'commune' | 'verifier';

/**
 * The hand-typed units of the first-run form. checkTypedUnits (shared/units/unit-fields.ts) decides which fields are
 * wrong; the message beside each is said in the UI language from what its field holds (empty, or a bad code, or a
 * name too long: the only ways a field fails there).
 */
export function ManualFields(props: {
  role: Role;
  /** The receiving level: 'province' from 7/2025, 'district' before. */
  level: 'province' | 'district';
  typed: TypedUnits;
  errors: TypedUnitErrors;
  onChange: (t: TypedUnits) => void;
  onCancel: () => void;
}) {
  const { role, level, typed, errors, onChange } = props;
  const t = useT();
  const problem = (key: keyof TypedUnits, what: string): string | undefined => {
    if (!errors[key]) return undefined;
    const value = typed[key].trim();
    const isCode = key === 'rCode' || key === 'cCode';
    if (value === '') return t(isCode ? 'setup.manual.emptyCode' : 'setup.manual.emptyName', { what });
    return isCode ? t('setup.manual.badCode', { what, code: value }) : t('setup.manual.longName', { what });
  };
  // "VD: …" hints, never a value that looks already filled in. Names are typed in Vietnamese (lang="vi").
  const field = (key: keyof TypedUnits, name: string, word: string, kind: 'code' | 'name', example: string) => {
    const what = t(word === 'commune' ? 'setup.word.commune' : `setup.word.${level}`);
    const error = problem(key, what);
    return (
      <label className={error ? 'field has-error' : 'field'}>
        <span className="field-label">
          {t(kind === 'code' ? 'setup.manual.code' : 'setup.manual.name', { what, What: cap(what) })}
        </span>
        <input
          name={name}
          lang={kind === 'name' ? 'vi' : undefined}
          placeholder={t('setup.manual.example', { example })}
          value={typed[key]}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange({ ...typed, [key]: e.target.value })}
        />
        {error && (
          <span className="field-error" data-testid={`error-${name}`}>
            {error}
          </span>
        )}
      </label>
    );
  };
  const province = level === 'province';
  return (
    <fieldset data-testid="manual-units">
      <legend>{t('setup.manual.legend')}</legend>
      <p className="warnings" role="note">
        {t('setup.manual.warning')}
      </p>
      {field('rCode', 'district-code', level, 'code', province ? '37' : '373')}
      {field('rName', 'district-name', level, 'name', province ? 'Tỉnh Ninh Bình' : 'Huyện Gia Viễn')}
      {role === 'commune' && field('cCode', 'commune-code', 'commune', 'code', '14524')}
      {role === 'commune' && field('cName', 'commune-name', 'commune', 'name', 'Xã Gia Phong')}
      <button type="button" className="link" onClick={props.onCancel}>
        {t('setup.manual.fromList')}
      </button>
    </fieldset>
  );
}

function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
