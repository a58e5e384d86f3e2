import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frameworkKey } from '../../../shared/framework/key';
import type { DtiDatabase } from '../../../renderer/db/database';
import { createAssessment, listAssessments, saveInfoField } from '../../../renderer/db/repositories/assessments';
import { entriesOf, saveEntryField } from '../../../renderer/db/repositories/entries';
import {
  addFramework,
  defaultFramework,
  heldFrameworkKeys,
  listFrameworks,
} from '../../../renderer/db/repositories/frameworks';
import { HISTORY_COALESCE_MS, historyOf } from '../../../renderer/db/repositories/history';
import { addCommunes, listUnits, saveDistrict, unitTypeFromName } from '../../../renderer/db/repositories/units';
import { allHistory, freshDb, storedEntry } from './fixtures';

let db: DtiDatabase;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function communeAssessment() {
  await saveDistrict(db, { code: '377', name: 'Huyện Gia Viễn' });
  await addCommunes(db, '377', [{ code: '09244', name: 'Xã Gia Phong' }]);
  const fw = await defaultFramework(db, 'commune');
  return createAssessment(db, {
    unitCode: '09244',
    period: { year: 2025, kind: 'year' },
    frameworkId: fw!.id,
    frameworkVersion: fw!.version,
  });
}

describe('units', () => {
  it('sorts communes the Vietnamese way after the district, names in NFC, type from the name', async () => {
    await saveDistrict(db, { code: '377', name: 'Huyện Gia Viễn' });
    await addCommunes(db, '377', [
      { code: '3', name: 'Xã Gia Vượng' },
      { code: '1', name: 'Thị trấn Me' },
      { code: '2', name: 'Xã Gia Ân'.normalize('NFD') },
    ]);
    const units = await listUnits(db);
    expect(units.map((u) => u.name)).toEqual(['Huyện Gia Viễn', 'Thị trấn Me', 'Xã Gia Ân', 'Xã Gia Vượng']);
    expect(units[2]!.name).toBe('Xã Gia Ân'.normalize('NFC'));
    expect(units.map((u) => u.type)).toEqual(['district', 'town', 'commune', 'commune']);
    expect(unitTypeFromName('Phường Nam Bình')).toBe('ward');
  });

  it('keeps the first row of a code already held and refuses a second district', async () => {
    await saveDistrict(db, { code: '377', name: 'Huyện Gia Viễn' });
    await addCommunes(db, '377', [{ code: '1', name: 'Xã A' }]);
    const r = await addCommunes(db, '377', [
      { code: '1', name: 'Xã B' },
      { code: '377', name: 'X' },
      { code: '2', name: 'Xã C' },
    ]);
    expect(r).toEqual({ added: ['2'], skipped: ['1', '377'], handAdded: [], zerosRestored: [] });
    expect((await db.units.get('1'))!.name).toBe('Xã A');
    await expect(saveDistrict(db, { code: '999', name: 'Huyện Khác' })).rejects.toThrow('Huyện Gia Viễn');
  });
});

describe('frameworks', () => {
  it('loads the three shipped frameworks once', async () => {
    const rows = await listFrameworks(db);
    expect(rows.map((r) => [r.level, r.version, r.framework.indicators.length, r.builtIn]).sort()).toEqual([
      ['commune', '2022.1', 50, true],
      ['commune', '2025.1', 50, true],
      ['district', '2022.1', 72, true],
    ]);
  });

  it('tells the frameworks held by their sorted keys, a framework added or removed changing them', async () => {
    const keys = (await listFrameworks(db)).map((r) => frameworkKey(r.id, r.version)).sort();
    expect(await heldFrameworkKeys(db)).toEqual(keys);
    const held = (await defaultFramework(db, 'district'))!;
    await addFramework(db, { ...held.framework, version: '2099.1' });
    expect(await heldFrameworkKeys(db)).toEqual([...keys, frameworkKey(held.id, '2099.1')].sort());
    await db.frameworks.delete([held.id, held.version]);
    expect(await heldFrameworkKeys(db)).not.toContain(frameworkKey(held.id, held.version));
    expect(await heldFrameworkKeys(db)).toHaveLength(keys.length);
  });

  it('refuses changed content under an id+version already used by an assessment; unchanged is a no-op', async () => {
    await communeAssessment();
    const held = (await defaultFramework(db, 'commune'))!;
    expect((await addFramework(db, held.framework)).kind).toBe('unchanged');
    const changed = { ...held.framework, title: 'Bộ chỉ số đã sửa' };
    const r = await addFramework(db, changed);
    expect(r.kind).toBe('refused');
    expect(r.kind === 'refused' && r.message).toContain('không thể thay đổi');
    expect((await db.frameworks.get([held.id, held.version]))!.framework.title).toBe(held.framework.title);
    const unused = (await defaultFramework(db, 'district'))!;
    expect((await addFramework(db, { ...unused.framework, title: 'Mới' })).kind).toBe('replaced');
  });
});

