import type { OfficialList, OfficialListId } from '@shared/units/official';
import { checkUnitItem } from '@shared/units/unit-list';
import type { TypedUnits } from '@shared/units/unit-fields';
import type { UnitCorrection } from '../../db/repositories/unit-correction';
import { handRow, unitTypeFromName } from '../../db/repositories/units';
import type { UnitRow } from '../../db/types';
import { useT } from '../../i18n';
import { Field } from '../../components/field';

export type { TypedUnits };

/** The typed fields, first filled with the machine's units as they are (so a typo is corrected, not retyped). */
export function typedFrom(receiving: UnitRow, own: UnitRow | undefined): TypedUnits {
  return { rCode: receiving.code, rName: receiving.name, cCode: own?.code ?? '', cName: own?.name ?? '' };
}

/**
 * A correction from typed units: checked like the first run's "Nhập tay" (code and name, Vietnamese messages), the
 * receiving unit of the period's level, each unit marked official when its code and name are in the list after all.
 */
export function typedCorrection(
  list: OfficialList,
  listId: OfficialListId,
  typed: TypedUnits,
  commune: boolean,
): UnitCorrection | string {
  const word = listId === '2025' ? 'tỉnh' : 'huyện';
  const r = checkUnitItem(typed.rCode, typed.rName, word === 'tỉnh' ? 'Tỉnh' : 'Huyện');
  if (typeof r === 'string') return r;
  const receiving = handRow(list, r, listId === '2025' ? 'province' : 'district');
  if (!commune) return { list: listId, receiving };
  const c = checkUnitItem(typed.cCode, typed.cName, 'Xã');
  if (typeof c === 'string') return c;
  return { list: listId, receiving, own: handRow(list, c, unitTypeFromName(c.name), r.code) };
}

/** The typed fields, with the warning of the first run's "Nhập tay". */
export function TypedUnitFields(props: {
  commune: boolean;
  listId: OfficialListId;
  typed: TypedUnits;
  onChange: (t: TypedUnits) => void;
}) {
  const { typed, onChange } = props;
  const t = useT();
  const what = t(props.listId === '2025' ? 'comp.level.province' : 'comp.level.district');
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  const field = (key: keyof TypedUnits, name: string, label: string) => (
    <Field label={label}>
      <input
        name={name}
        lang={key.endsWith('Name') ? 'vi' : undefined}
        value={typed[key]}
        onChange={(e) => onChange({ ...typed, [key]: e.target.value })}
      />
    </Field>
  );
  return (
    <fieldset data-testid="correct-typed">
      <legend>{t('settings.typed.legend')}</legend>
      <p className="warnings" role="note">
        {t('settings.typed.warning')}
      </p>
      {props.commune && field('cCode', 'correct-commune-code', t('settings.typed.communeCode'))}
      {props.commune && field('cName', 'correct-commune-name', t('settings.typed.communeName'))}
      {field('rCode', 'correct-receiving-code', t('settings.typed.code', { what, What }))}
      {field('rName', 'correct-receiving-name', t('settings.typed.name', { what, What }))}
    </fieldset>
  );
}
