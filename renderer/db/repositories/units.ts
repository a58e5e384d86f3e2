import { compareVi, nfc } from '@shared/text/normalize';
import type { UnitListItem } from '@shared/units/unit-list';
import { matchOfficial } from '@shared/units/match';
import type { OfficialList } from '@shared/units/official';
import type { DtiDatabase } from '../database';
import type { UnitRow, UnitType } from '../types';

/** Units sorted the Vietnamese way: the district first, then its communes by name. */
export async function listUnits(db: DtiDatabase): Promise<UnitRow[]> {
  const rows = await db.units.toArray();
  return rows.sort((a, b) => (a.type === 'district' ? -1 : b.type === 'district' ? 1 : compareVi(a.name, b.name)));
}

/** The district this machine works for, if set. */
export async function getDistrict(db: DtiDatabase): Promise<UnitRow | undefined> {
  return db.units.where('type').equals('district').first();
}

/** Guesses a unit's type from its name ("Phường …", "Thị trấn …"), commune otherwise. */
export function unitTypeFromName(name: string): UnitType {
  const n = nfc(name).toLocaleLowerCase('vi');
  if (n.startsWith('phường')) return 'ward';
  if (n.startsWith('thị trấn')) return 'town';
  return 'commune';
}

/** Sets the district (first run). Refuses a second, different district on the same machine. */
export async function saveDistrict(db: DtiDatabase, item: UnitListItem): Promise<UnitRow> {
  return db.transaction('rw', db.units, async () => {
    const existing = await db.units.where('type').equals('district').first();
    if (existing && existing.code !== item.code) {
      throw new Error(`Máy này đã làm việc cho ${existing.name} (mã ${existing.code}).`);
    }
    const row: UnitRow = {
      code: item.code,
      name: nfc(item.name),
      type: 'district',
      parentCode: '',
      createdAt: existing?.createdAt ?? Date.now(),
    };
    await db.units.put(row);
    return row;
  });
}

/** Adds communes under the district; a code already held keeps its row. Returns the codes added and skipped. */
export async function addCommunes(
  db: DtiDatabase,
  districtCode: string,
  items: UnitListItem[],
): Promise<{ added: string[]; skipped: string[] }> {
  return db.transaction('rw', db.units, async () => {
    const added: string[] = [];
    const skipped: string[] = [];
    for (const item of items) {
      if (item.code === districtCode || (await db.units.get(item.code))) {
        skipped.push(item.code);
        continue;
      }
      const name = nfc(item.name);
      await db.units.add({
        code: item.code,
        name,
        type: unitTypeFromName(name),
        parentCode: districtCode,
        createdAt: Date.now(),
      });
      added.push(item.code);
    }
    return { added, skipped };
  });
}

/**
 * Matches the units not yet matched to their official list (a v1 database upgraded while the list could not be
 * read): `official` becomes true or false. Returns how many were matched to the list.
 */
export async function matchPendingUnits(db: DtiDatabase, list: OfficialList): Promise<number> {
  return db.transaction('rw', db.units, async () => {
    let matched = 0;
    await db.units
      .filter((u) => u.official === undefined && (u.list ?? '2024') === list.id)
      .modify((u) => {
        u.official = matchOfficial(list, u);
        if (u.official) matched++;
      });
    return matched;
  });
}
