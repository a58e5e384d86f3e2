import { compareVi, nfc } from '@shared/text/normalize';
import type { UnitListItem } from '@shared/units/unit-list';
import { matchOfficial, zeroPaddedCode } from '@shared/units/match';
import type { CommuneType, OfficialList, OfficialListId, OfficialUnit } from '@shared/units/official';
import type { DtiDatabase } from '../database';
import type { UnitRow, UnitType } from '../types';

/** Whether a unit is a receiving (verifying) unit: the district before 7/2025, the province from 7/2025. */
export function isReceivingUnit(u: Pick<UnitRow, 'type'>): boolean {
  return u.type === 'district' || u.type === 'province';
}

/** Units sorted the Vietnamese way: the receiving unit (district or province) first, then its communes by name. */
export async function listUnits(db: DtiDatabase): Promise<UnitRow[]> {
  const rows = await db.units.toArray();
  return rows.sort((a, b) => (isReceivingUnit(a) ? -1 : isReceivingUnit(b) ? 1 : compareVi(a.name, b.name)));
}

/**
 * The unit this machine's communes report to: the district (before 7/2025) or the province (from 7/2025). The
 * name is historical: every place that worked with "the district" works with the province the same way.
 */
export async function getDistrict(db: DtiDatabase): Promise<UnitRow | undefined> {
  return db.units.where('type').anyOf('district', 'province').first();
}

/** The unit type of a commune-level unit of an official list. */
export function unitTypeOf(type: CommuneType | undefined): UnitType {
  return type === 'Phường' ? 'ward' : type === 'Thị trấn' ? 'town' : type === 'Đặc khu' ? 'special' : 'commune';
}

/** An official commune as a row under `parentCode`. */
export function officialRow(u: OfficialUnit, list: OfficialListId, parentCode: string): UnitRow {
  return {
    code: u.code,
    name: u.name,
    type: u.kind === 'commune' ? unitTypeOf(u.communeType) : u.kind,
    parentCode,
    list,
    official: true,
    createdAt: Date.now(),
  };
}

/** A unit typed by hand (first run, or its correction in Cài đặt), official when its code and name are in the list after all. */
export function handRow(
  list: OfficialList,
  item: { code: string; name: string },
  type: UnitRow['type'],
  parentCode = '',
): UnitRow {
  const official = matchOfficial(list, { ...item, type });
  return { code: item.code, name: item.name, type, parentCode, list: list.id, official, createdAt: Date.now() };
}

/** What first-run setup decided: the period's list, the receiving unit, the commune (commune machine) and communes. */
export interface SetupChoice {
  list: OfficialListId;
  receiving: UnitRow;
  /** The commune machine's own unit; absent on the verifier's machine. */
  own?: UnitRow;
  /** Communes to list under the receiving unit (the verifier's one-step fill). */
  communes: UnitRow[];
}

/** Stores first-run setup in one transaction: units and the machine's role. Refuses a second, other verifier. */
export async function saveSetup(db: DtiDatabase, c: SetupChoice): Promise<void> {
  await db.transaction('rw', db.units, db.meta, async () => {
    const existing = await getDistrict(db);
    if (existing && existing.code !== c.receiving.code) {
      throw new Error(`Máy này đã làm việc cho ${existing.name} (mã ${existing.code}).`);
    }
    const withList = (u: UnitRow): UnitRow => ({ ...u, name: nfc(u.name), list: c.list });
    await db.units.put(withList({ ...c.receiving, parentCode: '' }));
    for (const u of [...c.communes, ...(c.own ? [c.own] : [])]) {
      if (!(await db.units.get(u.code))) await db.units.add(withList({ ...u, parentCode: c.receiving.code }));
    }
    const role = c.own
      ? ({ kind: 'commune', communeCode: c.own.code } as const)
      : ({ kind: c.receiving.type === 'province' ? 'province' : 'district' } as const);
    await db.meta.put({ key: 'role', value: role });
  });
}

/** Guesses a unit's type from its name ("Phường …", "Thị trấn …"), commune otherwise. */
export function unitTypeFromName(name: string): UnitType {
  const n = nfc(name).toLocaleLowerCase('vi');
  if (n.startsWith('phường')) return 'ward';
  if (n.startsWith('thị trấn')) return 'town';
  if (n.startsWith('đặc khu')) return 'special';
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

/**
 * Adds communes under the receiving unit; a code already held keeps its row. With the unit's official list, a
 * code and name found there is stored as official, anything else as hand-added; a code whose leading zeros Excel
 * dropped ("4" for "00004") is stored under the list's code when the name agrees (`zerosRestored`). Returns the
 * codes added, skipped and added by hand (not in the list).
 */
export async function addCommunes(
  db: DtiDatabase,
  districtCode: string,
  items: UnitListItem[],
  list?: OfficialList,
): Promise<{ added: string[]; skipped: string[]; handAdded: string[]; zerosRestored: string[] }> {
  return db.transaction('rw', db.units, async () => {
    const added: string[] = [];
    const skipped: string[] = [];
    const handAdded: string[] = [];
    const zerosRestored: string[] = [];
    const parent = await db.units.get(districtCode);
    for (const given of items) {
      const padded = list ? zeroPaddedCode(list, given) : undefined;
      const item = padded ? { ...given, code: padded } : given;
      if (item.code === districtCode || (await db.units.get(item.code))) {
        skipped.push(item.code);
        continue;
      }
      if (padded) zerosRestored.push(`${given.code} → ${padded}`);
      const name = nfc(item.name);
      const found = list?.byCode.get(item.code);
      const official = list ? matchOfficial(list, { code: item.code, name, type: 'commune' }) : undefined;
      if (list && !official) handAdded.push(item.code);
      await db.units.add({
        code: item.code,
        name,
        type: official && found ? unitTypeOf(found.communeType) : unitTypeFromName(name),
        parentCode: districtCode,
        ...(parent?.list ? { list: parent.list } : {}),
        ...(official !== undefined ? { official } : {}),
        createdAt: Date.now(),
      });
      added.push(item.code);
    }
    return { added, skipped, handAdded, zerosRestored };
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

/** Removes a commune from the verifier's list; refused while an assessment of it is held (nothing is lost). */
export async function removeCommune(
  db: DtiDatabase,
  code: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  return db.transaction('rw', db.units, db.assessments, async () => {
    const unit = await db.units.get(code);
    if (!unit || unit.parentCode === '') return { ok: false, message: 'Không bỏ được đơn vị này.' };
    const held = await db.assessments.where('unitCode').equals(code).count();
    if (held > 0)
      return {
        ok: false,
        message: `${unit.name} đã có ${held} bản đánh giá trên máy này nên không bỏ khỏi danh sách.`,
      };
    await db.units.delete(code);
    return { ok: true };
  });
}
