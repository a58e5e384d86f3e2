import type { Transaction } from 'dexie';
import { matchOfficial } from '@shared/units/match';
import type { OfficialList } from '@shared/units/official';
import type { UnitRow } from './types';

/** What an upgrade may need from outside the database (read before opening, see boot). */
export interface UpgradeInputs {
  /** The 2024 official list, to match a v1 database's units by code. */
  list2024?: OfficialList;
}

/**
 * v1 → v2: every unit gets `list: '2024'`; `official` is true when it matches the 2024 list by code and name, false
 * when it does not (kept as hand-added), and left unset when the list could not be read before opening (boot
 * matches those afterwards, see matchPendingUnits).
 */
export async function upgradeUnitsToV2(tx: Transaction, list2024: OfficialList | undefined): Promise<void> {
  await tx
    .table<UnitRow, string>('units')
    .toCollection()
    .modify((u: UnitRow) => {
      u.list = '2024';
      if (list2024) u.official = matchOfficial(list2024, u);
    });
}