describe('assessments and entries', () => {
  it('creates one assessment per unit × period × framework version', async () => {
    const a = await communeAssessment();
    const again = await createAssessment(db, {
      unitCode: '09244',
      period: { year: 2025, kind: 'year' },
      frameworkId: a.frameworkId,
      frameworkVersion: a.frameworkVersion,
    });
    expect(again.id).toBe(a.id);
    const mid = await createAssessment(db, {
      unitCode: '09244',
      period: { year: 2025, kind: 'mid-year' },
      frameworkId: a.frameworkId,
      frameworkVersion: a.frameworkVersion,
    });
    expect(mid.periodKey).toBe('2025-6T');
    expect((await listAssessments(db)).length).toBe(2);
    await expect(
      createAssessment(db, {
        unitCode: '09244',
        period: { year: 2025, kind: 'year' },
        frameworkId: 'ninh-binh-huyen',
        frameworkVersion: '2022.1',
      }),
    ).rejects.toThrow('không dành cho');
  });

  it('saves a field exactly as typed with its history and the last-change time', async () => {
    const a = await communeAssessment();
    await saveEntryField(db, a.id, '1.5', { kind: 'raw', name: 'value' }, '71,79');
    await saveEntryField(db, a.id, '1.5', { kind: 'evidence', name: 'docNumber' }, '15/QĐ-UBND');
    await saveEntryField(db, a.id, '1.5', { kind: 'note' }, 'Theo báo cáo của các thôn');
    const e = (await entriesOf(db, a.id)).get('1.5')!;
    expect(e.raw).toEqual({ value: '71,79' });
    expect(e.evidence.docNumber).toBe('15/QĐ-UBND');
    expect(e.note).toBe('Theo báo cáo của các thôn');
    const h = await historyOf(db, a.id, '1.5');
    expect(h.map((r) => [r.field, r.old, r.new])).toEqual([
      ['note', '', 'Theo báo cáo của các thôn'],
      ['evidence.docNumber', '', '15/QĐ-UBND'],
      ['raw.value', '', '71,79'],
    ]);
    expect((await db.assessments.get(a.id))!.updatedAt).toBeGreaterThanOrEqual(e.updatedAt);
  });

  it('coalesces typing into one history line per field, and drops it when the field returns to its old value', async () => {
    const a = await communeAssessment();
    for (const v of ['1', '12', '125']) await saveEntryField(db, a.id, '6.8', { kind: 'raw', name: 'value' }, v);
    expect((await historyOf(db, a.id, '6.8')).map((r) => [r.old, r.new])).toEqual([['', '125']]);
    await saveEntryField(db, a.id, '6.8', { kind: 'raw', name: 'value' }, '');
    expect(await historyOf(db, a.id, '6.8')).toEqual([]);
    // A change after the window starts a new line.
    await saveEntryField(db, a.id, '6.8', { kind: 'raw', name: 'value' }, '7');
    const book = (await db.historyBooks.get(a.id))!;
    const lines = book.logs['6.8']!;
    const last = lines.at(-1)!;
    const older = { ...last, at: last.at - HISTORY_COALESCE_MS - 1 };
    await db.historyBooks.put({ ...book, logs: { ...book.logs, '6.8': [...lines.slice(0, -1), older] } });
    await saveEntryField(db, a.id, '6.8', { kind: 'raw', name: 'value' }, '8');
    expect((await historyOf(db, a.id, '6.8')).map((r) => [r.old, r.new])).toEqual([
      ['7', '8'],
      ['', '7'],
    ]);
  });

  it('an unchanged value writes nothing; a deleted assessment refuses the write and keeps no orphan entry', async () => {
    const a = await communeAssessment();
    await saveEntryField(db, a.id, '1.3', { kind: 'raw', name: 'value' }, '2');
    await saveEntryField(db, a.id, '1.3', { kind: 'raw', name: 'value' }, '2');
    expect((await allHistory(db)).length).toBe(1);
    await db.assessments.delete(a.id);
    await expect(saveEntryField(db, a.id, '1.4', { kind: 'raw', name: 'value' }, 'yes')).rejects.toThrow('không còn');
    expect(await storedEntry(db, a.id, '1.4')).toBeUndefined();
  });

  it('saves Thông tin chung with history under code ""', async () => {
    const a = await communeAssessment();
    await saveInfoField(db, a.id, 'population', '12.345');
    expect((await db.assessments.get(a.id))!.info.population).toBe('12.345');
    expect((await historyOf(db, a.id, '')).map((r) => r.field)).toEqual(['info.population']);
  });
});
