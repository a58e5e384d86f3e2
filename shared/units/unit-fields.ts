/**
 * A unit typed by hand on the first-run form, checked field by field: every problem at once, each naming its field,
 * so the form can show it beside that field.
 */
import { checkUnitItem, UNIT_CODE, type UnitListItem } from './unit-list';

/** The hand-typed fields of the first-run form. */
export interface TypedUnits {
  rCode: string;
  rName: string;
  cCode: string;
  cName: string;
}

/** One message per field that is wrong; none when the units are good. */
export type TypedUnitErrors = Partial<Record<keyof TypedUnits, string>>;

function fieldErrors(code: string, name: string, what: string): { code?: string; name?: string } {
  const c = code.trim();
  const n = name.replace(/\s+/g, ' ').trim();
  const out: { code?: string; name?: string } = {};
  if (c === '') out.code = `Nhập mã ${what}.`;
  else if (!UNIT_CODE.test(c))
    out.code = `Mã ${what} "${c}" không hợp lệ (chỉ gồm chữ số, chữ cái không dấu, tối đa 20 ký tự).`;
  if (n === '') out.name = `Nhập tên ${what}.`;
  else if (n.length > 120) out.name = `Tên ${what} quá dài (tối đa 120 ký tự).`;
  return out;
}

/**
 * Checks the receiving unit (tỉnh or huyện, `verifierWord`) and, on a commune's machine, the commune. Returns the
 * two units, or every field's error at once.
 */
export function checkTypedUnits(
  typed: TypedUnits,
  withCommune: boolean,
  verifierWord: string,
): { ok: true; receiving: UnitListItem; commune?: UnitListItem } | { ok: false; errors: TypedUnitErrors } {
  const r = fieldErrors(typed.rCode, typed.rName, verifierWord);
  const c = withCommune ? fieldErrors(typed.cCode, typed.cName, 'xã') : {};
  const errors: TypedUnitErrors = {};
  if (r.code) errors.rCode = r.code;
  if (r.name) errors.rName = r.name;
  if (c.code) errors.cCode = c.code;
  if (c.name) errors.cName = c.name;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The fields are good: the same reader as a pasted list gives the units (NFC, single spaces).
  const receiving = checkUnitItem(typed.rCode, typed.rName, verifierWord);
  const commune = withCommune ? checkUnitItem(typed.cCode, typed.cName, 'Xã') : undefined;
  if (typeof receiving === 'string') return { ok: false, errors: { rCode: receiving } };
  if (typeof commune === 'string') return { ok: false, errors: { cCode: commune } };
  return commune ? { ok: true, receiving, commune } : { ok: true, receiving };
}
