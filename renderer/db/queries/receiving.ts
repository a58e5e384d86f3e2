import { nfc } from '@shared/text/normalize';
import { loadOfficialList, type UnitListReader } from '../official-lists';
import type { DtiDatabase } from '../database';
import type { UnitRow } from '../types';

/** What a district's own documents say when its province is not known (a district added by hand). */
export const SOME_PROVINCE = 'UBND tỉnh';

/**
 * The province a district reports to, as named in the official 2024 list ("Tỉnh Ninh Bình"): the district's code
 * must be in that list under the same name. Undefined for any other unit, for a district added by hand that the
 * list does not hold, and when the list cannot be read.
 */
export async function provinceOfDistrict(
  unit: Pick<UnitRow, 'code' | 'name' | 'type'>,
  read?: UnitListReader,
): Promise<string | undefined> {
  if (unit.type !== 'district') return undefined;
  try {
    const list = await loadOfficialList('2024', read);
    const d = list.byCode.get(unit.code);
    if (d?.kind !== 'district' || nfc(d.name).toLowerCase() !== nfc(unit.name).toLowerCase()) return undefined;
    return list.byCode.get(d.provinceCode)?.name;
  } catch {
    return undefined;
  }
}

/**
 * Whom a unit's own report is addressed to, as its documents name it: a commune's receiving unit ("Huyện Gia
 * Viễn", "Tỉnh Ninh Bình"), or for a district its province ("Tỉnh Ninh Bình"; "UBND tỉnh" when not known).
 */
export async function receivingNameOf(
  db: DtiDatabase,
  unit: Pick<UnitRow, 'code' | 'name' | 'type' | 'parentCode'>,
  read?: UnitListReader,
): Promise<string | undefined> {
  if (unit.parentCode) return (await db.units.get(unit.parentCode))?.name;
  return (await provinceOfDistrict(unit, read)) ?? SOME_PROVINCE;
}
