import type { OfficialList, OfficialListId } from '@shared/units/official';
import { checkUnitItem } from '@shared/units/unit-list';
import type { TypedUnits } from '@shared/units/unit-fields';
import type { UnitCorrection } from '../../db/repositories/unit-correction';
import { handRow, unitTypeFromName } from '../../db/repositories/units';
import type { UnitRow } from '../../db/types';

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
  const word = props.listId === '2025' ? 'tỉnh' : 'huyện';
  const field = (key: keyof TypedUnits, name: string, label: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input name={name} value={typed[key]} onChange={(e) => onChange({ ...typed, [key]: e.target.value })} />
    </label>
  );
  return (
    <fieldset data-testid="correct-typed">
      <legend>Nhập tay đơn vị chưa có trong danh mục</legend>
      <p className="warnings" role="note">
        Chỉ nhập tay khi đơn vị chưa có trong danh mục chính thức (ví dụ sau một lần sắp xếp mới). Mã phải đúng mã của
        Cục Thống kê: tệp gửi đi và nhận về được đối chiếu theo mã này.
      </p>
      {props.commune && field('cCode', 'correct-commune-code', 'Mã xã')}
      {props.commune && field('cName', 'correct-commune-name', 'Tên xã')}
      {field('rCode', 'correct-receiving-code', `Mã ${word}`)}
      {field('rName', 'correct-receiving-name', `Tên ${word}`)}
    </fieldset>
  );
}
